// What makes two renders the same render: every setting of the request and the content of its
// inputs. A resume state is only continued by a render with the same fingerprint, so a changed
// setting, a replaced recording or an updated model folder never mixes with earlier work.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "studio/render_job.h"

namespace vx::studio {

// 64-bit FNV-1a, continued from `hash` (change detection, not security).
uint64_t fnv1a(std::string_view bytes, uint64_t hash = 0xcbf29ce484222325ULL);

// Hex of a hash over: the request as JSON (every setting, the output and the model folder),
// the version of VX Studio, the engine's per-frame attention weights when there are any (so
// a render with other keyframes never resumes this one), the bytes of the portrait, the recording,
// the keypoint file and the driving video, and the name, size and modification time of every file
// in the model folder (gigabytes: their content is not read). Throws vx::Error(BadInput) when an
// input cannot be read.
std::string renderFingerprint(const RenderJobRequest& request);

}  // namespace vx::studio
