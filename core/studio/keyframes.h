// Keyframes: performance controls that change over a clip (a calm start, an emphatic middle, a
// still ending). The model the timeline edits and the project stores: one lane of keys per
// keyframeable control, how a lane is evaluated at a time, and the edit operations an undo stack
// needs. How the lanes combine into per-frame values is studio/keyframe_clip.h; the JSON form is
// studio/keyframes_file.h; docs/keyframes.md is the user's description.
//
// Key times are seconds (not frames), so a change of frame rate keeps every key where it was.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "studio/parameters.h"
#include "studio/style.h"

namespace vx::studio {

enum class KeyframeLane {
    Expression,   // the parameter table's expressionPercent
    Identity,     // identityPercent
    HeadAmount,   // headAmountPercent
    YawOffset,    // degrees added to the head's turn each frame
    PitchOffset,  // degrees added to the nod
    RollOffset,   // degrees added to the tilt
    Style,        // keys name a speaking style; no numeric value
};
inline constexpr std::size_t kKeyframeLaneCount = 7;

// How a key's value goes over to the next key's.
enum class Interpolation {
    Linear,  // straight line
    Smooth,  // ease in and out (smoothstep): never beyond either key's value
    Hold,    // keeps the key's value, jumps at the next key
};

// One lane's description: its name in files, its range and unit. The three controls of the
// parameter table take its key, range and unit; the pose offsets have their own range here.
struct KeyframeLaneSpec {
    KeyframeLane lane;
    const char* key;  // "expressionPercent", "yawOffsetDeg", "style"
    double minimum;   // 0 for the style lane, which has no values
    double maximum;
    const char* unit;
    std::optional<ParameterId> parameter;  // the control the lane drives, if it is a table one
};

// The largest pose offset, either way: a quarter turn would show the side of a face the photo
// does not have; 30 degrees is as far as V-kps guidance keeps a face plausible.
inline constexpr double kPoseOffsetLimitDeg = 30.0;
// A lane with more keys than this is not a hand-made timeline (and would make a file huge).
inline constexpr std::size_t kMaxKeysPerLane = 1000;
// A key later than a day is a typing error (no recording the decoder accepts is that long).
inline constexpr double kLatestKeySeconds = 86400.0;

const std::array<KeyframeLaneSpec, kKeyframeLaneCount>& keyframeLaneSpecs();
const KeyframeLaneSpec& laneSpec(KeyframeLane lane);
// The lane whose file key is `key`, or none.
std::optional<KeyframeLane> findLane(const std::string& key);
// "between -30 and 30 deg", for messages.
std::string describeLaneRange(const KeyframeLaneSpec& spec);

// "linear", "smooth", "hold": the names in files.
const char* interpolationName(Interpolation interpolation);
std::optional<Interpolation> findInterpolation(const std::string& name);

struct Keyframe {
    double timeSec = 0.0;
    double value = 0.0;  // numeric lanes
    Interpolation toNext = Interpolation::Linear;
    // Style lane only: the style the key sets, resolved when the key was made or read (so a
    // render does not depend on the style folder later). Its interpolation is always Hold.
    std::optional<Style> style;
};

bool operator==(const Keyframe& a, const Keyframe& b);
bool operator!=(const Keyframe& a, const Keyframe& b);

struct Keyframes {
    // Indexed by KeyframeLane; each lane sorted by time, no two keys at one time.
    std::array<std::vector<Keyframe>, kKeyframeLaneCount> lanes;

    std::vector<Keyframe>& lane(KeyframeLane l) { return lanes[std::size_t(l)]; }
    const std::vector<Keyframe>& lane(KeyframeLane l) const { return lanes[std::size_t(l)]; }
    // True when no lane has a key: the clip plays as before keyframes existed.
    bool empty() const;
};

bool operator==(const Keyframes& a, const Keyframes& b);
bool operator!=(const Keyframes& a, const Keyframes& b);

// `a` going over to `b` at `fraction` in [0, 1] of the way, as `interpolation` says. The one
// definition of the three modes.
double interpolate(double a, double b, double fraction, Interpolation interpolation);

// A numeric lane's value at `timeSec`: the first key's value before it, the last key's after it,
// in between as the earlier key's interpolation says. Throws vx::Error(Internal) for an empty
// lane (the caller uses the control's own value then).
double evaluateLane(const std::vector<Keyframe>& keys, double timeSec);
// The key in effect at `timeSec` (the last at or before it; the first before the first key).
// Throws vx::Error(Internal) for an empty lane.
const Keyframe& keyAt(const std::vector<Keyframe>& keys, double timeSec);

// Empty when `key` may be in `lane`, else what is wrong: a time that is negative, not finite
// or beyond kLatestKeySeconds; a value out of the lane's range (with the range); a style key
// without a style or a numeric key with one; a style key that does not hold.
std::string keyProblem(KeyframeLane lane, const Keyframe& key);

// Edit operations for the timeline's undo stack. Each keeps the lane sorted and throws
// vx::Error(BadInput) naming the lane (and key index) and leaves the model unchanged when it
// refuses: a bad key (keyProblem), a key at a time another key has, an index out of range, or
// a lane full (kMaxKeysPerLane).
//
// Adds `key`; returns its index.
std::size_t addKey(Keyframes& keyframes, KeyframeLane lane, const Keyframe& key);
// Moves key `index` to `timeSec`; returns its new index.
std::size_t moveKey(Keyframes& keyframes, KeyframeLane lane, std::size_t index, double timeSec);
void removeKey(Keyframes& keyframes, KeyframeLane lane, std::size_t index);
void setKeyValue(Keyframes& keyframes, KeyframeLane lane, std::size_t index, double value);
void setKeyInterpolation(Keyframes& keyframes, KeyframeLane lane, std::size_t index,
                         Interpolation interpolation);
void setKeyStyle(Keyframes& keyframes, KeyframeLane lane, std::size_t index, const Style& style);

// Gives the control `id` the value `value` for the whole clip, whatever the keyframes say: when
// a lane drives it, that lane becomes one key at 0 s (which overrides the style lane); every
// style key's style gets `value` for it. An explicit command-line option does this, so it still
// overrides a keyframes file, as it overrides a style. Keyframes without keys stay empty.
// Throws vx::Error(BadInput) for a value out of the lane's range.
void pinControl(Keyframes& keyframes, ParameterId id, double value);

// A key for the style lane.
Keyframe styleKey(double timeSec, const Style& style);

}  // namespace vx::studio
