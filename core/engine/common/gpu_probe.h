// The NVIDIA GPUs as the driver reports them (name, memory), read through NVML, which the driver
// installs; loaded at run time so that a build without the CUDA toolkit, and a machine without a
// driver, still run. LibTorch says whether it can use them; this says what is there.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace vx::engine {

struct GpuDevice {
    int index = 0;
    std::string name;
    uint64_t memoryTotalBytes = 0;
    uint64_t memoryFreeBytes = 0;
};

struct GpuProbe {
    bool driverFound = false;
    std::string driverVersion;
    std::vector<GpuDevice> devices;
    std::string problem;  // why nothing was found, when nothing was
};

GpuProbe probeNvidiaGpus();

// GPU memory this process uses on device `index` as the driver counts it (every CUDA context and
// allocator included), or 0 when unknown.
uint64_t processGpuMemoryBytes(int index);

}  // namespace vx::engine
