#include "studio/project_file.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <limits>
#include <sstream>
#include <utility>

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/text_file.h"
#include "studio/keyframes_json.h"
#include "studio/parameters.h"
#include "studio/styles.h"

namespace vx::studio {

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

// Names in the file, so it stays readable and the enums may be reordered.
const std::pair<motion::HeadMotionPreset, const char*> kPresets[] = {
    {motion::HeadMotionPreset::Still, "still"},
    {motion::HeadMotionPreset::CalmPresenter, "calm-presenter"},
    {motion::HeadMotionPreset::LivelySpeaker, "lively-speaker"},
    {motion::HeadMotionPreset::NoddingListener, "nodding-listener"},
};
const std::pair<OutputFraming, const char*> kFramings[] = {
    {OutputFraming::Crop, "crop"},
    {OutputFraming::PasteBack, "paste-back"},
};

template <typename E, size_t N>
std::string nameOf(const std::pair<E, const char*> (&names)[N], E value) {
    for (const auto& [e, name] : names)
        if (e == value)
            return name;
    return {};
}

// The section of the file that holds a parameter; the H.264 quality belongs to the export
// dialog, not to the project.
const char* sectionOf(ParameterId id) {
    switch (id) {
        case ParameterId::Steps:
        case ParameterId::Guidance:
        case ParameterId::Seed:
        case ParameterId::SizePx:
            return "quality";
        case ParameterId::TargetFps:
            return "output";
        case ParameterId::Crf:
            return nullptr;
        default:
            return "performance";
    }
}

[[noreturn]] void refuse(const std::string& projectPath, const std::string& what) {
    throw Error(ErrorKind::BadInput, what, projectPath);
}

// Reads the fields of one JSON object; the first malformed field throws an error that names the
// project file and the field as "section.field".
class FieldReader {
public:
    FieldReader(const Json& root, const char* section, const std::string& projectPath)
        : m_path(projectPath), m_section(section) {
        const auto it = root.find(section);
        if (it != root.end() && !it->is_null()) {
            if (!it->is_object())
                refuse(m_path, std::string("the field \"") + section + "\" must be an object");
            m_object = &*it;
        }
    }
    FieldReader(const Json* object, std::string section, const std::string& projectPath)
        : m_object(object), m_path(projectPath), m_section(std::move(section)) {}

    const Json* find(const char* key) const {
        if (!m_object)
            return nullptr;
        const auto it = m_object->find(key);
        return it == m_object->end() ? nullptr : &*it;
    }
    double number(const char* key, double fallback) const {
        const Json* v = find(key);
        if (!v)
            return fallback;
        if (!v->is_number())
            fail(key, "a number");
        return v->get<double>();
    }
    // A number that fits an int (the crop's pixels). Converting a larger double to int is
    // undefined behaviour (found by fuzz_project_file: "x": 1e300); it is refused instead.
    int pixels(const char* key, int fallback) const {
        const double v = number(key, fallback);
        if (!(v >= std::numeric_limits<int>::min() && v <= std::numeric_limits<int>::max()))
            fail(key, "a rectangle inside the photo");
        return static_cast<int>(v);
    }
    std::string string(const char* key) const {
        const Json* v = find(key);
        if (!v || v->is_null())
            return {};
        if (!v->is_string())
            fail(key, "a text");
        return v->get<std::string>();
    }
    template <typename E, size_t N>
    E named(const char* key, const std::pair<E, const char*> (&names)[N], E fallback) const {
        const Json* v = find(key);
        if (!v)
            return fallback;
        if (v->is_string())
            for (const auto& [e, name] : names)
                if (v->get<std::string>() == name)
                    return e;
        std::string allowed;
        for (const auto& entry : names)
            allowed += (allowed.empty() ? "" : ", ") + std::string(entry.second);
        fail(key, "one of " + allowed);
    }
    // A parameter of the table: a number in its range.
    double parameter(const ParameterSpec& spec, double fallback) const {
        const double v = number(spec.key, fallback);
        try {
            return checkedParameter(spec.id, v, spec.key);
        } catch (const Error&) {
            fail(spec.key, describeRange(spec));
        }
    }
    std::vector<double> numbers(const char* key) const {
        const Json* v = find(key);
        std::vector<double> out;
        if (!v)
            return out;
        if (!v->is_array())
            fail(key, "a list of numbers");
        for (const Json& item : *v) {
            if (!item.is_number())
                fail(key, "a list of numbers");
            out.push_back(item.get<double>());
        }
        return out;
    }
    [[noreturn]] void fail(const char* key, const std::string& expected) const {
        refuse(m_path, "the field \"" + m_section + "." + key + "\" must be " + expected);
    }

private:
    const Json* m_object = nullptr;
    std::string m_path;
    std::string m_section;
};

fs::path projectFolder(const std::string& projectPath) {
    return fs::absolute(fs::path(projectPath)).parent_path();
}

std::string storedPath(const std::string& input, const fs::path& projectDir) {
    if (input.empty())
        return {};
    const fs::path absolute = fs::absolute(fs::path(input)).lexically_normal();
    const fs::path relative = absolute.lexically_relative(projectDir.lexically_normal());
    const bool beneath = !relative.empty() && *relative.begin() != ".." && relative.is_relative();
    return beneath ? relative.string() : absolute.string();
}

std::string resolvedPath(const std::string& stored, const fs::path& projectDir) {
    if (stored.empty())
        return {};
    return (projectDir / fs::path(stored)).lexically_normal().string();
}

}  // namespace

std::string projectToJson(const Project& project, const std::string& projectPath) {
    const fs::path dir = projectFolder(projectPath);
    const StudioParameters& p = project.parameters;
    Json inputs = {{"portrait", storedPath(project.portraitPath, dir)},
                   {"audio", storedPath(project.audioPath, dir)}};
    if (!project.drivingVideoPath.empty())
        inputs["drivingVideo"] = storedPath(project.drivingVideoPath, dir);
    if (project.crop) {
        const CropRect& c = *project.crop;
        inputs["crop"] = {{"x", c.x}, {"y", c.y}, {"width", c.width}, {"height", c.height}};
    }
    Json root = {
        {"format", "vxproj"},
        {"version", kProjectFormatVersion},
        {"inputs", inputs},
        {"performance",
         {{"headPreset", nameOf(kPresets, p.headPreset)}, {"manualBlinkSec", p.manualBlinkSec}}},
        {"quality", {{"device", computeDeviceName(p.device)}}},
        {"output", {{"framing", nameOf(kFramings, p.framing)}}}};
    // The style's name only: every value it set is stored below, so the project renders the
    // same on a machine without that style; the values that differ from it are the overrides.
    if (!p.styleName.empty())
        root["performance"]["style"] = p.styleName;
    if (!project.keyframes.empty())
        root["keyframes"] = keyframeLanesToJson(project.keyframes);
    for (const auto& spec : parameterTable())
        if (const char* section = sectionOf(spec.id)) {
            const double v = p.valueOf(spec.id);
            if (spec.type == ParameterType::Integer)
                root[section][spec.key] = static_cast<long long>(v);
            else
                root[section][spec.key] = v;
        }
    return root.dump(4) + "\n";
}

Project projectFromJson(const std::string& json, const std::string& projectPath,
                        const StyleResolver& styles) {
    const Json root = Json::parse(json, nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded())
        refuse(projectPath, "this is not a VX Studio project: invalid JSON");
    if (!root.is_object() || root.value("format", Json()) != Json("vxproj"))
        refuse(projectPath, "this is not a VX Studio project: its \"format\" is not \"vxproj\"");
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number() || version->get<double>() < 1)
        refuse(projectPath, "the project has no valid format version");
    if (version->get<double>() > kProjectFormatVersion) {
        std::ostringstream text;
        text << "the project was saved by a newer VX Studio (project format version "
             << version->get<double>() << "; this one reads up to " << kProjectFormatVersion
             << "); update VX Studio to open it";
        refuse(projectPath, text.str());
    }

    const fs::path dir = projectFolder(projectPath);
    Project project;
    const FieldReader inputs(root, "inputs", projectPath);
    project.portraitPath = resolvedPath(inputs.string("portrait"), dir);
    project.audioPath = resolvedPath(inputs.string("audio"), dir);
    project.drivingVideoPath = resolvedPath(inputs.string("drivingVideo"), dir);
    if (const Json* crop = inputs.find("crop"); crop && crop->is_object()) {
        const FieldReader c(crop, "inputs.crop", projectPath);
        CropRect rect;
        rect.x = c.pixels("x", -1);
        rect.y = c.pixels("y", -1);
        rect.width = c.pixels("width", 0);
        rect.height = c.pixels("height", 0);
        if (rect.x < 0 || rect.y < 0 || rect.width <= 0 || rect.height <= 0)
            c.fail("width", "a rectangle inside the photo");
        project.crop = rect;
    }

    StudioParameters& p = project.parameters;
    const FieldReader perf(root, "performance", projectPath);
    const FieldReader quality(root, "quality", projectPath);
    const FieldReader output(root, "output", projectPath);
    for (const auto& spec : parameterTable())
        if (const char* section = sectionOf(spec.id)) {
            const FieldReader& reader = std::string(section) == "quality"  ? quality
                                        : std::string(section) == "output" ? output
                                                                           : perf;
            p.setValue(spec.id, reader.parameter(spec, p.valueOf(spec.id)));
        }
    if (version->get<double>() < 2) {
        // Version 1 had one seed for the noise, the head motion and (plus one) the blinks.
        p.motionSeed = p.seed;
        p.blinkSeed = p.seed + 1;
    }
    p.headPreset = perf.named("headPreset", kPresets, p.headPreset);
    p.manualBlinkSec = perf.numbers("manualBlinkSec");
    p.styleName = perf.string("style");
    if (!p.styleName.empty())
        if (const std::string problem = styleNameProblem(p.styleName); !problem.empty())
            perf.fail("style", "a style name (" + problem + ")");

    const std::string device = quality.string("device");
    if (!device.empty()) {
        const std::optional<ComputeDevice> known = computeDeviceFromName(device);
        if (!known)
            quality.fail("device", "one of cuda-fp16, cuda-bf16, cuda-fp32, cpu-fp32");
        p.device = *known;
    }
    p.framing = output.named("framing", kFramings, p.framing);
    // Files before version 3 have no "keyframes": every control keeps its one value.
    if (const auto keyframes = root.find("keyframes");
        keyframes != root.end() && !keyframes->is_null())
        project.keyframes = keyframesFromLanes(*keyframes, projectPath, "\"keyframes\": ", styles);
    return project;
}

void writeProjectFile(const Project& project, const std::string& projectPath) {
    writeFileAtomically(projectPath, projectToJson(project, projectPath));
}

Project readProjectFile(const std::string& projectPath, const StyleResolver& styles) {
    Project project =
        projectFromJson(readSmallTextFile(projectPath, std::numeric_limits<std::uintmax_t>::max(),
                                          "; choose a .vxproj file"),
                        projectPath, styles);
    std::error_code ec;
    for (const std::string* input :
         {&project.portraitPath, &project.audioPath, &project.drivingVideoPath})
        if (!input->empty() && !fs::is_regular_file(*input, ec))
            project.missingInputs.push_back(*input);
    return project;
}

}  // namespace vx::studio
