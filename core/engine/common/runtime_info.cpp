#include "engine/common/runtime_info.h"

#include <dlfcn.h>

#include <ATen/Parallel.h>
#include <ATen/Version.h>
#include <ATen/detail/CUDAHooksInterface.h>
#include <torch/cuda.h>
#include <torch/version.h>

#include <algorithm>

namespace vx::engine {

namespace {

// The shared object that holds `address`, or empty.
std::string libraryOf(const void* address) {
    Dl_info where{};
    if (address == nullptr || dladdr(address, &where) == 0 || where.dli_fname == nullptr)
        return {};
    return where.dli_fname;
}

// libtorch_cpu is the library that defines at::get_num_threads.
std::string torchCpuLibrary() {
    return libraryOf(reinterpret_cast<const void*>(&at::get_num_threads));
}

// The first definition in the global scope is the one LibTorch's calls bind to: libtorch_cpu
// calls these through its PLT, which the loader resolves with the same search as
// dlsym(RTLD_DEFAULT).
BlasBinding bindingOf(const char* symbol, const std::string& torchLibrary) {
    BlasBinding binding;
    binding.symbol = symbol;
    binding.library = libraryOf(dlsym(RTLD_DEFAULT, symbol));
    binding.fromLibTorch = !binding.library.empty() && binding.library == torchLibrary;
    return binding;
}

// "BLAS_INFO=mkl" in LibTorch's build configuration.
std::string configValue(const std::string& config, const std::string& key) {
    const auto at = config.find(key + "=");
    if (at == std::string::npos)
        return {};
    const auto start = at + key.size() + 1;
    const auto end = config.find_first_of(", \n", start);
    return config.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

std::string whyNoCuda(const RuntimeInfo& info, const GpuProbe& probe) {
    if (info.cudaAvailable)
        return {};
    if (!info.cudaBuilt)
        return "this LibTorch is a CPU build (no CUDA kernels); build against a CUDA LibTorch";
    if (!probe.driverFound)
        return probe.problem.empty() ? "no NVIDIA driver found" : probe.problem;
    if (probe.devices.empty())
        return "the NVIDIA driver sees no GPU";
    return "the NVIDIA driver sees " + std::to_string(probe.devices.size()) +
           " GPU(s) but LibTorch cannot use them (driver " + probe.driverVersion +
           " may be older than the CUDA runtime LibTorch was built with)";
}

}  // namespace

RuntimeInfo runtimeInfo() {
    RuntimeInfo info;
    info.engineVersion = VX_VERSION;
    info.torchVersion = TORCH_VERSION;
    info.torchLibrary = torchCpuLibrary();
    info.cudaAvailable = torch::cuda::is_available();
    info.cudaDeviceCount = info.cudaAvailable ? static_cast<int>(torch::cuda::device_count()) : 0;
    info.cudaBuilt = at::Context::hasCUDART();
    if (info.cudaAvailable) {
        info.cudnnAvailable = torch::cuda::cudnn_is_available();
        info.cudnnVersion = info.cudnnAvailable ? at::detail::getCUDAHooks().versionCuDNN() : 0;
    }
    const GpuProbe probe = probeNvidiaGpus();
    info.gpus = probe.devices;
    info.cudaUnavailableReason = whyNoCuda(info, probe);
    info.blasBackend = configValue(at::show_config(), "BLAS_INFO");
    for (const char* symbol : {"sgemm_", "dgemm_"})
        info.blas.push_back(bindingOf(symbol, info.torchLibrary));
    info.intraOpThreads = at::get_num_threads();
    info.interOpThreads = at::get_num_interop_threads();
    return info;
}

bool blasBindingsOk(const RuntimeInfo& info) {
    return std::all_of(info.blas.begin(), info.blas.end(),
                       [](const BlasBinding& b) { return b.fromLibTorch; });
}

}  // namespace vx::engine
