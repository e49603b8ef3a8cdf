#include "studio/keyframe_clip.h"

#include <algorithm>

#include "common/error.h"
#include "motion/expression_controls.h"

namespace vx::studio {

namespace {

using L = KeyframeLane;

// The value a style key gives `parameter`, if its style sets it.
std::optional<double> styleValue(const Keyframe& key, ParameterId parameter) {
    // The edit operations and the readers never make a style key without a style; a model put
    // together by hand might, and then that key sets nothing.
    if (!key.style)
        return std::nullopt;
    const auto it = key.style->values.find(parameter);
    return it == key.style->values.end() ? std::nullopt : std::optional<double>(it->second);
}

// The style lane's value of `parameter` at `t`: the key in effect, reached from the previous
// key's value over kStyleTransitionSec (smoothly), so a change of style never jolts the head.
std::optional<double> styleLaneValue(const std::vector<Keyframe>& styles, ParameterId parameter,
                                     double t) {
    const auto after =
        std::upper_bound(styles.begin(), styles.end(), t,
                         [](double time, const Keyframe& k) { return time < k.timeSec; });
    const std::size_t index = after == styles.begin() ? 0 : std::size_t(after - styles.begin()) - 1;
    const std::optional<double> value = styleValue(styles[index], parameter);
    const double into = t - styles[index].timeSec;
    if (!value || index == 0 || into >= kStyleTransitionSec)
        return value;
    const std::optional<double> previous = styleValue(styles[index - 1], parameter);
    if (!previous)
        return value;
    return interpolate(*previous, *value, into / kStyleTransitionSec, Interpolation::Smooth);
}

// One control over the clip: the base value, replaced per frame by the style lane where the
// style sets the control (`parameter`), and by the control's own lane (`lane`) where it has keys
// (the order of the rules in keyframe_clip.h).
std::vector<double> controlCurve(const Keyframes& keyframes, std::optional<KeyframeLane> lane,
                                 std::optional<ParameterId> parameter, double base, int frameCount,
                                 double fps) {
    std::vector<double> curve(std::size_t(frameCount), base);
    static const std::vector<Keyframe> kNoKeys;
    const std::vector<Keyframe>& own = lane ? keyframes.lane(*lane) : kNoKeys;
    const std::vector<Keyframe>& styles = keyframes.lane(L::Style);
    for (int i = 0; i < frameCount; ++i) {
        const double t = i / fps;
        double& value = curve[std::size_t(i)];
        if (!own.empty()) {
            value = evaluateLane(own, t);
        } else if (!styles.empty() && parameter) {
            if (const std::optional<double> styled = styleLaneValue(styles, *parameter, t))
                value = *styled;
        }
    }
    return curve;
}

// A control with a lane of its own: the table's control the lane drives, if any.
std::vector<double> laneCurve(const Keyframes& keyframes, KeyframeLane lane, double base,
                              int frameCount, double fps) {
    return controlCurve(keyframes, lane, laneSpec(lane).parameter, base, frameCount, fps);
}

bool constant(const std::vector<double>& curve) {
    return std::all_of(curve.begin(), curve.end(), [&](double v) { return v == curve.front(); });
}

// The curve, or nothing when one value covers the clip (then `scalar` takes it).
std::vector<double> curveOrScalar(std::vector<double> curve, double& scalar) {
    if (curve.empty() || !constant(curve))
        return curve;
    scalar = curve.front();
    return {};
}

}  // namespace

ClipControls evaluateClip(const Keyframes& keyframes, const motion::PerformanceSettings& base,
                          int frameCount, double fps) {
    if (frameCount < 0 || !(fps > 0.0))
        throw Error(ErrorKind::Internal, "keyframes evaluated for " + std::to_string(frameCount) +
                                             " frames at " + std::to_string(fps) + " fps");
    ClipControls c;
    c.expressionPercent =
        laneCurve(keyframes, L::Expression, base.expressionPercent, frameCount, fps);
    c.identityPercent = laneCurve(keyframes, L::Identity, base.identityPercent, frameCount, fps);
    c.headAmountPercent =
        laneCurve(keyframes, L::HeadAmount, base.head.amount * 100.0, frameCount, fps);
    c.yawOffsetDeg = laneCurve(keyframes, L::YawOffset, 0.0, frameCount, fps);
    c.pitchOffsetDeg = laneCurve(keyframes, L::PitchOffset, 0.0, frameCount, fps);
    c.rollOffsetDeg = laneCurve(keyframes, L::RollOffset, 0.0, frameCount, fps);
    const auto range = [&](ParameterId id, double projectValue) {
        return controlCurve(keyframes, std::nullopt, id, projectValue, frameCount, fps);
    };
    c.yawRangeDeg = range(ParameterId::YawRangeDeg, base.head.yawRangeDeg);
    c.pitchRangeDeg = range(ParameterId::PitchRangeDeg, base.head.pitchRangeDeg);
    c.rollRangeDeg = range(ParameterId::RollRangeDeg, base.head.rollRangeDeg);
    return c;
}

void applyKeyframes(const Keyframes& keyframes, int frameCount, double fps,
                    motion::PerformanceSettings& performance) {
    if (keyframes.empty())
        return;
    const ClipControls c = evaluateClip(keyframes, performance, frameCount, fps);
    motion::PerformanceCurves& curves = performance.curves;
    curves.expressionPercent = curveOrScalar(c.expressionPercent, performance.expressionPercent);
    // Identity has no part in the performance; its per-frame weight is the engine's
    // (applyKeyframeWeights). A constant one is still the performance's scalar.
    curveOrScalar(c.identityPercent, performance.identityPercent);
    double amountPercent = performance.head.amount * 100.0;
    curves.headAmount = curveOrScalar(c.headAmountPercent, amountPercent);
    performance.head.amount = amountPercent / 100.0;
    for (double& a : curves.headAmount)
        a /= 100.0;
    curves.yawRangeDeg = curveOrScalar(c.yawRangeDeg, performance.head.yawRangeDeg);
    curves.pitchRangeDeg = curveOrScalar(c.pitchRangeDeg, performance.head.pitchRangeDeg);
    curves.rollRangeDeg = curveOrScalar(c.rollRangeDeg, performance.head.rollRangeDeg);
    // An offset that stays 0 is no offset; one that stays elsewhere still needs its curve (the
    // settings have no constant offset).
    const auto offset = [](const std::vector<double>& curve) {
        return constant(curve) && (curve.empty() || curve.front() == 0.0) ? std::vector<double>()
                                                                          : curve;
    };
    curves.yawOffsetDeg = offset(c.yawOffsetDeg);
    curves.pitchOffsetDeg = offset(c.pitchOffsetDeg);
    curves.rollOffsetDeg = offset(c.rollOffsetDeg);
}

void applyKeyframeWeights(const Keyframes& keyframes, const motion::PerformanceSettings& base,
                          int wholeFrames, double fps, int firstFrame, int frames,
                          engine::RenderParams& params) {
    params.audioAttentionWeightPerFrame.clear();
    params.referenceAttentionWeightPerFrame.clear();
    if (keyframes.empty())
        return;
    if (firstFrame < 0 || frames < 0 || firstFrame + frames > wholeFrames)
        throw Error(ErrorKind::Internal,
                    "keyframe weights asked for frames " + std::to_string(firstFrame) + " + " +
                        std::to_string(frames) + " of " + std::to_string(wholeFrames));
    const ClipControls c = evaluateClip(keyframes, base, wholeFrames, fps);
    const auto weights = [&](const std::vector<double>& percent, double (*toWeight)(double)) {
        std::vector<double> out;
        out.reserve(std::size_t(frames));
        for (int i = firstFrame; i < firstFrame + frames; ++i)
            out.push_back(toWeight(percent[std::size_t(i)]));
        return out;
    };
    params.audioAttentionWeightPerFrame = curveOrScalar(
        weights(c.expressionPercent, motion::audioAttentionWeight), params.audioAttentionWeight);
    params.referenceAttentionWeightPerFrame =
        curveOrScalar(weights(c.identityPercent, motion::referenceAttentionWeight),
                      params.referenceAttentionWeight);
}

}  // namespace vx::studio
