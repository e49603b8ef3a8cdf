#include "studio/batch_file.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <map>
#include <utility>

#include "common/error.h"
#include "common/text_file.h"
#include "studio/output_identity.h"

namespace vx::studio {

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

// The keys of a job besides the parameter table's numbers (whose keys are the table's, as in
// project files).
enum class Key {
    Project,
    Image,
    Audio,
    DrivingVideo,
    Kps,
    Output,
    Models,
    Device,
    Dtype,
    MotionPreset,
    Retarget,
    BlinkAt,
    PasteBack,
    NoCrop,
};

const std::pair<const char*, Key> kKeys[] = {
    {"project", Key::Project},
    {"image", Key::Image},
    {"audio", Key::Audio},
    {"drivingVideo", Key::DrivingVideo},
    {"kps", Key::Kps},
    {"output", Key::Output},
    {"models", Key::Models},
    {"device", Key::Device},
    {"dtype", Key::Dtype},
    {"motionPreset", Key::MotionPreset},
    {"retarget", Key::Retarget},
    {"blinkAt", Key::BlinkAt},
    {"pasteBack", Key::PasteBack},
    {"noCrop", Key::NoCrop},
};

// A render option spelled as in a batch file under another name: named in the refusal, since a
// user who knows `render` writes its options first.
const std::pair<const char*, const char*> kRenamedOptions[] = {
    {"out", "output"},       {"driving-video", "drivingVideo"}, {"motion-preset", "motionPreset"},
    {"blink-at", "blinkAt"}, {"paste-back", "pasteBack"},       {"no-crop", "noCrop"},
};

// A blink time beyond any recording the decoder accepts is a typing error (as --blink-at).
constexpr double kLatestBlinkSeconds = 86400.0;

[[noreturn]] void refuse(const std::string& batchPath, const std::string& what) {
    throw Error(ErrorKind::BadInput, what, batchPath);
}

std::string unknownKeyMessage(const std::string& key) {
    std::string hint;
    for (const ParameterSpec& spec : parameterTable())
        if (key == std::string(spec.option).substr(2))
            hint = "; the setting of " + std::string(spec.option) + " is \"" + spec.key + "\" here";
    for (const auto& [option, name] : kRenamedOptions)
        if (key == option)
            hint = "; write \"" + std::string(name) + "\"";
    return "unknown key \"" + key + "\"" +
           (hint.empty() ? " (docs/render-farm.md lists the keys)" : hint);
}

// Reads the keys of one object ("defaults" or a job) into a RenderSpec: each key present
// replaces that field, so a job's keys are read over the defaults'. The first bad key throws,
// naming the batch file, the object ("job 3", "defaults") and the key.
class SpecReader {
public:
    SpecReader(const std::string& batchPath, std::string where)
        : m_batchPath(batchPath),
          m_folder(fs::absolute(fs::path(batchPath)).parent_path()),
          m_where(std::move(where)) {}

    void read(const Json& object, RenderSpec& spec) const {
        for (const auto& [key, value] : object.items()) {
            if (const ParameterSpec* parameter = findParameter(key)) {
                spec.values[parameter->id] = number(*parameter, value);
                continue;
            }
            const Key* known = nullptr;
            for (const auto& entry : kKeys)
                if (key == entry.first)
                    known = &entry.second;
            if (!known)
                fail(unknownKeyMessage(key));
            readKey(*known, key, value, spec);
        }
    }

    [[noreturn]] void fail(const std::string& what) const {
        refuse(m_batchPath, m_where + ": " + what);
    }

private:
    // A name checked by the same function as the render option's; its message lists the names.
    template <typename Parse>
    auto named(const std::string& key, const Json& value, Parse parse) const {
        if (!value.is_string())
            fail("\"" + key + "\" must be a name (text)");
        try {
            return parse(value.get<std::string>());
        } catch (const Error& e) {
            fail("\"" + key + "\": " + e.what());
        }
    }

    void readKey(Key k, const std::string& key, const Json& value, RenderSpec& spec) const {
        switch (k) {
            case Key::Project:
                spec.project = path(key, value);
                break;
            case Key::Image:
                spec.image = path(key, value);
                break;
            case Key::Audio:
                spec.audio = path(key, value);
                break;
            case Key::DrivingVideo:
                spec.drivingVideo = path(key, value);
                break;
            case Key::Kps:
                spec.kps = path(key, value);
                break;
            case Key::Output:
                spec.output = path(key, value);
                break;
            case Key::Models:
                spec.models = path(key, value);
                break;
            case Key::Device:
                spec.device = named(key, value, devicePreferenceFromName);
                break;
            case Key::Dtype:
                spec.precision = named(key, value, precisionFromName);
                break;
            case Key::MotionPreset:
                spec.motionPreset = named(key, value, motion::parsePreset);
                break;
            case Key::Retarget:
                spec.retarget = named(key, value, faces::parseRetargetStrategy);
                break;
            case Key::BlinkAt:
                spec.blinkAt = times(key, value);
                break;
            case Key::PasteBack:
                spec.pasteBack = flag(key, value);
                break;
            case Key::NoCrop:
                spec.noCrop = flag(key, value);
                break;
        }
    }

    // A path relative to the batch file's folder, so a folder of jobs, inputs and outputs can
    // be moved (or mounted elsewhere on a render node) as a whole.
    std::string path(const std::string& key, const Json& value) const {
        if (!value.is_string() || value.get<std::string>().empty())
            fail("\"" + key + "\" must be a path (text)");
        // JSON can spell a NUL ("\u0000"), no file name can hold one: the system would end the
        // path there, so the job would read or write another file than the one it names, and
        // two jobs could write one output unnoticed ("a.mp4" and "a.mp4\u0000x").
        if (value.get<std::string>().find('\0') != std::string::npos)
            fail("\"" + key + "\" holds a NUL character (\\u0000), which no path can");
        return (m_folder / fs::path(value.get<std::string>())).lexically_normal().string();
    }

    double number(const ParameterSpec& parameter, const Json& value) const {
        if (!value.is_number())
            fail("\"" + std::string(parameter.key) + "\" must be a number, " +
                 describeRange(parameter));
        const double v = value.get<double>();
        if (const std::string problem = parameterProblem(parameter.id, v); !problem.empty())
            fail("\"" + std::string(parameter.key) + "\": " + problem);
        return v;
    }

    bool flag(const std::string& key, const Json& value) const {
        if (!value.is_boolean())
            fail("\"" + key + "\" must be true or false");
        return value.get<bool>();
    }

    std::vector<double> times(const std::string& key, const Json& value) const {
        std::vector<double> out;
        if (value.is_array())
            for (const Json& item : value) {
                if (!item.is_number() || !(item.get<double>() >= 0.0) ||
                    item.get<double>() > kLatestBlinkSeconds)
                    fail("\"" + key + "\" must be a list of times in seconds, each between 0 and " +
                         std::to_string(int(kLatestBlinkSeconds)));
                out.push_back(item.get<double>());
            }
        else
            fail("\"" + key + "\" must be a list of times in seconds");
        return out;
    }

    std::string m_batchPath;
    fs::path m_folder;
    std::string m_where;
};

std::string jobName(int index) {
    return "job " + std::to_string(index);
}

// The output a project job writes when it names none: the project's name with .mp4, beside it.
std::string defaultOutput(const std::string& project) {
    return fs::path(project).replace_extension(".mp4").string();
}

}  // namespace

BatchFile batchFromJson(const std::string& json, const std::string& batchPath) {
    const Json root = Json::parse(json, nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded())
        refuse(batchPath, "this is not a batch file: invalid JSON");
    const Json* jobs = &root;
    Json defaults = Json::object();
    if (root.is_object()) {
        for (const auto& [key, value] : root.items())
            if (key != "version" && key != "defaults" && key != "jobs")
                refuse(batchPath, "unknown key \"" + key +
                                      "\" (a batch file holds \"version\", \"defaults\" and "
                                      "\"jobs\")");
        if (const auto version = root.find("version"); version != root.end()) {
            if (!version->is_number_integer() || version->get<long long>() < 1)
                refuse(batchPath, "\"version\" must be a whole number from 1");
            if (version->get<long long>() > kBatchFormatVersion)
                refuse(batchPath, "the batch file is of version " +
                                      std::to_string(version->get<long long>()) +
                                      "; this VX Studio reads up to " +
                                      std::to_string(kBatchFormatVersion) + "; update it");
        }
        if (const auto d = root.find("defaults"); d != root.end()) {
            if (!d->is_object())
                refuse(batchPath, "\"defaults\" must be an object of job keys");
            defaults = *d;
        }
        const auto list = root.find("jobs");
        if (list == root.end())
            refuse(batchPath, "the batch file has no \"jobs\" list");
        jobs = &*list;
    }
    if (!jobs->is_array())
        refuse(batchPath, "\"jobs\" must be a list of jobs (project files or objects)");
    if (jobs->empty())
        refuse(batchPath, "the batch file lists no jobs");
    if (defaults.contains("output"))
        refuse(batchPath,
               "defaults: \"output\" belongs to each job (two jobs cannot write one "
               "file)");

    RenderSpec base;
    SpecReader(batchPath, "defaults").read(defaults, base);

    BatchFile batch;
    batch.path = batchPath;
    std::map<std::string, int> writers;  // output -> the job that writes it
    for (const Json& entry : *jobs) {
        BatchJob job;
        job.index = int(batch.jobs.size());
        job.spec = base;
        const SpecReader reader(batchPath, jobName(job.index));
        if (entry.is_string())
            reader.read(Json{{"project", entry}}, job.spec);
        else if (entry.is_object())
            reader.read(entry, job.spec);
        else
            reader.fail("a job is a project file (text) or an object of keys");
        RenderSpec& spec = job.spec;
        if (spec.project.empty() && (spec.image.empty() || spec.audio.empty()))
            reader.fail("a job needs \"image\" and \"audio\", or \"project\"");
        if (spec.output.empty()) {
            if (spec.project.empty())
                reader.fail("\"output\" is missing: name the video this job writes");
            spec.output = defaultOutput(spec.project);
        }
        const auto [other, added] = writers.emplace(outputIdentity(spec.output), job.index);
        if (!added)
            refuse(batchPath, jobName(other->second) + " and " + jobName(job.index) +
                                  " both write " + spec.output + "; give each job its own output");
        batch.jobs.push_back(std::move(job));
    }
    return batch;
}

BatchFile readBatchFile(const std::string& batchPath) {
    return batchFromJson(readSmallTextFile(batchPath), batchPath);
}

}  // namespace vx::studio
