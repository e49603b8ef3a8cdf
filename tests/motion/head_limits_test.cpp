// Per-axis caps on the head's rotation (motion/head_limits.h): the soft limiter, the pose
// recovered from keypoints, a driving-like track capped frame by frame, and the synthetic
// performance (with keyframed offsets) capped alike.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "motion/head_limits.h"
#include "motion/head_motion.h"
#include "motion/performance.h"

namespace {

using namespace vx::motion;

const vx::faces::FaceKps kReference = {cv::Point2f(200.f, 230.f), cv::Point2f(312.f, 228.f),
                                       cv::Point2f(257.f, 300.f)};

TEST(SoftLimit, PassesSmallAnglesBendsLargeOnesNeverPassesTheLimit) {
    EXPECT_EQ(softLimit(7.9, 10.0), 7.9);
    EXPECT_EQ(softLimit(-8.0, 10.0), -8.0);
    double previous = 0.0;
    for (double a = 0.0; a <= 200.0; a += 0.25) {
        const double out = softLimit(a, 10.0);
        EXPECT_LE(out, 10.0) << a;
        EXPECT_GE(out, previous) << a;  // monotone: the head never turns back by itself
        EXPECT_EQ(softLimit(-a, 10.0), -out);
        previous = out;
    }
    // The same slope on both sides of the knee: no kink where the bending starts.
    const double below = (softLimit(8.0, 10.0) - softLimit(7.99, 10.0)) / 0.01;
    const double above = (softLimit(8.01, 10.0) - softLimit(8.0, 10.0)) / 0.01;
    EXPECT_NEAR(below, above, 0.01);
    EXPECT_EQ(softLimit(25.0, 0.0), 0.0);
}

TEST(EstimateHeadPose, RecoversThePoseTheModelApplied) {
    HeadPose pose;
    pose.yawDeg = 23.0;
    pose.pitchDeg = -11.0;
    pose.rollDeg = 6.5;
    pose.swayXEyes = 0.12;
    pose.swayYEyes = -0.05;
    pose.scale = 1.04;
    const HeadPose found = estimateHeadPose(kReference, applyHeadPose(kReference, pose));
    EXPECT_NEAR(found.yawDeg, pose.yawDeg, 0.05);
    EXPECT_NEAR(found.pitchDeg, pose.pitchDeg, 0.05);
    EXPECT_NEAR(found.rollDeg, pose.rollDeg, 0.05);
    EXPECT_NEAR(found.scale, pose.scale, 1e-3);
}

TEST(LimitTrackRotation, CapsEachAxisKeepsTheOthersAndFramesWithinTheLimit) {
    vx::faces::KpsTrack track;
    std::vector<HeadPose> poses;
    for (int i = 0; i <= 60; ++i) {
        HeadPose pose;
        pose.yawDeg = -45.0 + 1.5 * i;  // a sweep from -45 to 45 degrees
        pose.pitchDeg = 6.0;
        pose.rollDeg = -3.0;
        poses.push_back(pose);
        track.push_back(applyHeadPose(kReference, pose));
    }
    RotationLimits limits;
    limits.yawDeg = 20.0;
    EXPECT_EQ(limitTrackRotation(track, kReference, RotationLimits{}), track);  // no caps
    const vx::faces::KpsTrack capped = limitTrackRotation(track, kReference, limits);
    ASSERT_EQ(capped.size(), track.size());
    double previousYaw = -1e9;
    for (std::size_t i = 0; i < track.size(); ++i) {
        const HeadPose found = estimateHeadPose(kReference, capped[i]);
        EXPECT_LE(std::abs(found.yawDeg), 20.0 + 0.05) << i;
        EXPECT_NEAR(found.yawDeg, softLimit(poses[i].yawDeg, 20.0), 0.1) << i;
        EXPECT_NEAR(found.pitchDeg, 6.0, 0.1) << i;
        EXPECT_NEAR(found.rollDeg, -3.0, 0.1) << i;
        EXPECT_GE(found.yawDeg, previousYaw - 1e-3) << i;  // still a smooth sweep
        previousYaw = found.yawDeg;
        if (std::abs(poses[i].yawDeg) < 15.0) {
            EXPECT_EQ(capped[i], track[i]) << i;  // within 80 % of the limit: untouched
        }
    }
}

TEST(LimitTrackRotation, OnlyTheCappedAxisChangesOnARealLookingFrame) {
    // A frame the model did not make (the nose off its path, as a tracker's wobble): the cap
    // bends the roll alone; the turn and the nod read from the frame stay as they were.
    HeadPose pose;
    pose.yawDeg = 10.0;
    pose.pitchDeg = -5.0;
    pose.rollDeg = 25.0;
    vx::faces::FaceKps frame = applyHeadPose(kReference, pose);
    frame[2].x += 2.0f;
    frame[2].y += 3.0f;
    const HeadPose before = estimateHeadPose(kReference, frame);
    RotationLimits limits;
    limits.rollDeg = 10.0;
    const HeadPose after =
        estimateHeadPose(kReference, limitTrackRotation({frame}, kReference, limits)[0]);
    EXPECT_NEAR(after.rollDeg, softLimit(before.rollDeg, 10.0), 0.05);
    EXPECT_NEAR(after.yawDeg, before.yawDeg, 0.05);
    EXPECT_NEAR(after.pitchDeg, before.pitchDeg, 0.05);
    EXPECT_NEAR(after.scale, before.scale, 1e-3);
}

TEST(PerformanceLimits, TheSyntheticMotionAndItsOffsetsAreCappedAlike) {
    PerformanceSettings settings;
    settings.head = presetSettings(HeadMotionPreset::LivelySpeaker);
    settings.head.amount = 1.0;
    const int frames = 200;
    settings.curves.yawOffsetDeg.assign(std::size_t(frames), 25.0);  // a keyframed turn
    const std::vector<double> quiet(std::size_t(frames), 0.0);
    const cv::Size size(512, 512);
    const auto free = buildPerformance(settings, kReference, size, frames, 25.0, quiet).poses;
    settings.limits.yawDeg = 15.0;
    settings.limits.pitchDeg = 2.0;
    const auto capped = buildPerformance(settings, kReference, size, frames, 25.0, quiet).poses;
    double largestFreeYaw = 0.0;
    for (std::size_t i = 0; i < capped.size(); ++i) {
        largestFreeYaw = std::max(largestFreeYaw, std::abs(free[i].yawDeg));
        EXPECT_LE(std::abs(capped[i].yawDeg), 15.0) << i;
        EXPECT_LE(std::abs(capped[i].pitchDeg), 2.0) << i;
        EXPECT_EQ(capped[i].rollDeg, free[i].rollDeg) << i;  // no roll cap: unchanged
    }
    EXPECT_GT(largestFreeYaw, 20.0);  // the cap had something to do
}

}  // namespace
