// What the engine runs on, in plain types so front ends need no LibTorch headers: the LibTorch
// build, the devices it can use, its threads, and which library its matrix products actually
// call in this process (a BLAS pulled in by another library can capture them; see
// cmake/VxTorch.cmake).
#pragma once

#include <string>
#include <vector>

#include "engine/common/gpu_probe.h"

namespace vx::engine {

// Where one BLAS entry point that LibTorch calls resolves in this process.
struct BlasBinding {
    std::string symbol;   // "sgemm_"
    std::string library;  // the shared object that defines the first match, or empty if none
    bool fromLibTorch = false;
};

struct RuntimeInfo {
    std::string engineVersion;  // VX Studio version
    std::string torchVersion;   // LibTorch version the engine was built against
    std::string torchLibrary;   // path of the libtorch_cpu loaded in this process
    bool cudaAvailable = false;
    int cudaDeviceCount = 0;
    bool cudaBuilt = false;  // whether the linked LibTorch carries CUDA kernels
    bool cudnnAvailable = false;
    long cudnnVersion = 0;              // e.g. 90100; 0 when unknown
    std::string cudaUnavailableReason;  // empty when CUDA is usable
    std::vector<GpuDevice> gpus;        // as the NVIDIA driver sees them
    std::string blasBackend;            // LibTorch's BLAS_INFO, e.g. "mkl"
    std::vector<BlasBinding> blas;      // sgemm_, dgemm_
    int intraOpThreads = 0;
    int interOpThreads = 0;
};

RuntimeInfo runtimeInfo();

// True when every BLAS entry point LibTorch calls resolves to LibTorch's own library.
bool blasBindingsOk(const RuntimeInfo& info);

}  // namespace vx::engine
