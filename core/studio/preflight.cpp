#include "studio/preflight.h"

#include <torch/cuda.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <sstream>

#include "common/error.h"
#include "common/log.h"
#include "engine/config/hyperparameters.h"
#include "engine/pipeline/context_windows.h"
#include "engine/pipeline/host_memory.h"
#include "media/audio_decoder.h"
#include "studio/render_request_builder.h"
#include "studio/render_speed_cache.h"

namespace vx::studio {

namespace {

namespace fs = std::filesystem;

constexpr int64_t kMiB = 1024 * 1024;
// What a render needs besides the weights and the per-frame state (LibTorch, OpenCV, buffers).
constexpr int64_t kBaseHostBytes = 600 * kMiB;
// H.264 at the default quality: about this many bytes a second per 512x512 pixels (measured on
// talking heads at CRF 18: 1.5-2.5 Mbit/s).
constexpr double kOutputBytesPerSecondAt512 = 300e3;
// A lossless frame PNG (fast compression) of a photo: about half of the raw RGB.
constexpr double kPngRatio = 0.5;

fs::path speedCachePath() {
    return log::defaultFolder() / "render-speed.json";
}

std::string deviceOf(const RenderJobRequest& request) {
    if (request.device == engine::DevicePreference::Cpu)
        return "cpu";
    if (request.device == engine::DevicePreference::Cuda)
        return "cuda";
    return torch::cuda::is_available() ? "cuda" : "cpu";
}

int64_t elementBytes(const std::string& device, engine::Precision precision) {
    if (precision == engine::Precision::Float32 ||
        (precision == engine::Precision::Auto && device == "cpu"))
        return 4;
    return 2;
}

int64_t folderBytes(const fs::path& folder) {
    int64_t total = 0;
    std::error_code error;
    for (auto it = fs::recursive_directory_iterator(folder, error);
         !error && it != fs::recursive_directory_iterator(); it.increment(error))
        if (it->is_regular_file(error))
            total += int64_t(it->file_size(error));
    return total;
}

// The measurement of this model on this device closest in frame size, or null. The model is
// known by the size of its folder (the release and a small test model differ a thousandfold).
const SpeedMeasurement* closestMeasurement(const std::vector<SpeedMeasurement>& cache,
                                           const std::string& device, int side,
                                           int64_t modelBytes) {
    const SpeedMeasurement* best = nullptr;
    for (const SpeedMeasurement& m : cache) {
        if (m.device != device || m.modelBytes != modelBytes)
            continue;
        if (!best || std::abs(m.side - side) < std::abs(best->side - side))
            best = &m;
    }
    return best;
}

std::string sizeText(int64_t bytes) {
    std::ostringstream text;
    text.precision(bytes >= 10 * 1024 * kMiB ? 0 : 1);
    if (bytes >= 1024 * kMiB)
        text << std::fixed << double(bytes) / double(1024 * kMiB) << " GB";
    else
        text << std::fixed << double(bytes) / double(kMiB) << " MB";
    return text.str();
}

std::string durationText(double seconds) {
    const long s = std::lround(seconds);
    std::ostringstream text;
    if (s >= 3600)
        text << s / 3600 << " h " << (s % 3600) / 60 << " min";
    else if (s >= 60)
        text << s / 60 << " min " << s % 60 << " s";
    else
        text << s << " s";
    return text.str();
}

struct Shape {
    int frames = 0;
    int windows = 0;
};

Shape shapeOf(double seconds, double fps, const engine::RenderParams& params) {
    const engine::ContextWindowParams windowParams{params.contextFrames, params.contextOverlap};
    Shape shape;
    shape.frames = int(engine::videoLengthForDuration(seconds, fps, windowParams));
    shape.windows = int(engine::contextWindows(shape.frames, windowParams).size());
    return shape;
}

// Seconds for `steps` x `windows` UNet windows and `frames` decoded frames, from a measurement
// at its own side, scaled by the pixel count to `side`.
double timeFrom(const SpeedMeasurement& m, int side, int steps, int windows, int frames) {
    const double scale = std::pow(double(side) / double(m.side), 2.0);
    return m.fixedSeconds +
           scale * (m.secondsPerWindowStep * steps * windows + m.secondsPerFrame * frames);
}

}  // namespace

RenderPreflight preflightRender(const RenderJobRequest& request) {
    RenderPreflight p;
    p.device = deviceOf(request);
    p.side = request.portrait.sidePx;
    p.steps = int(request.engine.steps);
    const media::AudioInfo audio = media::probeAudio(request.audio);
    p.audioSeconds = request.audioRange
                         ? request.audioRange->endSeconds - request.audioRange->startSeconds
                         : audio.durationSeconds;
    const Shape shape = shapeOf(p.audioSeconds, request.engine.fps, request.engine);
    p.frames = shape.frames;
    p.windows = shape.windows;

    // Memory: the weights, the engine's per-frame state on the host (pipeline.cpp,
    // planHostMemory), and what a measurement at this size adds.
    const int64_t element = elementBytes(p.device, request.precision);
    const auto hyper = engine::releaseHyperparameters();
    const int64_t pixels = int64_t(p.side / 8) * int64_t(p.side / 8);
    const int64_t perFrame =
        element *
        (2 * 4 * pixels + hyper.audioProjection.numQueries * hyper.audioProjection.outputDim +
         hyper.vKpsGuider.conditioningEmbeddingChannels * pixels);
    const int64_t weights = folderBytes(request.models);
    p.hostBytes =
        kBaseHostBytes + (p.device == "cpu" ? weights : weights / 2) + perFrame * p.frames;
    p.freeHostBytes = engine::availableHostMemoryBytes();

    const std::vector<SpeedMeasurement> cache = readSpeedCache(speedCachePath());
    if (const SpeedMeasurement* m = closestMeasurement(cache, p.device, p.side, weights)) {
        p.seconds = timeFrom(*m, p.side, p.steps, p.windows, p.frames);
        // A Draft has the same frames, fewer steps, a smaller size.
        p.draftSeconds = timeFrom(*m, std::min(p.side, kDraftMaxSidePx),
                                  std::min(p.steps, kDraftMaxSteps), p.windows, p.frames);
        p.speedSource = "measured on this machine (" + m->device + ", " + std::to_string(m->side) +
                        " px, " + m->when + ")";
        if (m->side == p.side) {
            if (m->peakRssBytes > 0)
                p.hostBytes = std::max<int64_t>(
                    p.hostBytes / 2, m->peakRssBytes + perFrame * (p.frames - m->frames));
            p.deviceBytes = m->peakVramBytes;
        }
    } else {
        p.speedSource = "no render has been measured on this " + p.device +
                        " yet; the first one is, for the next estimates";
    }

    // Disk: the video, and the resume state at its largest (two latents files while one
    // replaces the other, every frame as PNG).
    const double scaleTo512 = double(p.side) * double(p.side) / (512.0 * 512.0);
    p.outputBytes =
        int64_t(kOutputBytesPerSecondAt512 * std::max(0.25, scaleTo512) * p.audioSeconds);
    const int64_t framePixels = int64_t(request.pasteBack ? 4 : 1) * p.side * p.side;
    p.stateBytes = 2 * 4 * pixels * element * p.frames +
                   int64_t(kPngRatio * 3.0 * double(framePixels)) * p.frames;
    std::error_code error;
    const fs::path folder =
        request.output.has_parent_path() ? request.output.parent_path() : fs::path(".");
    const auto space = fs::space(folder, error);
    p.freeDiskBytes = error ? 0 : int64_t(space.available);

    if (!error && p.outputBytes + p.stateBytes > p.freeDiskBytes)
        p.refusals.push_back("the output and its resume state need about " +
                             sizeText(p.outputBytes + p.stateBytes) + " on " + folder.string() +
                             " but " + sizeText(p.freeDiskBytes) +
                             " is free; free some space, choose another folder, or render a "
                             "shorter part");
    if (p.freeHostBytes > 0 && p.hostBytes > p.freeHostBytes)
        p.refusals.push_back("the render needs about " + sizeText(p.hostBytes) + " of memory and " +
                             sizeText(p.freeHostBytes) +
                             " is available; render a shorter part, a smaller size or a Draft, "
                             "or use fp16 on a GPU");
    if (p.device == "cpu" && p.seconds && *p.seconds > 15 * 60 && p.draftSeconds)
        p.warnings.push_back("a full render takes about " + durationText(*p.seconds) +
                             " on this CPU; a Draft takes about " + durationText(*p.draftSeconds));
    else if (p.device == "cpu" && !p.seconds && p.side >= 256)
        p.warnings.push_back(
            "a full render on the CPU takes hours for a clip of seconds at this "
            "size; try a Draft first");
    return p;
}

std::string RenderPreflight::format() const {
    std::ostringstream text;
    text << "pre-flight: " << frames << " frames (" << std::fixed;
    text.precision(1);
    text << audioSeconds << " s), " << steps << " steps x " << windows << " windows at " << side
         << " px on " << device << '\n';
    text << "  time:   " << (seconds ? "about " + durationText(*seconds) : std::string("unknown"))
         << " (" << speedSource << ")";
    if (draftSeconds)
        text << "; as a Draft about " << durationText(*draftSeconds);
    text << '\n';
    text << "  memory: about " << sizeText(hostBytes) << " of RAM (" << sizeText(freeHostBytes)
         << " available)";
    if (deviceBytes > 0)
        text << ", " << sizeText(deviceBytes) << " of GPU memory (measured)";
    text << '\n';
    text << "  disk:   about " << sizeText(outputBytes) << " for the video and "
         << sizeText(stateBytes) << " for the resume state (" << sizeText(freeDiskBytes)
         << " free)\n";
    for (const std::string& w : warnings)
        text << "  warning: " << w << '\n';
    for (const std::string& r : refusals)
        text << "  does not fit: " << r << '\n';
    return text.str();
}

void requireFits(const RenderPreflight& preflight, const RenderJobRequest& request) {
    if (preflight.refusals.empty())
        return;
    std::string message = preflight.refusals.front();
    for (size_t i = 1; i < preflight.refusals.size(); ++i)
        message += "; and " + preflight.refusals[i];
    throw Error(ErrorKind::Io, message, request.output.string());
}

void recordRenderSpeed(const RenderJobRequest& request, const RenderJobResult& result) {
    const RenderTimings& t = result.timings;
    int windowSteps = 0;
    for (const auto& step : t.stepWindowSeconds)
        windowSteps += int(step.size());
    if (windowSteps == 0 || result.frameCount <= 0)
        return;  // a render resumed after its last step measured no denoising
    const double denoise = t.seconds(RenderPhase::Denoising);
    const double perFrame = (t.seconds(RenderPhase::Decoding) + t.seconds(RenderPhase::PostPasses) +
                             t.seconds(RenderPhase::Encoding)) /
                            result.frameCount;
    const double fixed = std::max(0.0, t.totalSeconds - denoise - perFrame * result.frameCount);
    const std::string device = result.runtime.rfind("cuda", 0) == 0 ? "cuda" : "cpu";
    char when[32] = {};
    const std::time_t now = std::time(nullptr);
    std::strftime(when, sizeof when, "%Y-%m-%d", std::localtime(&now));
    SpeedMeasurement entry;
    entry.device = device;
    entry.side = request.portrait.sidePx;
    entry.modelBytes = folderBytes(request.models);
    entry.runtime = result.runtime;
    entry.secondsPerWindowStep = denoise / windowSteps;
    entry.secondsPerFrame = perFrame;
    entry.fixedSeconds = fixed;
    entry.frames = result.frameCount;
    entry.peakRssBytes = t.peakRssBytes;
    entry.peakVramBytes = t.peakVramBytes;
    entry.when = when;
    // The newest measurement of this device, size and model replaces the one before.
    std::vector<SpeedMeasurement> kept;
    for (SpeedMeasurement& m : readSpeedCache(speedCachePath()))
        if (!(m.device == entry.device && m.side == entry.side && m.modelBytes == entry.modelBytes))
            kept.push_back(std::move(m));
    kept.push_back(entry);
    try {
        std::error_code error;
        fs::create_directories(speedCachePath().parent_path(), error);
        writeSpeedCache(speedCachePath(), kept);
    } catch (const std::exception& e) {
        log::warning("render", std::string("the render speed was not recorded: ") + e.what());
    }
}

}  // namespace vx::studio
