// Keyframes on their way to the engine (render_request_builder.h, render_spec.h,
// keyframe_clip.h): the request carries the project's keyframes, its per-frame attention
// weights are the lanes evaluated at each frame and mapped through motion/expression_controls,
// and without keyframes (or with keyframes that change nothing) the weights stay empty and the
// request's JSON is what it was before keyframes.
#include <gtest/gtest.h>

#include <string>

#include "motion/expression_controls.h"
#include "studio/keyframe_clip.h"
#include "studio/keyframes.h"
#include "studio/render_request_builder.h"
#include "studio/render_request_json.h"
#include "studio/render_spec.h"

namespace {

using namespace vx::studio;
using L = KeyframeLane;

Keyframe key(double timeSec, double value, Interpolation toNext = Interpolation::Linear) {
    Keyframe k;
    k.timeSec = timeSec;
    k.value = value;
    k.toNext = toNext;
    return k;
}

Project project() {
    Project p;
    p.portraitPath = "/photos/teacher.png";
    p.audioPath = "/voice/lesson.wav";
    p.parameters.expressionPercent = 60.0;
    p.parameters.identityPercent = 45.0;
    return p;
}

RenderTarget target() {
    RenderTarget t;
    t.output = "/renders/lesson.mp4";
    t.models = "/models";
    return t;
}

TEST(KeyframeRequest, PerFrameWeightsAreTheLanesMappedThroughTheExpressionControls) {
    Project p = project();
    addKey(p.keyframes, L::Expression, key(0.0, 20.0, Interpolation::Smooth));
    addKey(p.keyframes, L::Expression, key(2.0, 100.0, Interpolation::Hold));
    addKey(p.keyframes, L::Expression, key(3.0, 40.0));
    addKey(p.keyframes, L::Identity, key(1.0, 10.0));
    addKey(p.keyframes, L::Identity, key(4.0, 90.0));
    RenderJobRequest request = buildRenderRequest(p, target());
    EXPECT_EQ(request.keyframes, p.keyframes);

    // A range render: frames 12..(12+72) of a 120-frame recording at 24 fps.
    const double fps = 24.0;
    const int wholeFrames = 120, firstFrame = 12, frames = 72;
    applyKeyframeWeights(request.keyframes, request.performance, wholeFrames, fps, firstFrame,
                         frames, request.engine);
    ASSERT_EQ(request.engine.audioAttentionWeightPerFrame.size(), std::size_t(frames));
    ASSERT_EQ(request.engine.referenceAttentionWeightPerFrame.size(), std::size_t(frames));
    for (int i = 0; i < frames; ++i) {
        const double t = (firstFrame + i) / fps;
        EXPECT_DOUBLE_EQ(
            request.engine.audioAttentionWeightPerFrame[std::size_t(i)],
            vx::motion::audioAttentionWeight(evaluateLane(p.keyframes.lane(L::Expression), t)))
            << i;
        EXPECT_DOUBLE_EQ(
            request.engine.referenceAttentionWeightPerFrame[std::size_t(i)],
            vx::motion::referenceAttentionWeight(evaluateLane(p.keyframes.lane(L::Identity), t)))
            << i;
    }
    EXPECT_DOUBLE_EQ(request.engine.audioAttentionWeightPerFrame.front(),
                     vx::motion::audioAttentionWeight(20.0 + 80.0 * (0.25 * 0.25 * 2.5)));
    EXPECT_DOUBLE_EQ(request.engine.audioAttentionWeightPerFrame.back(),
                     vx::motion::audioAttentionWeight(40.0));
}

TEST(KeyframeRequest, WithoutKeyframesTheWeightsStayEmptyAndTheRequestReadsAsBefore) {
    RenderJobRequest request = buildRenderRequest(project(), target());
    EXPECT_TRUE(request.keyframes.empty());
    const std::string before = renderRequestToJson(request, 2);
    EXPECT_EQ(before.find("keyframes"), std::string::npos);
    const double audio = request.engine.audioAttentionWeight;
    applyKeyframeWeights(request.keyframes, request.performance, 100, 25.0, 0, 100, request.engine);
    EXPECT_TRUE(request.engine.audioAttentionWeightPerFrame.empty());
    EXPECT_TRUE(request.engine.referenceAttentionWeightPerFrame.empty());
    EXPECT_EQ(request.engine.audioAttentionWeight, audio);

    // Keys that hold one value are the scalar, not a vector of equal weights; a lane of the
    // pose only touches no weight at all.
    Project p = project();
    addKey(p.keyframes, L::Expression, key(0.0, 30.0));
    addKey(p.keyframes, L::YawOffset, key(0.0, 5.0));
    addKey(p.keyframes, L::YawOffset, key(1.0, -5.0));
    RenderJobRequest held = buildRenderRequest(p, target());
    EXPECT_NE(renderRequestToJson(held, 2).find("\"keyframes\""), std::string::npos);
    applyKeyframeWeights(held.keyframes, held.performance, 100, 25.0, 0, 100, held.engine);
    EXPECT_TRUE(held.engine.audioAttentionWeightPerFrame.empty());
    EXPECT_TRUE(held.engine.referenceAttentionWeightPerFrame.empty());
    EXPECT_DOUBLE_EQ(held.engine.audioAttentionWeight, vx::motion::audioAttentionWeight(30.0));
    EXPECT_DOUBLE_EQ(held.engine.referenceAttentionWeight,
                     vx::motion::referenceAttentionWeight(45.0));
}

TEST(KeyframeRequest, AnExplicitValueInASpecHoldsItsControlOverTheKeyframes) {
    Keyframes k;
    addKey(k, L::Style, styleKey(0.0, *findBuiltInStyle("Emphatic speaker")));
    addKey(k, L::Expression, key(0.0, 10.0));
    addKey(k, L::Expression, key(5.0, 90.0));
    RenderSpec spec;
    spec.image = "/photos/teacher.png";
    spec.audio = "/voice/lesson.wav";
    spec.keyframes = k;
    spec.values[ParameterId::ExpressionPercent] = 35.0;
    spec.values[ParameterId::HeadAmountPercent] = 5.0;
    spec.values[ParameterId::YawRangeDeg] = 2.0;  // a control only the style lane sets
    const Project p = projectOf(spec);
    const ClipControls c =
        evaluateClip(p.keyframes, p.parameters.toPerformanceSettings(), 50, 10.0);
    for (int i = 0; i < 50; ++i) {
        EXPECT_DOUBLE_EQ(c.expressionPercent[std::size_t(i)], 35.0) << i;
        EXPECT_DOUBLE_EQ(c.headAmountPercent[std::size_t(i)], 5.0) << i;  // over the style
        EXPECT_DOUBLE_EQ(c.yawRangeDeg[std::size_t(i)], 2.0) << i;
    }
    // Identity was not given: the style lane still sets it.
    EXPECT_DOUBLE_EQ(c.identityPercent[0],
                     findBuiltInStyle("Emphatic speaker")->values.at(ParameterId::IdentityPercent));
    // The request names the style keys with the values they set, the held one included, so a
    // resumed render with another held value is told apart.
    RenderTarget t = target();
    const std::string json = renderRequestToJson(buildRenderRequest(p, t), 2);
    EXPECT_NE(json.find("\"values\""), std::string::npos) << json;
    EXPECT_NE(json.find("\"Emphatic speaker\""), std::string::npos) << json;
}

}  // namespace
