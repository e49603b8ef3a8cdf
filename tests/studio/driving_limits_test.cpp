// A driving video's motion is capped like the synthetic one (studio/driving_motion.h with
// motion/head_limits.h): the turn read back from the mixed track stays within the yaw limit
// while the free track goes past it.
#include <gtest/gtest.h>

#include <cmath>

#include "motion/head_limits.h"
#include "motion/head_motion.h"
#include "studio/driving_motion.h"

namespace {

using namespace vx;

// The retargeting that keeps the driving face's rotation (the default follows its nose only).
constexpr faces::RetargetStrategy kKeepsTheTurn = faces::RetargetStrategy::NaiveRetarget;

TEST(DrivingLimits, ADrivingVideosTurnIsCappedLikeTheSyntheticMotion) {
    const faces::FaceKps portrait = {cv::Point2f(200.f, 230.f), cv::Point2f(312.f, 228.f),
                                     cv::Point2f(257.f, 300.f)};
    // A driving face turning from -40 to 40 degrees, and a still synthetic track.
    faces::KpsTrack driving;
    for (int i = 0; i <= 40; ++i) {
        motion::HeadPose pose;
        pose.yawDeg = -40.0 + 2.0 * i;
        driving.push_back(motion::applyHeadPose(portrait, pose));
    }
    const int frames = int(driving.size());
    const faces::KpsTrack still(std::size_t(frames), portrait);
    const faces::KpsTrack free = studio::applyDrivingMotion(
        driving, portrait, still, frames, motion::RotationLimits{}, kKeepsTheTurn);
    motion::RotationLimits limits;
    limits.yawDeg = 15.0;
    const faces::KpsTrack capped =
        studio::applyDrivingMotion(driving, portrait, still, frames, limits, kKeepsTheTurn);
    double largestFree = 0.0;
    double largestCapped = 0.0;
    for (int i = 0; i < frames; ++i) {
        largestFree = std::max(
            largestFree, std::abs(motion::estimateHeadPose(portrait, free[std::size_t(i)]).yawDeg));
        largestCapped =
            std::max(largestCapped,
                     std::abs(motion::estimateHeadPose(portrait, capped[std::size_t(i)]).yawDeg));
    }
    EXPECT_GT(largestFree, 25.0);
    EXPECT_LE(largestCapped, 15.0 + 0.05);
    EXPECT_GT(largestCapped, 12.0);  // bent towards the limit, not flattened to the knee
}

}  // namespace
