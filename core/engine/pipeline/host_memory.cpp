#include "engine/pipeline/host_memory.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "common/error.h"

namespace vx::engine {

namespace {

std::string gibibytes(int64_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f GiB", double(bytes) / double(int64_t(1) << 30));
    return text;
}

}  // namespace

int64_t availableHostMemoryBytes() {
    std::ifstream meminfo("/proc/meminfo");
    std::string line;
    while (std::getline(meminfo, line)) {
        std::istringstream fields(line);
        std::string key;
        int64_t kibibytes = 0;
        if (fields >> key >> kibibytes && key == "MemAvailable:")
            return kibibytes * 1024;
    }
    return 0;
}

void requireHostMemory(int64_t frames, int64_t perFrameBytes, int64_t fixedBytes,
                       int64_t availableBytes, double fps) {
    if (availableBytes <= 0 || frames <= 0 || perFrameBytes <= 0)
        return;
    const int64_t needed = frames * perFrameBytes + fixedBytes;
    if (needed <= availableBytes)
        return;
    const int64_t fittingFrames = std::max<int64_t>(0, availableBytes - fixedBytes) / perFrameBytes;
    char longest[64];
    std::snprintf(longest, sizeof longest, "%.1f minutes", double(fittingFrames) / fps / 60.0);
    throw Error(ErrorKind::BadInput,
                "rendering " + std::to_string(frames) + " frames needs about " + gibibytes(needed) +
                    " of memory, but this computer has " + gibibytes(availableBytes) +
                    " available; split the recording into parts of at most about " + longest +
                    ", or lower the frame rate");
}

}  // namespace vx::engine
