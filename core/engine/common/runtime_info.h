// What the engine runs on, in plain types so front ends need no LibTorch headers.
#pragma once

#include <string>

namespace vx::engine {

struct RuntimeInfo {
    std::string engineVersion;  // VX Studio version
    std::string torchVersion;   // LibTorch version the engine was built against
    bool cudaAvailable = false;
    int cudaDeviceCount = 0;
    bool cudaBuilt = false;  // whether the linked LibTorch carries CUDA kernels
};

RuntimeInfo runtimeInfo();

}  // namespace vx::engine
