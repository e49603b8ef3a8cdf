// Per-axis caps on the head's rotation (yaw, pitch, roll), applied to every track alike: the
// synthetic motion with its keyframed offsets, and a driving video's motion, whose angles are
// recovered from its keypoints through the same face model that moves the portrait
// (applyHeadPose). A cap bends the motion smoothly towards the limit instead of cutting it flat,
// so a capped head slows down before it stops.
#pragma once

#include "faces/face_kps.h"
#include "faces/keypoint_track.h"
#include "motion/head_motion.h"

namespace vx::motion {

// A limit of a quarter turn caps nothing: no usable face goes that far, and the default limits
// (the parameter table's maxima) change no track.
inline constexpr double kNoRotationLimitDeg = 90.0;

// The largest angle each way, in degrees.
struct RotationLimits {
    double yawDeg = kNoRotationLimitDeg;
    double pitchDeg = kNoRotationLimitDeg;
    double rollDeg = kNoRotationLimitDeg;
    bool none() const {
        return yawDeg >= kNoRotationLimitDeg && pitchDeg >= kNoRotationLimitDeg &&
               rollDeg >= kNoRotationLimitDeg;
    }
};

// `angleDeg` unchanged within 80 % of `limitDeg`, beyond it bent smoothly (same slope at the
// knee) towards the limit, never past it; 0 for a limit of 0.
double softLimit(double angleDeg, double limitDeg);
// `pose` with each angle soft-limited; sway and scale unchanged.
HeadPose limitedPose(const HeadPose& pose, const RotationLimits& limits);

// The pose that applyHeadPose(reference, pose) maps closest to `frame` (least squares over the
// three keypoints; exact for keypoints the model made).
HeadPose estimateHeadPose(const faces::FaceKps& reference, const faces::FaceKps& frame);

// Each frame of `track` (keypoints of a face whose unmoved keypoints are `reference`) with its
// rotation limited: its pose is estimated, limited and applied again, and what the model does
// not explain (the fit's residual) is kept. Frames within the limits are returned unchanged.
faces::KpsTrack limitTrackRotation(const faces::KpsTrack& track, const faces::FaceKps& reference,
                                   const RotationLimits& limits);

}  // namespace vx::motion
