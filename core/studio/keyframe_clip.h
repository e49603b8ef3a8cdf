// Keyframes evaluated for a clip: the value of every keyframeable control at every frame, and
// those values handed to the performance (head motion, pose offsets, the preview's mouth) and
// to the engine (one attention weight per frame).
//
// How the lanes combine, for each frame at time frame / fps (docs/keyframes.md):
// 1. A control starts at the project's value (PerformanceSettings).
// 2. The style lane, from each of its keys until the next (hold; before its first key, the
//    first; a key takes over from the previous one over kStyleTransitionSec), sets the controls
//    it covers per frame to the key's style's values: expression,
//    identity, head motion amount and the yaw, pitch and roll ranges. The rest of a style
//    (tempo, speech-follow, blinks, head preset) shapes the timing of the whole clip's motion
//    and blinks, so it cannot change mid-clip: it stays the project's (choose it with a
//    whole-clip style).
// 3. A numeric lane with keys overrides its control entirely, style lane or not.
// 4. The pose offsets are 0 without keys, and are added to the head pose.
#pragma once

#include <vector>

#include "engine/pipeline/render_settings.h"
#include "motion/performance.h"
#include "studio/keyframes.h"

namespace vx::studio {

// A style key takes over from the previous one over this time (smoothly, as the Smooth
// interpolation): an instant change of the ranges or the amount would jolt the head.
inline constexpr double kStyleTransitionSec = 0.4;

// Every keyframeable control, one value per frame.
struct ClipControls {
    std::vector<double> expressionPercent;
    std::vector<double> identityPercent;
    std::vector<double> headAmountPercent;
    std::vector<double> yawOffsetDeg;
    std::vector<double> pitchOffsetDeg;
    std::vector<double> rollOffsetDeg;
    std::vector<double> yawRangeDeg;  // set by the style lane only
    std::vector<double> pitchRangeDeg;
    std::vector<double> rollRangeDeg;
};

// The controls of `frameCount` frames at `fps` from frame 0 (time 0), with `base` giving the
// project's values. Throws vx::Error(Internal) for a frame count below 0 or fps not above 0.
ClipControls evaluateClip(const Keyframes& keyframes, const motion::PerformanceSettings& base,
                          int frameCount, double fps);

// Writes the keyframes into `performance` for `frameCount` frames at `fps`: the per-frame curves
// of head motion amount, ranges, pose offsets and expression. A control that keeps one value over
// the whole clip is written as its constant instead, with no curve, so keyframes that change
// nothing build exactly the performance the project builds without them. No keyframes: no
// change.
void applyKeyframes(const Keyframes& keyframes, int frameCount, double fps,
                    motion::PerformanceSettings& performance);

// The engine's attention weights for the `frames` frames from `firstFrame` of a clip of
// `wholeFrames` frames at `fps` (a range render is cut out of the whole recording), mapped from
// the expression and identity percent by motion/expression_controls.h. A weight that keeps one
// value over those frames goes into the scalar and its per-frame vector stays empty; without
// keyframes both vectors stay empty and the scalars are the project's.
void applyKeyframeWeights(const Keyframes& keyframes, const motion::PerformanceSettings& base,
                          int wholeFrames, double fps, int firstFrame, int frames,
                          engine::RenderParams& params);

}  // namespace vx::studio
