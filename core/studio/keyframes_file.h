// The keyframes file: a clip's keyframe lanes as JSON (docs/keyframes.md), for
// `vxstudio-cli render|preview --keyframes FILE`. The one reader and writer; the project file
// stores the same "lanes" object (keyframes_json.h).
//
//   {"format": "vxkeyframes", "version": 1,
//    "lanes": {"expressionPercent": [{"time": 0, "value": 40, "interpolation": "smooth"}, ...],
//              "style": [{"time": 0, "style": "Calm narrator"}, ...]}}
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "studio/keyframes.h"

namespace vx::studio {

constexpr int kKeyframesFormatVersion = 1;
// A hand-written timeline is a few KiB; the largest the key limit allows (seven lanes of
// kMaxKeysPerLane keys) stays under this.
constexpr std::uintmax_t kLargestKeyframesFile = 1024 * 1024;

// The keyframes in `json`. Throws vx::Error(BadInput) naming `keyframesPath`, and in the message
// the lane and the key's index: invalid JSON, another format or a newer version, an unknown
// lane, key field or interpolation, a time that is negative, not finite or beyond a day, keys not
// sorted by time or two at one time, a value out of the lane's range (with the range), a style
// `styles` does not know, more than kMaxKeysPerLane keys.
Keyframes keyframesFromJson(const std::string& json, const std::string& keyframesPath,
                            const StyleResolver& styles);
// The file's text; keyframesFromJson reads it back to equal keyframes.
std::string keyframesToJson(const Keyframes& keyframes);

// Reads a keyframes file (at most kLargestKeyframesFile). Throws vx::Error(BadInput) naming it.
Keyframes readKeyframesFile(const std::filesystem::path& path, const StyleResolver& styles);
// Writes crash-safely (common/atomic_file.h). Throws vx::Error(Io).
void writeKeyframesFile(const std::filesystem::path& path, const Keyframes& keyframes);

}  // namespace vx::studio
