#include "studio/keyframes.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "common/error.h"

namespace vx::studio {

namespace {

using L = KeyframeLane;

KeyframeLaneSpec tableLane(KeyframeLane lane, ParameterId id) {
    const ParameterSpec& spec = parameterSpec(id);
    return {lane, spec.key, spec.minimum, spec.maximum, spec.unit, id};
}

KeyframeLaneSpec offsetLane(KeyframeLane lane, const char* key) {
    return {lane, key, -kPoseOffsetLimitDeg, kPoseOffsetLimitDeg, "deg", std::nullopt};
}

std::array<KeyframeLaneSpec, kKeyframeLaneCount> makeSpecs() {
    return {{
        tableLane(L::Expression, ParameterId::ExpressionPercent),
        tableLane(L::Identity, ParameterId::IdentityPercent),
        tableLane(L::HeadAmount, ParameterId::HeadAmountPercent),
        offsetLane(L::YawOffset, "yawOffsetDeg"),
        offsetLane(L::PitchOffset, "pitchOffsetDeg"),
        offsetLane(L::RollOffset, "rollOffsetDeg"),
        {L::Style, "style", 0.0, 0.0, "", std::nullopt},
    }};
}

const std::pair<Interpolation, const char*> kInterpolationNames[] = {
    {Interpolation::Linear, "linear"},
    {Interpolation::Smooth, "smooth"},
    {Interpolation::Hold, "hold"},
};

std::string number(double v) {
    std::ostringstream out;
    out.precision(10);
    out << v;
    return out.str();
}

bool sameStyle(const std::optional<Style>& a, const std::optional<Style>& b) {
    if (!a || !b)
        return !a && !b;
    return a->name == b->name && a->headPreset == b->headPreset && a->values == b->values;
}

// "lane \"expressionPercent\", key 2": where a refusal happened.
std::string where(KeyframeLane lane, std::optional<std::size_t> index = std::nullopt) {
    std::string text = std::string("lane \"") + laneSpec(lane).key + "\"";
    if (index)
        text += ", key " + std::to_string(*index);
    return text;
}

[[noreturn]] void refuse(const std::string& what) {
    throw Error(ErrorKind::BadInput, what);
}

void requireIndex(const std::vector<Keyframe>& keys, KeyframeLane lane, std::size_t index) {
    if (index >= keys.size())
        refuse(where(lane, index) + ": there is no such key (the lane has " +
               std::to_string(keys.size()) + ")");
}

void requireGoodKey(KeyframeLane lane, std::optional<std::size_t> index, const Keyframe& key) {
    if (const std::string problem = keyProblem(lane, key); !problem.empty())
        refuse(where(lane, index) + ": " + problem);
}

// Where a key at `timeSec` goes among `keys` (ignoring the one at `except`); refuses a time
// another key has.
std::size_t insertionPoint(const std::vector<Keyframe>& keys, KeyframeLane lane, double timeSec,
                           std::optional<std::size_t> except) {
    std::size_t position = 0;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (except && i == *except)
            continue;
        if (keys[i].timeSec == timeSec)
            refuse(where(lane, except) + ": key " + std::to_string(i) + " is already at " +
                   number(timeSec) + " s; two keys cannot share a time");
        if (keys[i].timeSec < timeSec)
            ++position;
    }
    return position;
}

}  // namespace

const std::array<KeyframeLaneSpec, kKeyframeLaneCount>& keyframeLaneSpecs() {
    static const std::array<KeyframeLaneSpec, kKeyframeLaneCount> specs = makeSpecs();
    return specs;
}

const KeyframeLaneSpec& laneSpec(KeyframeLane lane) {
    return keyframeLaneSpecs()[std::size_t(lane)];
}

std::optional<KeyframeLane> findLane(const std::string& key) {
    for (const KeyframeLaneSpec& spec : keyframeLaneSpecs())
        if (key == spec.key)
            return spec.lane;
    return std::nullopt;
}

std::string describeLaneRange(const KeyframeLaneSpec& spec) {
    if (spec.parameter)
        return describeRange(parameterSpec(*spec.parameter));
    std::string text = "between " + number(spec.minimum) + " and " + number(spec.maximum);
    if (*spec.unit)
        text += std::string(" ") + spec.unit;
    return text;
}

const char* interpolationName(Interpolation interpolation) {
    for (const auto& [mode, name] : kInterpolationNames)
        if (mode == interpolation)
            return name;
    return "";
}

std::optional<Interpolation> findInterpolation(const std::string& name) {
    for (const auto& [mode, known] : kInterpolationNames)
        if (name == known)
            return mode;
    return std::nullopt;
}

bool operator==(const Keyframe& a, const Keyframe& b) {
    return a.timeSec == b.timeSec && a.value == b.value && a.toNext == b.toNext &&
           sameStyle(a.style, b.style);
}

bool operator!=(const Keyframe& a, const Keyframe& b) {
    return !(a == b);
}

bool Keyframes::empty() const {
    return std::all_of(lanes.begin(), lanes.end(), [](const auto& keys) { return keys.empty(); });
}

bool operator==(const Keyframes& a, const Keyframes& b) {
    return a.lanes == b.lanes;
}

bool operator!=(const Keyframes& a, const Keyframes& b) {
    return !(a == b);
}

double interpolate(double a, double b, double fraction, Interpolation interpolation) {
    const double t = std::clamp(fraction, 0.0, 1.0);
    switch (interpolation) {
        case Interpolation::Linear:
            return a + (b - a) * t;
        case Interpolation::Smooth:
            // Smoothstep: zero slope at both keys and monotone between them, so the value eases
            // in and out and never passes either key's value.
            return a + (b - a) * (t * t * (3.0 - 2.0 * t));
        case Interpolation::Hold:
            return a;
    }
    return a;
}

const Keyframe& keyAt(const std::vector<Keyframe>& keys, double timeSec) {
    if (keys.empty())
        throw Error(ErrorKind::Internal, "a keyframe lane without keys was evaluated");
    // The last key at or before the time; before the first key, the first.
    const auto after =
        std::upper_bound(keys.begin(), keys.end(), timeSec,
                         [](double t, const Keyframe& key) { return t < key.timeSec; });
    return after == keys.begin() ? keys.front() : *(after - 1);
}

double evaluateLane(const std::vector<Keyframe>& keys, double timeSec) {
    const Keyframe& key = keyAt(keys, timeSec);
    if (&key == &keys.back() || timeSec <= key.timeSec)
        return key.value;
    const Keyframe& next = *(&key + 1);
    const double fraction = (timeSec - key.timeSec) / (next.timeSec - key.timeSec);
    return interpolate(key.value, next.value, fraction, key.toNext);
}

std::string keyProblem(KeyframeLane lane, const Keyframe& key) {
    if (!std::isfinite(key.timeSec))
        return "the time " + number(key.timeSec) + " is not a finite number of seconds";
    if (key.timeSec < 0.0)
        return "the time " + number(key.timeSec) + " s is negative; keys start at 0 s";
    if (key.timeSec > kLatestKeySeconds)
        return "the time " + number(key.timeSec) + " s is beyond " + number(kLatestKeySeconds) +
               " s";
    const KeyframeLaneSpec& spec = laneSpec(lane);
    if (lane == KeyframeLane::Style) {
        if (!key.style)
            return "a style key needs a style";
        if (key.toNext != Interpolation::Hold)
            return "a style key holds until the next one (its interpolation is \"hold\")";
        return {};
    }
    if (key.style)
        return "only the \"style\" lane takes styles";
    if (!std::isfinite(key.value) || key.value < spec.minimum || key.value > spec.maximum)
        return "the value " + number(key.value) + " is out of range; give a number " +
               describeLaneRange(spec);
    return {};
}

std::size_t addKey(Keyframes& keyframes, KeyframeLane lane, const Keyframe& key) {
    std::vector<Keyframe>& keys = keyframes.lane(lane);
    requireGoodKey(lane, std::nullopt, key);
    if (keys.size() >= kMaxKeysPerLane)
        refuse(where(lane) + ": the lane has " + std::to_string(kMaxKeysPerLane) +
               " keys, the most it may hold");
    const std::size_t position = insertionPoint(keys, lane, key.timeSec, std::nullopt);
    keys.insert(keys.begin() + std::ptrdiff_t(position), key);
    return position;
}

std::size_t moveKey(Keyframes& keyframes, KeyframeLane lane, std::size_t index, double timeSec) {
    std::vector<Keyframe>& keys = keyframes.lane(lane);
    requireIndex(keys, lane, index);
    Keyframe moved = keys[index];
    moved.timeSec = timeSec;
    requireGoodKey(lane, index, moved);
    const std::size_t position = insertionPoint(keys, lane, timeSec, index);
    keys.erase(keys.begin() + std::ptrdiff_t(index));
    keys.insert(keys.begin() + std::ptrdiff_t(position), moved);
    return position;
}

void removeKey(Keyframes& keyframes, KeyframeLane lane, std::size_t index) {
    std::vector<Keyframe>& keys = keyframes.lane(lane);
    requireIndex(keys, lane, index);
    keys.erase(keys.begin() + std::ptrdiff_t(index));
}

namespace {

// Changes one field of key `index` (by `change`), keeping the lane as it was when the changed
// key would be refused.
template <typename Change>
void changeKey(Keyframes& keyframes, KeyframeLane lane, std::size_t index, Change change) {
    std::vector<Keyframe>& keys = keyframes.lane(lane);
    requireIndex(keys, lane, index);
    Keyframe changed = keys[index];
    change(changed);
    requireGoodKey(lane, index, changed);
    keys[index] = changed;
}

}  // namespace

void setKeyValue(Keyframes& keyframes, KeyframeLane lane, std::size_t index, double value) {
    changeKey(keyframes, lane, index, [&](Keyframe& key) { key.value = value; });
}

void setKeyInterpolation(Keyframes& keyframes, KeyframeLane lane, std::size_t index,
                         Interpolation interpolation) {
    changeKey(keyframes, lane, index, [&](Keyframe& key) { key.toNext = interpolation; });
}

void setKeyStyle(Keyframes& keyframes, KeyframeLane lane, std::size_t index, const Style& style) {
    changeKey(keyframes, lane, index, [&](Keyframe& key) { key.style = style; });
}

void pinControl(Keyframes& keyframes, ParameterId id, double value) {
    if (keyframes.empty())
        return;
    for (const KeyframeLaneSpec& spec : keyframeLaneSpecs())
        if (spec.parameter == id) {
            Keyframe key;
            key.value = value;
            requireGoodKey(spec.lane, std::nullopt, key);
            keyframes.lane(spec.lane) = {key};
        }
    for (Keyframe& key : keyframes.lane(KeyframeLane::Style))
        if (key.style && key.style->values.count(id))
            key.style->values[id] = value;
}

Keyframe styleKey(double timeSec, const Style& style) {
    Keyframe key;
    key.timeSec = timeSec;
    key.toNext = Interpolation::Hold;
    key.style = style;
    return key;
}

}  // namespace vx::studio
