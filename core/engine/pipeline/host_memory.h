// What a render keeps in host memory for the whole clip (latents, the denoising accumulator,
// audio tokens, optionally the V-kps features) grows with the clip's length. The pipeline
// estimates it before any work, so that a recording too long for this computer is refused with
// a clear message at once instead of running out of memory hours into the render.
#pragma once

#include <cstdint>
#include <string>

namespace vx::engine {

// MemAvailable from /proc/meminfo in bytes; 0 when it cannot be read (the check is skipped).
int64_t availableHostMemoryBytes();

// Throws vx::Error(BadInput) when `frames` frames of `perFrameBytes` each, plus `fixedBytes`,
// do not fit in `availableBytes` (0 = unknown: no check). The message says how much is needed,
// how much there is, and the longest clip that fits at `fps`.
void requireHostMemory(int64_t frames, int64_t perFrameBytes, int64_t fixedBytes,
                       int64_t availableBytes, double fps);

}  // namespace vx::engine
