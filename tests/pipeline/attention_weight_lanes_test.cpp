// Keyframed attention weights (RenderParams::*AttentionWeightPerFrame) on a cut-down version of
// the fixture's pipeline_case (10 frames in 3 small windows): a constant lane renders bit for
// bit as the scalar, a lane that changes halfway changes only the frames the windows around the
// change reach, and unusable lanes are refused before any work.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "common/error.h"
#include "engine/io/safetensors_reader.h"
#include "engine/pipeline/context_windows.h"
#include "engine/pipeline/model_context.h"
#include "engine/pipeline/pipeline.h"
#include "pipeline/fixture_model.h"
#include "pipeline/pipeline_case.h"
#include "support/test_support.h"

namespace {

using vx::engine::RenderCallbacks;
using vx::engine::RenderInputs;
using vx::engine::RenderParams;
constexpr double kTolerance = 1e-3;  // the parity tests' fixture tolerance

// Loaded once for every test of this file (CPU, fp32, no wav2vec2: the case replaces it).
class AttentionWeightLanes : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        if (!vx::test::haveFixtures())
            return;
        // These renders are compared with each other, not timed: one thread keeps them at a
        // second or two on a busy two-core machine, where two threads waiting on each other
        // made them up to ten times slower (measured).
        at::set_num_threads(1);
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

    // The case's settings, cut down so a render takes a fraction of the case's time (a UNet call
    // costs about the same for 4 frames as for 24): 2 steps, windows of 4 frames overlapping by
    // 1 (10 frames are 3 windows, none reflected). No median filter: it mixes neighbouring
    // frames after decoding, which would blur which frames the lanes reached.
    static RenderParams smallParams() {
        RenderParams params = vx::test::pipelineCaseParams(*s_case);
        params.steps = 2;
        params.contextFrames = 4;
        params.contextOverlap = 1;
        params.medianFilter = false;
        return params;
    }

    // The case's inputs for kFrames frames (seeded noise, the case's audio states spread over
    // them).
    static RenderInputs smallInputs() {
        RenderInputs inputs = vx::test::pipelineCaseInputs(*s_case, false);
        inputs.frameCount = kFrames;
        return inputs;
    }

    // The decoded frames [L, 3, H, W].
    static torch::Tensor renderFrames(const RenderParams& params) {
        std::vector<torch::Tensor> frames;
        RenderCallbacks callbacks;
        callbacks.frameSink = [&frames](int64_t, const torch::Tensor& frame) {
            frames.push_back(frame.clone());
        };
        vx::engine::render(*s_model, params, smallInputs(), callbacks);
        return torch::stack(frames, 0);
    }

    // Expects BadInput before any stage starts, with every piece of `expected` in the message.
    static void expectRefused(const RenderParams& params,
                              const std::vector<std::string>& expected) {
        RenderCallbacks callbacks;
        bool started = false;
        callbacks.stageStarted = [&started](vx::engine::RenderStage) { started = true; };
        try {
            vx::engine::render(*s_model, params, smallInputs(), callbacks);
            ADD_FAILURE() << "the render was not refused";
        } catch (const vx::Error& e) {
            EXPECT_EQ(e.kind(), vx::ErrorKind::BadInput) << e.what();
            for (const std::string& piece : expected)
                EXPECT_NE(std::string(e.what()).find(piece), std::string::npos)
                    << "\"" << piece << "\" missing from: " << e.what();
        }
        EXPECT_FALSE(started) << "work started before the lanes were checked";
    }

    static constexpr int64_t kFrames = 10;

    static std::unique_ptr<vx::engine::ModelContext> s_model;
    static std::unique_ptr<vx::test::PipelineCase> s_case;
    static std::string s_loadError;
};

std::unique_ptr<vx::engine::ModelContext> AttentionWeightLanes::s_model;
std::unique_ptr<vx::test::PipelineCase> AttentionWeightLanes::s_case;
std::string AttentionWeightLanes::s_loadError;

// Frames whose latents a change of weights at frame `change` can reach in `steps` steps: the
// frames of the windows holding frames of both sides, then, one step further each, the frames
// of every window that shares a frame with those already reached.
std::set<int64_t> framesReachedByChange(const std::vector<std::vector<int64_t>>& windows,
                                        int64_t change, int64_t steps) {
    std::set<int64_t> reached;
    for (const auto& window : windows) {
        const auto [first, last] = std::minmax_element(window.begin(), window.end());
        if (*first < change && *last >= change)
            reached.insert(window.begin(), window.end());
    }
    for (int64_t s = 1; s < steps; ++s) {
        std::set<int64_t> next = reached;
        for (const auto& window : windows) {
            const bool touches = std::any_of(window.begin(), window.end(),
                                             [&reached](int64_t f) { return reached.count(f); });
            if (touches)
                next.insert(window.begin(), window.end());
        }
        reached = next;
    }
    return reached;
}

// A lane of one value renders exactly as that value given as the scalar (the scalars are set
// to something else so the lanes must be what is used).
TEST_F(AttentionWeightLanes, AConstantLaneRendersBitForBitAsTheScalar) {
    const RenderParams scalar = smallParams();
    RenderParams lanes = scalar;
    lanes.referenceAttentionWeight = 1.0;
    lanes.audioAttentionWeight = 1.0;
    lanes.referenceAttentionWeightPerFrame.assign(kFrames, scalar.referenceAttentionWeight);
    lanes.audioAttentionWeightPerFrame.assign(kFrames, scalar.audioAttentionWeight);
    const torch::Tensor expected = renderFrames(scalar);
    const torch::Tensor actual = renderFrames(lanes);
    ASSERT_EQ(actual.size(0), kFrames);
    EXPECT_TRUE(torch::equal(actual, expected))
        << "max abs difference " << vx::test::maxAbsError(actual, expected);
}

// Weights A for the first half and B for the second, over several context windows: frames no window
// around the change reaches render as the constant-A or constant-B clip, and the frames at the
// change differ from their own half's constant clip.
TEST_F(AttentionWeightLanes, HalvesFollowTheirConstantRendersAwayFromTheChange) {
    RenderParams a = smallParams();
    a.steps = 1;  // a change spreads by one window per step: one step leaves frames far from it
    a.referenceAttentionWeight = 0.95;
    a.audioAttentionWeight = 3.0;
    RenderParams b = a;
    b.referenceAttentionWeight = 1.15;
    b.audioAttentionWeight = 1.0;
    const int64_t half = kFrames / 2;  // 0-4 A, 5-9 B: only the window 3-6 holds both
    RenderParams mixed = a;
    for (int64_t f = 0; f < kFrames; ++f) {
        const RenderParams& source = f < half ? a : b;
        mixed.referenceAttentionWeightPerFrame.push_back(source.referenceAttentionWeight);
        mixed.audioAttentionWeightPerFrame.push_back(source.audioAttentionWeight);
    }
    const auto windows = vx::engine::contextWindows(kFrames, {a.contextFrames, a.contextOverlap});
    ASSERT_EQ(windows.size(), 3u);
    const std::set<int64_t> reached = framesReachedByChange(windows, half, a.steps);
    ASSERT_LT(reached.size(), static_cast<size_t>(kFrames)) << "no frame is far from the change";

    const torch::Tensor onlyA = renderFrames(a);
    const torch::Tensor onlyB = renderFrames(b);
    const torch::Tensor both = renderFrames(mixed);
    ASSERT_EQ(both.size(0), kFrames);
    EXPECT_GT(vx::test::maxAbsError(onlyA, onlyB), kTolerance) << "A and B render alike";
    int64_t farFrames = 0;
    for (int64_t f = 0; f < kFrames; ++f) {
        if (reached.count(f))
            continue;
        ++farFrames;
        const torch::Tensor& own = f < half ? onlyA : onlyB;
        EXPECT_LE(vx::test::maxAbsError(both[f], own[f]), kTolerance) << "frame " << f;
    }
    EXPECT_GE(farFrames, 6);
    for (int64_t f : {half - 1, half}) {
        const torch::Tensor& own = f < half ? onlyA : onlyB;
        EXPECT_GT(vx::test::maxAbsError(both[f], own[f]), kTolerance)
            << "frame " << f << " at the change renders as its own half's constant clip";
    }
}

TEST_F(AttentionWeightLanes, ALaneOfTheWrongLengthIsRefused) {
    RenderParams params = smallParams();
    params.audioAttentionWeightPerFrame.assign(kFrames - 1, 2.0);
    expectRefused(params, {"audioAttentionWeightPerFrame", "9 values", "10 frames", "[0, 10]"});
    params = smallParams();
    params.referenceAttentionWeightPerFrame.assign(kFrames + 1, 1.0);
    expectRefused(params, {"referenceAttentionWeightPerFrame", "11 values", "10 frames"});
}

TEST_F(AttentionWeightLanes, ANonFiniteWeightIsRefusedNamingItsFrame) {
    RenderParams params = smallParams();
    params.referenceAttentionWeightPerFrame.assign(kFrames, 1.0);
    params.referenceAttentionWeightPerFrame[5] = std::nan("");
    expectRefused(params, {"referenceAttentionWeightPerFrame", "frame 5", "[0, 10]"});
    params = smallParams();
    params.audioAttentionWeightPerFrame.assign(kFrames, 2.0);
    params.audioAttentionWeightPerFrame[kFrames - 1] = std::numeric_limits<double>::infinity();
    expectRefused(params, {"audioAttentionWeightPerFrame", "frame 9", "[0, 10]"});
}

TEST_F(AttentionWeightLanes, AWeightOutOfRangeIsRefusedNamingItsFrame) {
    RenderParams params = smallParams();
    params.audioAttentionWeightPerFrame.assign(kFrames, 2.0);
    params.audioAttentionWeightPerFrame[7] = 10.5;
    expectRefused(params, {"audioAttentionWeightPerFrame", "frame 7", "[0, 10]"});
    params = smallParams();
    params.referenceAttentionWeightPerFrame.assign(kFrames, 1.0);
    params.referenceAttentionWeightPerFrame[0] = -0.25;
    expectRefused(params, {"referenceAttentionWeightPerFrame", "frame 0", "[0, 10]"});
    // The scalars obey the same range.
    params = smallParams();
    params.audioAttentionWeight = 50.0;
    expectRefused(params, {"audioAttentionWeight", "[0, 10]"});
}

}  // namespace
