#include "engine/common/gpu_probe.h"

#include <dlfcn.h>
#include <unistd.h>

#include <memory>

namespace vx::engine {

namespace {

// The few NVML entry points used here, declared as the driver's libnvidia-ml.so.1 exports them
// (NVML's C API is stable across driver versions); 0 is NVML_SUCCESS.
using NvmlReturn = int;
using NvmlDevice = void*;
struct NvmlMemory {
    unsigned long long total;
    unsigned long long free;
    unsigned long long used;
};
struct NvmlProcessInfo {
    unsigned int pid;
    unsigned long long usedGpuMemory;
    unsigned int gpuInstanceId;
    unsigned int computeInstanceId;
};
constexpr NvmlReturn kNvmlSuccess = 0;

struct LibraryCloser {
    void operator()(void* handle) const { dlclose(handle); }
};
using LibraryHandle = std::unique_ptr<void, LibraryCloser>;

// libnvidia-ml opened and initialised for the lifetime of one query.
class Nvml {
public:
    Nvml() {
        m_library.reset(dlopen("libnvidia-ml.so.1", RTLD_NOW | RTLD_LOCAL));
        if (!m_library) {
            m_problem = "no NVIDIA driver found (libnvidia-ml.so.1 is not installed)";
            return;
        }
        auto init = symbol<NvmlReturn (*)()>("nvmlInit_v2");
        if (!init || init() != kNvmlSuccess) {
            m_problem = "the NVIDIA driver is installed but did not start (nvmlInit failed)";
            return;
        }
        m_ready = true;
    }
    ~Nvml() {
        if (m_ready)
            if (auto shutdown = symbol<NvmlReturn (*)()>("nvmlShutdown"))
                shutdown();
    }
    Nvml(const Nvml&) = delete;
    Nvml& operator=(const Nvml&) = delete;

    bool ready() const { return m_ready; }
    const std::string& problem() const { return m_problem; }

    template <typename Function>
    Function symbol(const char* name) const {
        return m_library ? reinterpret_cast<Function>(dlsym(m_library.get(), name)) : nullptr;
    }

    NvmlDevice device(int index) const {
        auto byIndex =
            symbol<NvmlReturn (*)(unsigned, NvmlDevice*)>("nvmlDeviceGetHandleByIndex_v2");
        NvmlDevice handle = nullptr;
        if (!byIndex || byIndex(unsigned(index), &handle) != kNvmlSuccess)
            return nullptr;
        return handle;
    }

private:
    LibraryHandle m_library;
    bool m_ready = false;
    std::string m_problem;
};

}  // namespace

GpuProbe probeNvidiaGpus() {
    GpuProbe probe;
    Nvml nvml;
    if (!nvml.ready()) {
        probe.problem = nvml.problem();
        return probe;
    }
    probe.driverFound = true;
    char text[96] = {};
    if (auto version = nvml.symbol<NvmlReturn (*)(char*, unsigned)>("nvmlSystemGetDriverVersion"))
        if (version(text, sizeof text) == kNvmlSuccess)
            probe.driverVersion = text;
    unsigned count = 0;
    auto getCount = nvml.symbol<NvmlReturn (*)(unsigned*)>("nvmlDeviceGetCount_v2");
    if (!getCount || getCount(&count) != kNvmlSuccess) {
        probe.problem = "the NVIDIA driver did not list its GPUs";
        return probe;
    }
    auto getName = nvml.symbol<NvmlReturn (*)(NvmlDevice, char*, unsigned)>("nvmlDeviceGetName");
    auto getMemory =
        nvml.symbol<NvmlReturn (*)(NvmlDevice, NvmlMemory*)>("nvmlDeviceGetMemoryInfo");
    for (unsigned i = 0; i < count; ++i) {
        GpuDevice device;
        device.index = int(i);
        NvmlDevice handle = nvml.device(int(i));
        char name[96] = {};
        if (handle && getName && getName(handle, name, sizeof name) == kNvmlSuccess)
            device.name = name;
        NvmlMemory memory{};
        if (handle && getMemory && getMemory(handle, &memory) == kNvmlSuccess) {
            device.memoryTotalBytes = memory.total;
            device.memoryFreeBytes = memory.free;
        }
        probe.devices.push_back(device);
    }
    if (probe.devices.empty())
        probe.problem = "the NVIDIA driver sees no GPU";
    return probe;
}

uint64_t processGpuMemoryBytes(int index) {
    Nvml nvml;
    if (!nvml.ready())
        return 0;
    auto processes = nvml.symbol<NvmlReturn (*)(NvmlDevice, unsigned*, NvmlProcessInfo*)>(
        "nvmlDeviceGetComputeRunningProcesses_v3");
    NvmlDevice handle = nvml.device(index);
    if (!processes || !handle)
        return 0;
    NvmlProcessInfo infos[64] = {};
    unsigned count = 64;
    if (processes(handle, &count, infos) != kNvmlSuccess)
        return 0;
    const unsigned self = unsigned(getpid());
    for (unsigned i = 0; i < count && i < 64; ++i)
        if (infos[i].pid == self)
            return infos[i].usedGpuMemory;
    return 0;
}

}  // namespace vx::engine
