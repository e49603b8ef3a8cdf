// The whole V-Express pipeline on the fixture's pipeline_case: 44 frames at 64x64, 3 steps,
// guidance 3.5, fixed audio hidden states and initial latents, compared with the frames the
// original Python pipeline produced; plus cancellation, frame delivery and seeding.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cstdlib>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "common/error.h"
#include "engine/io/safetensors_reader.h"
#include "engine/pipeline/model_context.h"
#include "engine/pipeline/pipeline.h"
#include "faces/kps_drawing.h"
#include "pipeline/fixture_model.h"
#include "pipeline/pipeline_case.h"
#include "support/test_support.h"

namespace {

using vx::engine::ModelContext;
using vx::engine::RenderCallbacks;
using vx::engine::RenderInputs;
using vx::engine::RenderParams;
constexpr double kTolerance = 1e-3;

// Loaded once for every test of this file (CPU, fp32, no wav2vec2: the case replaces it).
class PipelineFixture : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        if (!vx::test::haveFixtures())
            return;
        vx::test::loadFixtureModel(s_model, s_case, s_loadError);
    }
    static void TearDownTestSuite() {
        s_model.reset();
        s_case.reset();
    }
    void SetUp() override {
        VX_REQUIRE_FIXTURES();
        ASSERT_TRUE(s_model && s_case) << "loading the fixture model failed: " << s_loadError;
    }

    static RenderParams caseParams() { return vx::test::pipelineCaseParams(*s_case); }
    static RenderInputs caseInputs(bool withInitialLatents) {
        return vx::test::pipelineCaseInputs(*s_case, withInitialLatents);
    }

    static std::unique_ptr<ModelContext> s_model;
    static std::unique_ptr<vx::test::PipelineCase> s_case;
    static std::string s_loadError;
};

std::unique_ptr<ModelContext> PipelineFixture::s_model;
std::unique_ptr<vx::test::PipelineCase> PipelineFixture::s_case;
std::string PipelineFixture::s_loadError;

// Collects frames and the order in which the pipeline produced and delivered them.
struct FrameLog {
    std::vector<torch::Tensor> raw;
    std::vector<torch::Tensor> final;
    std::vector<int64_t> finalIndices;
    std::vector<std::string> events;  // "raw 3", "final 2", ...

    void attach(RenderCallbacks& callbacks) {
        callbacks.rawFrameSink = [this](int64_t i, const torch::Tensor& frame) {
            raw.push_back(frame.clone());
            events.push_back("raw " + std::to_string(i));
        };
        callbacks.frameSink = [this](int64_t i, const torch::Tensor& frame) {
            final.push_back(frame.clone());
            finalIndices.push_back(i);
            events.push_back("final " + std::to_string(i));
        };
    }
    // [3, T, H, W] like the fixture's videos.
    static torch::Tensor video(const std::vector<torch::Tensor>& frames) {
        return torch::stack(frames, 1);
    }
};

TEST_F(PipelineFixture, FullCaseMatchesTheOriginalBeforeAndAfterTheMedianFilter) {
    RenderCallbacks callbacks;
    FrameLog log;
    log.attach(callbacks);
    const auto result = vx::engine::render(*s_model, caseParams(), caseInputs(true), callbacks);
    EXPECT_EQ(result.frameCount, 44);
    ASSERT_EQ(log.raw.size(), 44u);
    ASSERT_EQ(log.final.size(), 44u);
    const double videoError =
        vx::test::maxAbsError(FrameLog::video(log.raw), s_case->tensor("video"));
    const double medianError =
        vx::test::maxAbsError(FrameLog::video(log.final), s_case->tensor("video_median_filtered"));
    std::cout << "[ measured ] max abs error video=" << videoError << " median=" << medianError
              << std::endl;
    EXPECT_LE(videoError, kTolerance);
    EXPECT_LE(medianError, kTolerance);
}

// The paths that keep memory flat on long clips (V-kps features per context window, the audio
// projection in chunks of frames) compute the same video.
TEST_F(PipelineFixture, MemorySavingPathsMatchTheOriginal) {
    RenderParams params = caseParams();
    params.kpsFeatureCacheBytes = 0;
    params.audioProjectionChunkFrames = 7;
    RenderCallbacks callbacks;
    FrameLog log;
    log.attach(callbacks);
    std::vector<std::string> messages;
    callbacks.log = [&messages](const std::string& text) { messages.push_back(text); };
    vx::engine::render(*s_model, params, caseInputs(true), callbacks);
    ASSERT_EQ(log.raw.size(), 44u);
    bool perWindow = false;
    for (const std::string& text : messages)
        perWindow = perWindow || text.find("per context window") != std::string::npos;
    EXPECT_TRUE(perWindow) << "the V-kps features were cached although the budget is 0";
    const double videoError =
        vx::test::maxAbsError(FrameLog::video(log.raw), s_case->tensor("video"));
    const double medianError =
        vx::test::maxAbsError(FrameLog::video(log.final), s_case->tensor("video_median_filtered"));
    std::cout << "[ measured ] per-window features: max abs error video=" << videoError
              << " median=" << medianError << std::endl;
    EXPECT_LE(videoError, kTolerance);
    EXPECT_LE(medianError, kTolerance);
}

// Frames arrive once each, in order, [3, H, W] fp32 on the CPU, and each filtered frame leaves
// before the decoder is two frames further: at most three decoded frames are ever held.
TEST_F(PipelineFixture, FramesAreDeliveredInOrderOneByOne) {
    RenderCallbacks callbacks;
    FrameLog log;
    log.attach(callbacks);
    vx::engine::render(*s_model, caseParams(), caseInputs(true), callbacks);
    ASSERT_EQ(log.finalIndices.size(), 44u);
    for (size_t i = 0; i < log.finalIndices.size(); ++i)
        EXPECT_EQ(log.finalIndices[i], static_cast<int64_t>(i));
    for (const auto& frame : log.final) {
        EXPECT_EQ(frame.sizes(), torch::IntArrayRef({3, 64, 64}));
        EXPECT_EQ(frame.scalar_type(), torch::kFloat32);
        EXPECT_TRUE(frame.device().is_cpu());
        EXPECT_GE(frame.min().item<float>(), 0.0f);
        EXPECT_LE(frame.max().item<float>(), 1.0f);
    }
    auto position = [&](const std::string& event) {
        for (size_t i = 0; i < log.events.size(); ++i)
            if (log.events[i] == event)
                return static_cast<int64_t>(i);
        return int64_t{-1};
    };
    for (int64_t i = 0; i + 2 < 44; ++i) {
        const int64_t delivered = position("final " + std::to_string(i));
        const int64_t decodedTwoLater = position("raw " + std::to_string(i + 2));
        ASSERT_GE(delivered, 0);
        EXPECT_LT(delivered, decodedTwoLater) << "frame " << i << " held too long";
    }
}

TEST_F(PipelineFixture, MedianFilterOffDeliversTheDecodedFrames) {
    RenderParams params = caseParams();
    params.medianFilter = false;
    RenderCallbacks callbacks;
    FrameLog log;
    log.attach(callbacks);
    vx::engine::render(*s_model, params, caseInputs(true), callbacks);
    ASSERT_EQ(log.final.size(), 44u);
    EXPECT_TRUE(vx::test::tensorsClose(FrameLog::video(log.final), FrameLog::video(log.raw), 0.0));
    EXPECT_LE(vx::test::maxAbsError(FrameLog::video(log.final), s_case->tensor("video")),
              kTolerance);
}

// Asked to stop once the first UNet call is done: Cancelled, no further UNet call, no frame.
TEST_F(PipelineFixture, CancellationAfterTheFirstUNetCall) {
    RenderCallbacks callbacks;
    int unetCalls = 0;
    callbacks.progress = [&](const vx::engine::RenderProgress& p) {
        if (p.stage == vx::engine::RenderStage::Denoising)
            ++unetCalls;
    };
    callbacks.shouldAbort = [&] { return unetCalls >= 1; };
    FrameLog log;
    log.attach(callbacks);
    try {
        vx::engine::render(*s_model, caseParams(), caseInputs(true), callbacks);
        FAIL() << "render finished although cancelled";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::Cancelled) << e.what();
    }
    EXPECT_EQ(unetCalls, 1);
    EXPECT_TRUE(log.raw.empty());
    EXPECT_TRUE(log.final.empty());
}

// The seeded draw (no initial latents, length from the audio duration) reproduces the case's
// initial_latents, so it gives the case's frames; and the same seed twice gives identical frames.
TEST_F(PipelineFixture, SeededRunsAreReproducibleAndMatchTheCase) {
    std::vector<torch::Tensor> runs;
    for (int i = 0; i < 2; ++i) {
        RenderCallbacks callbacks;
        FrameLog log;
        log.attach(callbacks);
        vx::engine::render(*s_model, caseParams(), caseInputs(false), callbacks);
        ASSERT_EQ(log.final.size(), 44u);
        runs.push_back(FrameLog::video(log.final));
    }
    EXPECT_TRUE(vx::test::tensorsClose(runs[0], runs[1], 0.0));
    EXPECT_LE(vx::test::maxAbsError(runs[0], s_case->tensor("video_median_filtered")), kTolerance);
    // Another seed draws other noise and renders other frames.
    RenderParams other = caseParams();
    other.seed += 1;
    RenderCallbacks callbacks;
    FrameLog log;
    log.attach(callbacks);
    vx::engine::render(*s_model, other, caseInputs(false), callbacks);
    EXPECT_GT(vx::test::maxAbsError(FrameLog::video(log.final), runs[0]), 1e-3);
}

TEST_F(PipelineFixture, SeededNoiseEqualsTheCaseLatents) {
    const torch::Tensor& expected = s_case->tensor("initial_latents");
    const torch::Tensor noise = vx::engine::seededNoise(
        expected.sizes().vec(), static_cast<uint64_t>(s_case->meta("seed")), torch::kFloat32);
    EXPECT_TRUE(vx::test::tensorsClose(noise, expected, 0.0));
    const torch::Tensor shifted = vx::engine::seededNoise(
        expected.sizes().vec(), static_cast<uint64_t>(s_case->meta("seed")), torch::kFloat32, 12);
    EXPECT_GT(vx::test::maxAbsError(shifted, expected), 1.0);
}

// A render resumed from the latents saved after any denoising step, or at any delivered frame
// after the last step, gives exactly the frames of the uninterrupted render.
TEST_F(PipelineFixture, ResumingAfterAnyStepOrFrameGivesTheUninterruptedFrames) {
    RenderCallbacks callbacks;
    FrameLog whole;
    whole.attach(callbacks);
    std::vector<torch::Tensor> saved;  // latents after 1, 2, ... steps
    callbacks.stepFinished = [&saved](int64_t stepsDone, const torch::Tensor& latents) {
        EXPECT_EQ(stepsDone, static_cast<int64_t>(saved.size()) + 1);
        saved.push_back(latents.clone());
    };
    const RenderParams params = caseParams();
    vx::engine::render(*s_model, params, caseInputs(true), callbacks);
    ASSERT_EQ(saved.size(), static_cast<size_t>(params.steps));
    const torch::Tensor expected = FrameLog::video(whole.final);

    // The last step's resume decodes only; one before it runs one step (each step costs seconds).
    for (int64_t done : {params.steps - 1, params.steps}) {
        RenderInputs inputs = caseInputs(true);
        inputs.initialLatents = saved[static_cast<size_t>(done - 1)];
        inputs.firstStep = done;
        RenderCallbacks resumed;
        FrameLog log;
        log.attach(resumed);
        std::set<int64_t> steps;
        resumed.progress = [&](const vx::engine::RenderProgress& p) {
            if (p.stage == vx::engine::RenderStage::Denoising && p.window > 0)
                steps.insert(p.step);
        };
        vx::engine::render(*s_model, params, inputs, resumed);
        EXPECT_EQ(steps.size(), static_cast<size_t>(params.steps - done)) << "after step " << done;
        if (!steps.empty()) {
            EXPECT_EQ(*steps.begin(), done) << "the first step run is the one after the saved one";
        }
        ASSERT_EQ(log.final.size(), 44u) << "after step " << done;
        EXPECT_TRUE(vx::test::tensorsClose(FrameLog::video(log.final), expected, 0.0))
            << "resumed after step " << done;
    }
    for (int64_t first : {1, 17, 43, 44}) {
        RenderInputs inputs = caseInputs(true);
        inputs.initialLatents = saved.back();
        inputs.firstStep = params.steps;
        inputs.firstFrame = first;
        RenderCallbacks resumed;
        FrameLog log;
        log.attach(resumed);
        vx::engine::render(*s_model, params, inputs, resumed);
        ASSERT_EQ(log.finalIndices.size(), static_cast<size_t>(44 - first)) << "from " << first;
        if (first == 44)
            continue;
        EXPECT_EQ(log.finalIndices.front(), first);
        EXPECT_EQ(log.raw.size(), static_cast<size_t>(44 - first + 1))
            << "decoding starts one frame early for the median filter";
        EXPECT_TRUE(vx::test::tensorsClose(FrameLog::video(log.final),
                                           expected.narrow(1, first, 44 - first), 0.0))
            << "resumed at frame " << first;
    }
}

TEST_F(PipelineFixture, AnImpossibleResumePointIsRefused) {
    const RenderParams params = caseParams();
    RenderInputs noLatents = caseInputs(false);
    noLatents.firstStep = 1;
    EXPECT_THROW(vx::engine::render(*s_model, params, noLatents), vx::Error);
    RenderInputs pastTheEnd = caseInputs(true);
    pastTheEnd.firstStep = params.steps + 1;
    EXPECT_THROW(vx::engine::render(*s_model, params, pastTheEnd), vx::Error);
    RenderInputs framesBeforeTheLastStep = caseInputs(true);
    framesBeforeTheLastStep.firstFrame = 3;
    EXPECT_THROW(vx::engine::render(*s_model, params, framesBeforeTheLastStep), vx::Error);
}

TEST_F(PipelineFixture, BadInputsAreRefused) {
    RenderInputs noAudio = caseInputs(true);
    noAudio.audioHiddenStates = torch::Tensor();
    EXPECT_THROW(vx::engine::render(*s_model, caseParams(), noAudio), vx::Error);
    RenderInputs wrongKps = caseInputs(true);
    wrongKps.kpsImage = [](int64_t) { return torch::zeros({32, 32, 3}, torch::kUInt8); };
    try {
        vx::engine::render(*s_model, caseParams(), wrongKps);
        FAIL() << "a wrongly sized V-kps image was accepted";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::BadInput);
    }
    RenderInputs samples = caseInputs(false);
    samples.audioHiddenStates = torch::Tensor();
    samples.audioSamples = torch::zeros({16000 * 2});
    try {
        vx::engine::render(*s_model, caseParams(), samples);
        FAIL() << "audio samples were accepted without wav2vec2";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::Model);
    }
}

}  // namespace
