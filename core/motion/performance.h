// Everything the performance controls produce for one clip, computed in one place for the
// preview, the V-Express render and the timeline.
#pragma once

#include <vector>

#include <opencv2/core/types.hpp>

#include "faces/face_kps.h"
#include "motion/blink_schedule.h"
#include "motion/expression_controls.h"
#include "motion/head_limits.h"
#include "motion/head_motion.h"

namespace vx::motion {

// Controls that change over the clip (keyframes, studio/keyframe_clip.h), one value per frame.
// An empty curve leaves its control to the constant in PerformanceSettings, so settings without
// curves build exactly the performance they built before curves existed. A curve shorter than
// the clip holds its last value.
struct PerformanceCurves {
    std::vector<double> headAmount;    // 0 (still) .. 1, instead of head.amount
    std::vector<double> yawOffsetDeg;  // added to each frame's head pose
    std::vector<double> pitchOffsetDeg;
    std::vector<double> rollOffsetDeg;
    std::vector<double> expressionPercent;  // 0 .. 100: the preview's mouth gain
    std::vector<double> yawRangeDeg;        // instead of head.yawRangeDeg
    std::vector<double> pitchRangeDeg;
    std::vector<double> rollRangeDeg;

    bool empty() const {
        return headAmount.empty() && yawOffsetDeg.empty() && pitchOffsetDeg.empty() &&
               rollOffsetDeg.empty() && expressionPercent.empty() && yawRangeDeg.empty() &&
               pitchRangeDeg.empty() && rollRangeDeg.empty();
    }
};

struct PerformanceSettings {
    HeadMotionSettings head;
    BlinkSettings blinks;
    double expressionPercent = kDefaultExpressionPercent;  // -> audio attention weight
    double identityPercent = kDefaultIdentityPercent;      // -> reference attention weight
    PerformanceCurves curves;
    // Caps on the head's angles, after the offsets; a driving track gets the same caps
    // (limitTrackRotation) where it is mixed in.
    RotationLimits limits;
};

struct PerformanceTrack {
    std::vector<HeadPose> poses;  // per frame
    faces::KpsTrack kps;          // per frame, in the frame's pixels
    std::vector<Blink> blinks;
    std::vector<double> eyelidClosure;  // per frame, 0 open .. 1 closed
    std::vector<double> mouthOpenness;  // per frame, for the preview (the model makes its own)
};

// `speechEnvelope`: loudness per frame (may be empty). Throws vx::Error(BadInput) for settings
// out of range or reference keypoints outside the frame.
PerformanceTrack buildPerformance(const PerformanceSettings& settings,
                                  const faces::FaceKps& reference, cv::Size frameSize,
                                  int frameCount, double fps,
                                  const std::vector<double>& speechEnvelope);

}  // namespace vx::motion
