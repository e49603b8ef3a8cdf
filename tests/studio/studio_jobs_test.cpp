// End to end: the astronaut photo and espeak-ng speech become MP4s, through the instant preview
// and through V-Express with the tiny model (scripts/make-tiny-model.py over the fixtures).
// The files are checked with ffprobe.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include "common/error.h"
#include "engine/pipeline/model_context.h"
#include "studio/model_cache.h"
#include "studio/preview_export.h"
#include "studio/render_job.h"
#include "support/test_support.h"

namespace {

namespace fs = std::filesystem;
const char* kAstronaut = "/usr/lib/python3/dist-packages/skimage/data/astronaut.png";

std::string run(const std::string& command) {
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    std::string out;
    char buffer[4096];
    while (pipe && fgets(buffer, sizeof buffer, pipe.get()))
        out += buffer;
    return out;
}

// "codec_name=h264|nb_frames=64|..." lines of ffprobe for each stream.
std::string probe(const fs::path& file) {
    return run("ffprobe -v error -show_entries stream=codec_name,nb_frames,duration -of compact '" +
               file.string() + "'");
}

double streamDuration(const std::string& probeText, const std::string& codec) {
    const auto at = probeText.find("codec_name=" + codec);
    if (at == std::string::npos)
        return -1.0;
    const auto d = probeText.find("duration=", at);
    return std::stod(probeText.substr(d + 9));
}

class StudioJobs : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new vx::test::TempDir;
        s_speech = s_dir->path() / "speech.wav";
        const std::string say = "espeak-ng -w '" + s_speech.string() +
                                "' 'Good morning, this is a short lesson about portraits.'";
        ASSERT_EQ(std::system(say.c_str()), 0)
            << "espeak-ng is needed (scripts/install-deps.sh test)";
    }
    static void TearDownTestSuite() { delete s_dir; }
    static inline vx::test::TempDir* s_dir = nullptr;
    static inline fs::path s_speech;
};

TEST_F(StudioJobs, PreviewExportWritesAPlayableMp4WithTheVoice) {
    vx::studio::PreviewExportRequest request;
    request.image = kAstronaut;
    request.audio = s_speech;
    request.output = s_dir->path() / "preview.mp4";
    request.performance.head =
        vx::motion::presetSettings(vx::motion::HeadMotionPreset::LivelySpeaker);
    int lastFrame = 0;
    vx::studio::JobCallbacks callbacks;
    callbacks.progress = [&](const vx::studio::JobProgress& p) {
        lastFrame = std::max(lastFrame, p.framesDone);
    };
    const auto result = vx::studio::exportPreview(request, callbacks);
    const std::string info = probe(request.output);
    EXPECT_NE(info.find("codec_name=h264"), std::string::npos) << info;
    EXPECT_NE(info.find("nb_frames=" + std::to_string(result.frameCount)), std::string::npos)
        << info;
    EXPECT_NEAR(streamDuration(info, "aac"), result.durationSeconds, 1.0 / 30 + 0.03) << info;
    EXPECT_EQ(lastFrame, result.frameCount);
}

TEST_F(StudioJobs, CancelledPreviewLeavesNoFile) {
    vx::studio::PreviewExportRequest request;
    request.image = kAstronaut;
    request.audio = s_speech;
    request.output = s_dir->path() / "cancelled.mp4";
    int frames = 0;
    vx::studio::JobCallbacks callbacks;
    callbacks.progress = [&](const vx::studio::JobProgress& p) { frames = p.framesDone; };
    callbacks.shouldAbort = [&] { return frames >= 5; };
    try {
        vx::studio::exportPreview(request, callbacks);
        FAIL() << "the export was not cancelled";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::Cancelled);
    }
    EXPECT_FALSE(fs::exists(request.output));
    for (const auto& entry : fs::directory_iterator(s_dir->path()))
        EXPECT_EQ(entry.path().extension() == ".mp4" && entry.path().filename() != "preview.mp4" &&
                      entry.path().filename() != "render.mp4",
                  false)
            << "left behind: " << entry.path();
}

TEST_F(StudioJobs, TinyModelRendersTheAstronautWithBothStreams) {
    VX_REQUIRE_FIXTURES();
    const fs::path models = s_dir->path() / "tiny";
    ASSERT_EQ(vx::test::runPython(vx::test::sourceDir() / "scripts" / "make-tiny-model.py",
                                  {models.string(), vx::test::fixturesDir().string()}),
              0);
    vx::studio::RenderJobRequest request;
    request.image = kAstronaut;
    request.audio = s_speech;
    request.models = models / "model_ckpts";
    request.output = s_dir->path() / "render.mp4";
    request.portrait.sidePx = 64;
    request.engine.steps = 2;
    // Chunks of 0.6 s with 0.2 s of context: the voice takes the long-recording path.
    request.engine.wav2vec2ChunkFrames = 30;
    request.engine.wav2vec2ChunkMarginFrames = 10;
    request.device = vx::engine::DevicePreference::Cpu;
    request.performance.blinks.manualBlinkSec = {0.5};
    using vx::studio::JobStage;
    std::vector<JobStage> stages;
    vx::studio::JobCallbacks callbacks;
    callbacks.progress = [&](const vx::studio::JobProgress& p) {
        if (stages.empty() || stages.back() != p.stage)
            stages.push_back(p.stage);
    };
    const auto result = vx::studio::renderVideo(request, callbacks);
    ASSERT_GT(result.frameCount, 24);
    // V-Express's frame count: 20n + 4 frames spread over the whole voice.
    EXPECT_EQ((result.frameCount - 4) % 20, 0);
    EXPECT_NEAR(result.fps, result.frameCount / result.durationSeconds, 1e-9);
    const std::string info = probe(request.output);
    EXPECT_NE(info.find("codec_name=h264"), std::string::npos) << info;
    EXPECT_NE(info.find("codec_name=aac"), std::string::npos) << info;
    EXPECT_NE(info.find("nb_frames=" + std::to_string(result.frameCount)), std::string::npos)
        << info;
    EXPECT_NEAR(streamDuration(info, "h264"), result.durationSeconds, 1.0 / result.fps + 1e-3)
        << info;
    EXPECT_NEAR(streamDuration(info, "aac"), result.durationSeconds, 1.0 / result.fps + 0.03)
        << info;
    // Every stage, each once, in pipeline order.
    const std::vector<JobStage> expectedOrder = {
        JobStage::Portrait,  JobStage::Audio,       JobStage::Models,
        JobStage::Reference, JobStage::KpsFeatures, JobStage::AudioFeatures,
        JobStage::Denoising, JobStage::Decoding,    JobStage::Encoding};
    EXPECT_EQ(stages, expectedOrder);

    // The timings cover every denoising step and window, and the stages add up to at most the
    // whole (post-passes and encoding are taken out of the decoding they happen in).
    using vx::studio::RenderPhase;
    const auto& t = result.timings;
    ASSERT_EQ(t.stepWindowSeconds.size(), 2u);
    const size_t windows = t.stepWindowSeconds[0].size();
    EXPECT_EQ(windows, size_t((result.frameCount - 4) / 20));
    double windowSum = 0.0;
    for (const auto& step : t.stepWindowSeconds) {
        EXPECT_EQ(step.size(), windows);
        for (double w : step) {
            EXPECT_GT(w, 0.0);
            windowSum += w;
        }
    }
    EXPECT_LE(windowSum, t.seconds(RenderPhase::Denoising) + 1e-6);
    double phases = 0.0;
    for (double s : t.phaseSeconds) {
        EXPECT_GE(s, 0.0);
        phases += s;
    }
    EXPECT_LE(phases, t.totalSeconds + 1e-6);
    EXPECT_GT(t.seconds(RenderPhase::ModelLoad), 0.0);
    EXPECT_GT(t.seconds(RenderPhase::Decoding), 0.0);
    EXPECT_GT(t.seconds(RenderPhase::Encoding), 0.0);
    EXPECT_GT(t.peakRssBytes, 0);
    EXPECT_EQ(t.peakVramBytes, 0);  // on the CPU
}

TEST_F(StudioJobs, ModelCacheLoadsOncePerFolderDeviceAndPrecision) {
    VX_REQUIRE_FIXTURES();
    const fs::path models = s_dir->path() / "tiny-cache";
    ASSERT_EQ(vx::test::runPython(vx::test::sourceDir() / "scripts" / "make-tiny-model.py",
                                  {models.string(), vx::test::fixturesDir().string()}),
              0);
    const std::string folder = (models / "model_ckpts").string();
    vx::studio::ModelCache cache;
    vx::engine::ModelLoadOptions fp32;
    fp32.device = vx::engine::DevicePreference::Cpu;
    fp32.precision = vx::engine::Precision::Float32;
    const auto first = cache.acquire(folder, fp32);
    const auto again = cache.acquire(folder + "/", fp32);  // the same folder spelled otherwise
    EXPECT_EQ(first.get(), again.get());
    EXPECT_EQ(cache.loadCount(), 1);
    vx::engine::ModelLoadOptions bf16 = fp32;
    bf16.precision = vx::engine::Precision::BFloat16;
    const auto other = cache.acquire(folder, bf16);
    EXPECT_EQ(cache.loadCount(), 2);
    EXPECT_EQ(other->dtype(), torch::kBFloat16);
    cache.release();
    EXPECT_FALSE(cache.holdsModel());
    EXPECT_EQ(first->dtype(), torch::kFloat32);  // a holder keeps its model after release
}

TEST_F(StudioJobs, MissingModelFolderIsAModelErrorAndLeavesNoFile) {
    vx::studio::RenderJobRequest request;
    request.image = kAstronaut;
    request.audio = s_speech;
    request.models = s_dir->path() / "no-such-models";
    request.output = s_dir->path() / "never.mp4";
    try {
        vx::studio::renderVideo(request, {});
        FAIL() << "rendered without a model folder";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::Model) << e.what();
    }
    EXPECT_FALSE(fs::exists(request.output));
}

}  // namespace
