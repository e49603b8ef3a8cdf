#include "engine/common/runtime_info.h"

#include <torch/cuda.h>
#include <torch/version.h>

namespace vx::engine {

RuntimeInfo runtimeInfo() {
    RuntimeInfo info;
    info.engineVersion = VX_VERSION;
    info.torchVersion = TORCH_VERSION;
    info.cudaAvailable = torch::cuda::is_available();
    info.cudaDeviceCount = info.cudaAvailable ? static_cast<int>(torch::cuda::device_count()) : 0;
    info.cudaBuilt = at::Context::hasCUDART();
    return info;
}

}  // namespace vx::engine
