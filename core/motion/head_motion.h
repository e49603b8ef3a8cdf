// Head motion as controls: seeded yaw/pitch/roll/sway/scale curves that follow the speech, and
// their projection onto the three V-Express keypoints (eyes and nose).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <opencv2/core/types.hpp>

#include "faces/face_kps.h"

namespace vx::motion {

struct HeadMotionSettings {
    double amount = 0.5;         // 0 = still (exactly fix_face), 1 = the full ranges below
    double yawRangeDeg = 12.0;   // turning left/right reaches at most +-this
    double pitchRangeDeg = 8.0;  // nodding up/down
    double rollRangeDeg = 5.0;   // tilting about the face centre
    double swayFraction = 0.04;  // side-to-side and up-down drift, as a fraction of eye distance
    double scaleRange = 0.03;    // leaning in and out: +-3 % of the face size
    double tempo = 1.0;          // 1 = a new motion target about every 1.2 s; 2 = twice as often
    double speechFollow = 0.5;   // 0 = ignores the voice; 1 = nods on stressed syllables and
                                 // stays calm in pauses
    uint64_t seed = 42;
};

enum class HeadMotionPreset { Still, CalmPresenter, LivelySpeaker, NoddingListener };

HeadMotionSettings presetSettings(HeadMotionPreset preset);
std::string presetName(HeadMotionPreset preset);  // "still", "calm", "lively", "nodding"
// Throws vx::Error(BadInput) listing the valid names.
HeadMotionPreset parsePreset(const std::string& name);

// One frame's head pose relative to the reference photo.
struct HeadPose {
    double yawDeg = 0.0;     // positive turns the face towards image right
    double pitchDeg = 0.0;   // positive tips the nose down
    double rollDeg = 0.0;    // positive rotates clockwise in the image
    double swayXEyes = 0.0;  // translation, in eye distances (so it scales with the face)
    double swayYEyes = 0.0;  // in eye distances
    double scale = 1.0;
};

// Poses for `frameCount` frames at `fps`. `speechEnvelope` holds one loudness value per frame
// (any scale, e.g. RMS; empty when there is no audio). Deterministic for the same settings.
// Throws vx::Error(BadInput) for settings outside their documented ranges.
std::vector<HeadPose> synthesizeHeadPoses(const HeadMotionSettings& settings, int frameCount,
                                          double fps, const std::vector<double>& speechEnvelope);

// `pose` with every movement multiplied by `factor` (0 gives the zero pose). Every part of a
// synthesized pose is proportional to HeadMotionSettings::amount, so scaling a pose made at
// amount 1 by `a` gives the pose made at amount `a`.
HeadPose scaledPose(const HeadPose& pose, double factor);

// The reference keypoints moved by a pose, through a simple 3-D face: eyes on a plane, the nose
// tip in front of it, rotating about a point behind the face. A zero pose returns the reference
// exactly.
faces::FaceKps applyHeadPose(const faces::FaceKps& reference, const HeadPose& pose);

// applyHeadPose for every frame, with the motion scaled down uniformly (never clipped, so it
// stays smooth) where it would take a keypoint closer than `marginPx` to the frame border.
// Throws vx::Error(BadInput) when the reference keypoints themselves are outside the frame.
faces::KpsTrack headMotionTrack(const faces::FaceKps& reference, const std::vector<HeadPose>& poses,
                                cv::Size frameSize, float marginPx = 8.0f);

// Adds a driving video's motion (its offsets from `drivingReference`, scaled by
// `drivingScale` and weighted by `drivingWeight` in [0, 1]) to a synthetic track of the same
// length. Throws vx::Error(BadInput) when the lengths differ.
faces::KpsTrack mixTracks(const faces::KpsTrack& synthetic, const faces::KpsTrack& driving,
                          const faces::FaceKps& drivingReference, double drivingWeight,
                          double drivingScale);

}  // namespace vx::motion
