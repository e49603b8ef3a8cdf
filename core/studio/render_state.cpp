#include "studio/render_state.h"

#include <torch/torch.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <vector>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/log.h"
#include "studio/render_fingerprint.h"

namespace vx::studio {

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

constexpr int kFormat = 1;
const char* const kStateFile = "state.json";

const std::pair<torch::ScalarType, const char*> kTypes[] = {
    {torch::kFloat32, "float32"},
    {torch::kFloat16, "float16"},
    {torch::kBFloat16, "bfloat16"},
};

const char* typeName(torch::ScalarType type) {
    for (const auto& [t, name] : kTypes)
        if (t == type)
            return name;
    throw Error(ErrorKind::Internal, "latents of an unexpected type cannot be saved");
}

torch::ScalarType typeNamed(const std::string& name) {
    for (const auto& [t, n] : kTypes)
        if (name == n)
            return t;
    throw std::runtime_error("unknown latents type " + name);
}

std::string numbered(const char* pattern, int value) {
    char name[64];
    std::snprintf(name, sizeof name, pattern, value);
    return name;
}

fs::path framePath(const fs::path& folder, int index) {
    return folder / "frames" / numbered("%06d.png", index);
}

std::string readWhole(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(path.filename().string() + " cannot be read");
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::string checksumOf(const char* data, size_t size) {
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx",
                  static_cast<unsigned long long>(fnv1a(std::string_view(data, size))));
    return hex;
}

std::string progressText(int stepsDone, int steps, int framesDone, int frames) {
    if (stepsDone < steps)
        return std::to_string(stepsDone) + " of " + std::to_string(steps) + " denoising steps done";
    return "all " + std::to_string(steps) + " denoising steps done, " + std::to_string(framesDone) +
           " of " + std::to_string(frames) + " frames written";
}

struct StateFile {
    std::string fingerprint;
    int steps = 0;
    int frames = 0;
    int stepsDone = 0;
    std::string runtime;
    std::string latentsFile;
    std::vector<int64_t> shape;
    std::string type;
    std::string checksum;
};

// Throws std::exception when the file is missing or does not hold a state of this format.
StateFile readStateFile(const fs::path& folder) {
    const Json json = Json::parse(readWhole(folder / kStateFile));
    if (json.at("format").get<int>() != kFormat)
        throw std::runtime_error("a state of another format");
    StateFile s;
    s.fingerprint = json.at("fingerprint").get<std::string>();
    s.steps = json.at("steps").get<int>();
    s.frames = json.at("frames").get<int>();
    s.stepsDone = json.at("stepsDone").get<int>();
    s.runtime = json.at("runtime").get<std::string>();
    s.latentsFile = json.at("latents").at("file").get<std::string>();
    s.shape = json.at("latents").at("shape").get<std::vector<int64_t>>();
    s.type = json.at("latents").at("type").get<std::string>();
    s.checksum = json.at("latents").at("checksum").get<std::string>();
    if (s.steps < 1 || s.frames < 1 || s.stepsDone < 1 || s.stepsDone > s.steps ||
        s.latentsFile.find('/') != std::string::npos)
        throw std::runtime_error("values out of range");
    return s;
}

int countSavedFrames(const fs::path& folder, int frames) {
    int count = 0;
    std::error_code error;
    while (count < frames && fs::is_regular_file(framePath(folder, count), error))
        ++count;
    return count;
}

}  // namespace

fs::path renderStateFolder(const fs::path& output) {
    return fs::path(output.string() + ".vxrender");
}

std::optional<std::string> describeRenderState(const fs::path& output) {
    const fs::path folder = renderStateFolder(output);
    try {
        const StateFile s = readStateFile(folder);
        const int framesDone = s.stepsDone == s.steps ? countSavedFrames(folder, s.frames) : 0;
        return progressText(s.stepsDone, s.steps, framesDone, s.frames);
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

RenderState::RenderState(fs::path output, std::string fingerprint, int steps, ResumePolicy policy)
    : m_folder(renderStateFolder(output)), m_fingerprint(std::move(fingerprint)), m_steps(steps) {
    std::error_code error;
    if (!fs::exists(m_folder, error))
        return;
    if (policy == ResumePolicy::Restart) {
        fs::remove_all(m_folder, error);
        m_notes.push_back("the interrupted render's state " + m_folder.string() +
                          " was discarded; starting over");
        return;
    }
    StateFile s;
    try {
        s = readStateFile(m_folder);
    } catch (const std::exception& e) {
        // Killed before its first step was saved, or damaged: nothing in it can be used.
        fs::remove_all(m_folder, error);
        m_notes.push_back("the unusable resume state " + m_folder.string() + " (" + e.what() +
                          ") was discarded; starting over");
        return;
    }
    const int framesDone = s.stepsDone == s.steps ? countSavedFrames(m_folder, s.frames) : 0;
    const std::string progress = progressText(s.stepsDone, s.steps, framesDone, s.frames);
    if (policy == ResumePolicy::RefuseExisting)
        throw Error(ErrorKind::BadInput,
                    "an interrupted render of this output is saved here (" + progress +
                        "); add --resume to continue it, or --restart to discard it and start "
                        "over",
                    m_folder.string());
    if (s.fingerprint != m_fingerprint || s.steps != steps)
        throw Error(ErrorKind::BadInput,
                    "the settings or input files changed since this render was interrupted (" +
                        progress +
                        "), so it cannot be continued; render with the earlier settings to "
                        "continue it, or add --restart to discard it and start over",
                    m_folder.string());
    const fs::path latentsPath = m_folder / s.latentsFile;
    try {
        const std::string bytes = readWhole(latentsPath);
        const torch::ScalarType type = typeNamed(s.type);
        int64_t expected = int64_t(torch::elementSize(type));
        for (int64_t d : s.shape)
            expected *= d;
        if (int64_t(bytes.size()) != expected ||
            checksumOf(bytes.data(), bytes.size()) != s.checksum)
            throw std::runtime_error("its size or checksum does not match the state");
        m_point.latents =
            torch::from_blob(const_cast<char*>(bytes.data()), s.shape, torch::dtype(type)).clone();
    } catch (const std::exception& e) {
        throw Error(ErrorKind::BadInput,
                    std::string("the saved latents cannot be used: ") + e.what() +
                        "; add --restart to discard the state and start over",
                    latentsPath.string());
    }
    m_frames = s.frames;
    m_latentsFile = s.latentsFile;
    m_point.stepsDone = s.stepsDone;
    m_point.framesDone = framesDone;
    m_point.runtime = s.runtime;
    m_notes.push_back("resuming the interrupted render from " + m_folder.string() + ": " +
                      progress);
}

void RenderState::requireCompatible(int frameCount, const std::string& runtime) const {
    if (m_point.stepsDone == 0)
        return;
    if (frameCount != m_frames)
        throw Error(ErrorKind::BadInput,
                    "the interrupted render had " + std::to_string(m_frames) +
                        " frames and this one has " + std::to_string(frameCount) +
                        "; add --restart to discard it and start over",
                    m_folder.string());
    if (runtime != m_point.runtime)
        throw Error(ErrorKind::BadInput,
                    "the interrupted render ran on " + m_point.runtime +
                        " and this one would run on " + runtime +
                        "; choose the same device and precision (--device, --dtype) to continue "
                        "it, or add --restart to discard it and start over",
                    m_folder.string());
}

void RenderState::saveStep(int stepsDone, int frameCount, const torch::Tensor& latents,
                           const std::string& runtime) {
    std::error_code error;
    fs::create_directories(m_folder, error);
    if (error)
        throw Error(ErrorKind::Io,
                    "the resume state cannot be created: " + error.message() +
                        "; choose another output folder or free some disk space",
                    m_folder.string());
    const torch::Tensor values = latents.to(torch::kCPU).contiguous();
    const std::string name = numbered("latents-after-step-%03d.bin", stepsDone);
    const auto* data = static_cast<const char*>(values.data_ptr());
    const size_t size = values.nbytes();
    writeFileAtomically(m_folder / name, std::string_view(data, size));
    const std::string previous = m_latentsFile;
    m_latentsFile = name;
    m_frames = frameCount;
    m_point.stepsDone = stepsDone;
    m_point.runtime = runtime;
    const Json json = {
        {"format", kFormat},
        {"fingerprint", m_fingerprint},
        {"steps", m_steps},
        {"frames", m_frames},
        {"stepsDone", stepsDone},
        {"runtime", runtime},
        {"latents",
         {{"file", name},
          {"shape", values.sizes().vec()},
          {"type", typeName(values.scalar_type())},
          {"checksum", checksumOf(data, size)}}},
    };
    writeFileAtomically(m_folder / kStateFile, json.dump(2));
    if (!previous.empty() && previous != name)
        fs::remove(m_folder / previous, error);
}

void RenderState::saveFrame(int index, const cv::Mat& rgb) {
    const fs::path path = framePath(m_folder, index);
    std::error_code error;
    fs::create_directories(path.parent_path(), error);
    if (error)
        throw Error(ErrorKind::Io,
                    "the resume state cannot be written: " + error.message() +
                        "; choose another output folder or free some disk space",
                    path.parent_path().string());
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    std::vector<uchar> png;
    // Fast, lossless: the resumed video must be the uninterrupted one.
    cv::imencode(".png", bgr, png, {cv::IMWRITE_PNG_COMPRESSION, 1});
    writeFileAtomically(path,
                        std::string_view(reinterpret_cast<const char*>(png.data()), png.size()));
}

cv::Mat RenderState::loadFrame(int index) const {
    const fs::path path = framePath(m_folder, index);
    cv::Mat bgr = cv::imread(path.string(), cv::IMREAD_COLOR);
    if (bgr.empty())
        throw Error(ErrorKind::BadInput,
                    "a saved frame cannot be read; add --restart to discard the state and start "
                    "over",
                    path.string());
    cv::Mat rgb;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    return rgb;
}

void RenderState::remove() {
    std::error_code error;
    fs::remove_all(m_folder, error);
    if (error)
        log::warning("render", "the finished render's state " + m_folder.string() +
                                   " could not be removed: " + error.message());
}

}  // namespace vx::studio
