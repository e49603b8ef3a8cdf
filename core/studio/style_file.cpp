#include "studio/style_file.h"

#include <nlohmann/json.hpp>

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/text_file.h"

namespace vx::studio {

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

// A style file is a few hundred bytes; anything far larger is not one, and reading it whole
// would only waste memory.
constexpr std::uintmax_t kLargestStyleFile = 64 * 1024;

[[noreturn]] void refuse(const std::string& stylePath, const std::string& what) {
    throw Error(ErrorKind::BadInput, what, stylePath);
}

std::string text(const Json& root, const char* key, const std::string& stylePath) {
    const auto it = root.find(key);
    if (it == root.end())
        refuse(stylePath, std::string("\"") + key + "\" is missing");
    if (!it->is_string())
        refuse(stylePath, std::string("\"") + key + "\" must be text");
    return it->get<std::string>();
}

void readValues(const Json& values, const std::string& stylePath, Style& style) {
    if (!values.is_object())
        refuse(stylePath, "\"values\" must be an object of the performance settings");
    for (const auto& [key, value] : values.items()) {
        const ParameterSpec* spec = findParameter(key);
        bool inStyle = false;
        for (const ParameterId id : styleParameters())
            inStyle = inStyle || (spec && spec->id == id);
        if (!inStyle)
            refuse(stylePath, "\"values\": unknown key \"" + key +
                                  "\" (a style sets the performance settings listed in "
                                  "docs/styles.md)");
        if (!value.is_number())
            refuse(stylePath,
                   "\"values\": \"" + key + "\" must be a number, " + describeRange(*spec));
        const double v = value.get<double>();
        if (const std::string problem = parameterProblem(spec->id, v); !problem.empty())
            refuse(stylePath, "\"values\": \"" + key + "\": " + problem);
        style.values[spec->id] = v;
    }
    for (const ParameterId id : styleParameters())
        if (!style.values.count(id))
            refuse(stylePath, "\"values\": \"" + std::string(parameterSpec(id).key) +
                                  "\" is missing (a style sets every performance setting)");
}

}  // namespace

Style styleFromJson(const std::string& json, const std::string& stylePath) {
    const Json root = Json::parse(json, nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded())
        refuse(stylePath, "this is not a style file: invalid JSON");
    if (!root.is_object())
        refuse(stylePath, "this is not a style file: it must be a JSON object");
    for (const auto& [key, value] : root.items())
        if (key != "format" && key != "version" && key != "name" && key != "description" &&
            key != "headMotionPreset" && key != "values")
            refuse(stylePath, "unknown key \"" + key +
                                  "\" (a style file holds \"format\", \"version\", \"name\", "
                                  "\"description\", \"headMotionPreset\" and \"values\")");
    if (text(root, "format", stylePath) != "vxstyle")
        refuse(stylePath, "\"format\" must be \"vxstyle\"; this is not a style file");
    const auto version = root.find("version");
    if (version == root.end())
        refuse(stylePath, "\"version\" is missing");
    if (!version->is_number_integer() || version->get<long long>() < 1)
        refuse(stylePath, "\"version\" must be a whole number from 1");
    if (version->get<long long>() > kStyleFormatVersion)
        refuse(stylePath, "the style file is of version " +
                              std::to_string(version->get<long long>()) +
                              "; this VX Studio reads up to " +
                              std::to_string(kStyleFormatVersion) + "; update it");

    Style style;
    style.name = text(root, "name", stylePath);
    if (const std::string problem = styleNameProblem(style.name); !problem.empty())
        refuse(stylePath, "\"name\": " + problem);
    style.description = text(root, "description", stylePath);
    if (style.description.find('\0') != std::string::npos)
        refuse(stylePath, "\"description\" holds a NUL character (\\u0000)");
    try {
        style.headPreset = motion::parsePreset(text(root, "headMotionPreset", stylePath));
    } catch (const Error& e) {
        if (e.file() == stylePath)
            throw;
        refuse(stylePath, std::string("\"headMotionPreset\": ") + e.what());
    }
    const auto values = root.find("values");
    if (values == root.end())
        refuse(stylePath, "\"values\" is missing");
    readValues(*values, stylePath, style);
    return style;
}

std::string styleToJson(const Style& style) {
    Json values = Json::object();
    for (const auto& [id, value] : style.values)
        values[parameterSpec(id).key] = value;
    Json root = Json::object();
    root["format"] = "vxstyle";
    root["version"] = kStyleFormatVersion;
    root["name"] = style.name;
    root["description"] = style.description;
    root["headMotionPreset"] = motion::presetName(style.headPreset);
    root["values"] = values;
    return root.dump(4) + "\n";
}

Style readStyleFile(const fs::path& path) {
    return styleFromJson(readSmallTextFile(path, kLargestStyleFile), path.string());
}

void writeStyleFile(const fs::path& path, const Style& style) {
    writeFileAtomically(path, styleToJson(style));
}

}  // namespace vx::studio
