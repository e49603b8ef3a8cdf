#include "studio/keyframes_file.h"

#include <sstream>

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/text_file.h"
#include "studio/keyframes_json.h"

namespace vx::studio {

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

std::string number(double v) {
    std::ostringstream out;
    out.precision(10);
    out << v;
    return out.str();
}

std::string laneList() {
    std::string text;
    for (const KeyframeLaneSpec& spec : keyframeLaneSpecs())
        text += (text.empty() ? "" : ", ") + std::string(spec.key);
    return text;
}

// Reads one lane's keys; every refusal names the file, the lane and the key's index.
class LaneReader {
public:
    LaneReader(const std::string& path, const std::string& context, KeyframeLane lane,
               const StyleResolver& styles)
        : m_path(path), m_context(context), m_lane(lane), m_styles(styles) {}

    std::vector<Keyframe> read(const Json& keys) const {
        if (!keys.is_array())
            fail("must be a list of keys");
        if (keys.size() > kMaxKeysPerLane)
            fail("has " + std::to_string(keys.size()) + " keys; a lane holds at most " +
                 std::to_string(kMaxKeysPerLane));
        std::vector<Keyframe> out;
        for (std::size_t i = 0; i < keys.size(); ++i) {
            Keyframe key = readKey(keys[i], i);
            if (i > 0 && key.timeSec == out.back().timeSec)
                failKey(i, "key " + std::to_string(i - 1) + " is already at " +
                               number(key.timeSec) + " s; two keys cannot share a time");
            if (i > 0 && key.timeSec < out.back().timeSec)
                failKey(i, "its time " + number(key.timeSec) + " s is before key " +
                               std::to_string(i - 1) + "'s " + number(out.back().timeSec) +
                               " s; keys must be sorted by time");
            out.push_back(std::move(key));
        }
        return out;
    }

private:
    Keyframe readKey(const Json& item, std::size_t index) const {
        const bool isStyle = m_lane == KeyframeLane::Style;
        if (!item.is_object())
            failKey(index, isStyle ? "must be an object with \"time\" and \"style\""
                                   : "must be an object with \"time\" and \"value\"");
        for (const auto& [field, value] : item.items())
            if (field != "time" && field != "interpolation" &&
                field != (isStyle ? "style" : "value"))
                failKey(index, "unknown field \"" + field + "\" (a key holds \"time\", " +
                                   (isStyle ? "\"style\"" : "\"value\" and \"interpolation\"") +
                                   ")");
        Keyframe key;
        key.timeSec = numberField(item, "time", index);
        if (isStyle) {
            key.toNext = Interpolation::Hold;
            const auto name = item.find("style");
            if (name == item.end() || !name->is_string())
                failKey(index, "\"style\" must be the name of a style");
            key.style = m_styles ? m_styles(name->get<std::string>()) : std::nullopt;
            if (!key.style)
                failKey(index, "unknown style \"" + name->get<std::string>() +
                                   "\"; `vxstudio-cli styles list` shows the styles");
        } else {
            key.value = numberField(item, "value", index);
        }
        if (const auto mode = item.find("interpolation"); mode != item.end()) {
            const std::optional<Interpolation> known =
                mode->is_string() ? findInterpolation(mode->get<std::string>()) : std::nullopt;
            if (!known)
                failKey(index, "unknown interpolation " + mode->dump() +
                                   "; use \"linear\", \"smooth\" or \"hold\"");
            key.toNext = *known;
        }
        if (const std::string problem = keyProblem(m_lane, key); !problem.empty())
            failKey(index, problem);
        return key;
    }

    double numberField(const Json& item, const char* field, std::size_t index) const {
        const auto it = item.find(field);
        if (it == item.end())
            failKey(index, std::string("\"") + field + "\" is missing");
        if (!it->is_number())
            failKey(index, std::string("\"") + field + "\" must be a number");
        return it->get<double>();
    }

    [[noreturn]] void fail(const std::string& what) const {
        throw Error(ErrorKind::BadInput,
                    m_context + "lane \"" + laneSpec(m_lane).key + "\" " + what, m_path);
    }
    [[noreturn]] void failKey(std::size_t index, const std::string& what) const {
        throw Error(ErrorKind::BadInput,
                    m_context + "lane \"" + laneSpec(m_lane).key + "\", key " +
                        std::to_string(index) + ": " + what,
                    m_path);
    }

    const std::string& m_path;
    const std::string& m_context;
    KeyframeLane m_lane;
    const StyleResolver& m_styles;
};

[[noreturn]] void refuse(const std::string& path, const std::string& what) {
    throw Error(ErrorKind::BadInput, what, path);
}

}  // namespace

Keyframes keyframesFromLanes(const Json& lanes, const std::string& path, const std::string& context,
                             const StyleResolver& styles) {
    if (!lanes.is_object())
        refuse(path, context + "the lanes must be an object of lists of keys, by lane");
    Keyframes keyframes;
    for (const auto& [name, keys] : lanes.items()) {
        const std::optional<KeyframeLane> lane = findLane(name);
        if (!lane)
            refuse(path,
                   context + "unknown lane \"" + name + "\" (the lanes are " + laneList() + ")");
        keyframes.lane(*lane) = LaneReader(path, context, *lane, styles).read(keys);
    }
    return keyframes;
}

Json keyframeLanesToJson(const Keyframes& keyframes, StyleKeyForm styleKeys) {
    Json lanes = Json::object();
    for (const KeyframeLaneSpec& spec : keyframeLaneSpecs()) {
        const std::vector<Keyframe>& keys = keyframes.lane(spec.lane);
        if (keys.empty())
            continue;
        Json list = Json::array();
        for (const Keyframe& key : keys) {
            if (spec.lane != KeyframeLane::Style) {
                list.push_back({{"time", key.timeSec},
                                {"value", key.value},
                                {"interpolation", interpolationName(key.toNext)}});
                continue;
            }
            Json item = {{"time", key.timeSec}, {"style", key.style ? key.style->name : ""}};
            if (styleKeys == StyleKeyForm::NameAndValues && key.style) {
                Json values = Json::object();
                for (const auto& [id, value] : key.style->values)
                    values[parameterSpec(id).key] = value;
                item["values"] = values;
            }
            list.push_back(item);
        }
        lanes[spec.key] = list;
    }
    return lanes;
}

Keyframes keyframesFromJson(const std::string& json, const std::string& keyframesPath,
                            const StyleResolver& styles) {
    const Json root = Json::parse(json, nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded())
        refuse(keyframesPath, "this is not a keyframes file: invalid JSON");
    if (!root.is_object())
        refuse(keyframesPath, "this is not a keyframes file: it must be a JSON object");
    for (const auto& [key, value] : root.items())
        if (key != "format" && key != "version" && key != "lanes")
            refuse(keyframesPath, "unknown key \"" + key +
                                      "\" (a keyframes file holds \"format\", \"version\" and "
                                      "\"lanes\")");
    const auto format = root.find("format");
    if (format == root.end() || *format != Json("vxkeyframes"))
        refuse(keyframesPath, "\"format\" must be \"vxkeyframes\"; this is not a keyframes file");
    const auto version = root.find("version");
    if (version == root.end())
        refuse(keyframesPath, "\"version\" is missing");
    if (!version->is_number_integer() || version->get<long long>() < 1)
        refuse(keyframesPath, "\"version\" must be a whole number from 1");
    if (version->get<long long>() > kKeyframesFormatVersion)
        refuse(keyframesPath, "the keyframes file is of version " +
                                  std::to_string(version->get<long long>()) +
                                  "; this VX Studio reads up to " +
                                  std::to_string(kKeyframesFormatVersion) + "; update it");
    const auto lanes = root.find("lanes");
    if (lanes == root.end())
        refuse(keyframesPath, "\"lanes\" is missing");
    return keyframesFromLanes(*lanes, keyframesPath, "", styles);
}

std::string keyframesToJson(const Keyframes& keyframes) {
    const Json root = {{"format", "vxkeyframes"},
                       {"version", kKeyframesFormatVersion},
                       {"lanes", keyframeLanesToJson(keyframes)}};
    return root.dump(4) + "\n";
}

Keyframes readKeyframesFile(const fs::path& path, const StyleResolver& styles) {
    return keyframesFromJson(readSmallTextFile(path, kLargestKeyframesFile), path.string(), styles);
}

void writeKeyframesFile(const fs::path& path, const Keyframes& keyframes) {
    writeFileAtomically(path, keyframesToJson(keyframes));
}

}  // namespace vx::studio
