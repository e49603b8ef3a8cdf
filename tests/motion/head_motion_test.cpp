#include <gtest/gtest.h>

#include <cmath>

#include "common/error.h"
#include "motion/head_motion.h"

namespace {

using vx::motion::HeadMotionSettings;
using vx::motion::HeadPose;

const vx::faces::FaceKps kReference = {cv::Point2f(200.f, 230.f), cv::Point2f(312.f, 228.f),
                                       cv::Point2f(256.f, 300.f)};

// A speech-like loudness envelope: syllables of ~0.2 s in phrases with pauses.
std::vector<double> speechEnvelope(int frames, double fps) {
    std::vector<double> env(frames);
    for (int i = 0; i < frames; ++i) {
        const double t = i / fps;
        const bool phrase = std::fmod(t, 3.0) < 2.0;
        env[i] = phrase ? 0.1 + 0.9 * std::pow(std::abs(std::sin(M_PI * t / 0.22)), 3.0) : 0.01;
    }
    return env;
}

TEST(HeadMotion, AmountZeroIsExactlyTheFixedFace) {
    HeadMotionSettings s = vx::motion::presetSettings(vx::motion::HeadMotionPreset::LivelySpeaker);
    s.amount = 0.0;
    auto poses = vx::motion::synthesizeHeadPoses(s, 90, 30.0, speechEnvelope(90, 30.0));
    auto track = vx::motion::headMotionTrack(kReference, poses, {512, 512});
    ASSERT_EQ(track.size(), 90u);
    for (const auto& frame : track) {
        for (int k = 0; k < 3; ++k) {
            EXPECT_EQ(frame[k].x, kReference[k].x);
            EXPECT_EQ(frame[k].y, kReference[k].y);
        }
    }
}

TEST(HeadMotion, RespectsTheAngleRanges) {
    for (double follow : {0.0, 1.0}) {
        HeadMotionSettings s;
        s.amount = 1.0;
        s.yawRangeDeg = 10.0;
        s.pitchRangeDeg = 6.0;
        s.rollRangeDeg = 4.0;
        s.speechFollow = follow;
        auto poses = vx::motion::synthesizeHeadPoses(s, 900, 30.0, speechEnvelope(900, 30.0));
        double maxYaw = 0, maxPitch = 0, maxRoll = 0;
        for (const auto& p : poses) {
            maxYaw = std::max(maxYaw, std::abs(p.yawDeg));
            maxPitch = std::max(maxPitch, std::abs(p.pitchDeg));
            maxRoll = std::max(maxRoll, std::abs(p.rollDeg));
        }
        EXPECT_LE(maxYaw, 10.0 + 1e-9);
        EXPECT_LE(maxPitch, 6.0 + 1e-9);
        EXPECT_LE(maxRoll, 4.0 + 1e-9);
        // The motion is real: it uses a good part of its range over 30 s.
        EXPECT_GT(maxYaw, 3.0);
        EXPECT_GT(maxPitch, 1.5);
    }
}

TEST(HeadMotion, TrackIsSmoothWithoutJumps) {
    HeadMotionSettings s = vx::motion::presetSettings(vx::motion::HeadMotionPreset::LivelySpeaker);
    const double fps = 25.0;
    auto poses = vx::motion::synthesizeHeadPoses(s, 500, fps, speechEnvelope(500, fps));
    auto track = vx::motion::headMotionTrack(kReference, poses, {512, 512});
    const double eyeDistance = 112.0;
    double maxStep = 0.0, maxAcceleration = 0.0;
    for (size_t i = 1; i < track.size(); ++i) {
        for (int k = 0; k < 3; ++k) {
            const cv::Point2f v = track[i][k] - track[i - 1][k];
            maxStep = std::max(maxStep, std::hypot(double(v.x), double(v.y)));
            if (i >= 2) {
                const cv::Point2f a = track[i][k] - 2 * track[i - 1][k] + track[i - 2][k];
                maxAcceleration = std::max(maxAcceleration, std::hypot(double(a.x), double(a.y)));
            }
        }
    }
    // A head moves a few percent of the eye distance per frame at most, and its speed changes
    // gradually: 2.5 % of the eye distance per frame squared is about 400 degrees/s^2 of nodding
    // at 25 fps, below what people do in conversation; a one-frame jump of a few degrees would
    // exceed it several times over.
    EXPECT_LT(maxStep, 0.05 * eyeDistance);
    EXPECT_LT(maxAcceleration, 0.025 * eyeDistance);
    EXPECT_GT(maxStep, 0.001 * eyeDistance);  // and it does move
}

TEST(HeadMotion, SameSeedSameTrackOtherSeedOtherTrack) {
    HeadMotionSettings s;
    auto a = vx::motion::synthesizeHeadPoses(s, 120, 30.0, {});
    auto b = vx::motion::synthesizeHeadPoses(s, 120, 30.0, {});
    s.seed = 43;
    auto c = vx::motion::synthesizeHeadPoses(s, 120, 30.0, {});
    double diff = 0.0, same = 0.0;
    for (int i = 0; i < 120; ++i) {
        same += std::abs(a[i].yawDeg - b[i].yawDeg) + std::abs(a[i].pitchDeg - b[i].pitchDeg);
        diff += std::abs(a[i].yawDeg - c[i].yawDeg);
    }
    EXPECT_EQ(same, 0.0);
    EXPECT_GT(diff, 1.0);
}

TEST(HeadMotion, YawMovesTheNoseAcrossAndShortensTheNearSide) {
    HeadPose turn;
    turn.yawDeg = 15.0;
    auto moved = vx::motion::applyHeadPose(kReference, turn);
    // The nose moves towards image right, more than the eyes do.
    const float noseShift = moved[2].x - kReference[2].x;
    EXPECT_GT(noseShift, 10.f);
    EXPECT_GT(noseShift, moved[0].x - kReference[0].x);
    // The eye on the side the face turns to gets closer to the nose horizontally.
    EXPECT_LT(std::abs(moved[1].x - moved[2].x), std::abs(kReference[1].x - kReference[2].x));
    EXPECT_GT(std::abs(moved[0].x - moved[2].x), std::abs(kReference[0].x - kReference[2].x));
}

TEST(HeadMotion, PitchMovesTheNoseVerticallyAgainstTheEyeLine) {
    HeadPose nod;
    nod.pitchDeg = 10.0;
    auto moved = vx::motion::applyHeadPose(kReference, nod);
    const float eyeLine = 0.5f * (moved[0].y + moved[1].y);
    const float refEyeLine = 0.5f * (kReference[0].y + kReference[1].y);
    EXPECT_GT(moved[2].y - eyeLine, kReference[2].y - refEyeLine + 5.f);
}

TEST(HeadMotion, RollRotatesTheEyeLine) {
    HeadPose tilt;
    tilt.rollDeg = 10.0;
    auto moved = vx::motion::applyHeadPose(kReference, tilt);
    const double before =
        std::atan2(kReference[1].y - kReference[0].y, kReference[1].x - kReference[0].x);
    const double after = std::atan2(moved[1].y - moved[0].y, moved[1].x - moved[0].x);
    EXPECT_NEAR((after - before) * 180.0 / M_PI, 10.0, 0.5);
}

TEST(HeadMotion, StaysInsideTheFrame) {
    // A face near the right border of a small frame: the motion is scaled down to fit.
    const vx::faces::FaceKps nearBorder = {cv::Point2f(380.f, 200.f), cv::Point2f(480.f, 200.f),
                                           cv::Point2f(430.f, 260.f)};
    HeadMotionSettings s;
    s.amount = 1.0;
    s.yawRangeDeg = 40.0;
    s.swayFraction = 0.5;
    auto poses = vx::motion::synthesizeHeadPoses(s, 300, 30.0, {});
    auto track = vx::motion::headMotionTrack(nearBorder, poses, {512, 512}, 8.f);
    for (const auto& frame : track)
        for (const auto& p : frame) {
            EXPECT_GE(p.x, 8.f);
            EXPECT_LE(p.x, 503.f);
            EXPECT_GE(p.y, 8.f);
            EXPECT_LE(p.y, 503.f);
        }
}

TEST(HeadMotion, MotionCalmsDuringPauses) {
    HeadMotionSettings s;
    s.amount = 1.0;
    s.speechFollow = 1.0;
    const double fps = 30.0;
    const int frames = 900;
    auto env = speechEnvelope(frames, fps);
    auto poses = vx::motion::synthesizeHeadPoses(s, frames, fps, env);
    double speaking = 0.0, pause = 0.0;
    int nSpeaking = 0, nPause = 0;
    for (int i = 1; i < frames; ++i) {
        const double t = i / fps;
        const double phase = std::fmod(t, 3.0);
        const double speed = std::abs(poses[i].yawDeg - poses[i - 1].yawDeg) +
                             std::abs(poses[i].pitchDeg - poses[i - 1].pitchDeg);
        if (phase > 0.5 && phase < 1.8)
            speaking += speed, ++nSpeaking;
        if (phase > 2.3 && phase < 2.9)
            pause += speed, ++nPause;
    }
    EXPECT_GT(speaking / nSpeaking, 1.5 * (pause / nPause));
}

TEST(HeadMotion, PresetsAndNames) {
    using P = vx::motion::HeadMotionPreset;
    for (P p : {P::Still, P::CalmPresenter, P::LivelySpeaker, P::NoddingListener})
        EXPECT_EQ(vx::motion::parsePreset(vx::motion::presetName(p)), p);
    EXPECT_EQ(vx::motion::presetSettings(P::Still).amount, 0.0);
    EXPECT_GT(vx::motion::presetSettings(P::NoddingListener).pitchRangeDeg,
              vx::motion::presetSettings(P::NoddingListener).yawRangeDeg);
    EXPECT_THROW(vx::motion::parsePreset("wild"), vx::Error);
}

TEST(HeadMotion, RejectsSettingsOutOfRange) {
    HeadMotionSettings s;
    s.amount = 1.5;
    EXPECT_THROW(vx::motion::synthesizeHeadPoses(s, 10, 30.0, {}), vx::Error);
    s.amount = 0.5;
    s.tempo = 0.0;
    EXPECT_THROW(vx::motion::synthesizeHeadPoses(s, 10, 30.0, {}), vx::Error);
}

TEST(HeadMotion, MixAddsScaledDrivingOffsets) {
    vx::faces::KpsTrack synthetic(3, kReference);
    vx::faces::KpsTrack driving(3, kReference);
    driving[1][2].x += 10.f;
    auto mixed = vx::motion::mixTracks(synthetic, driving, kReference, 0.5, 2.0);
    EXPECT_FLOAT_EQ(mixed[1][2].x, kReference[2].x + 10.f);
    EXPECT_FLOAT_EQ(mixed[0][2].x, kReference[2].x);
    EXPECT_THROW(
        vx::motion::mixTracks(synthetic, vx::faces::KpsTrack(2, kReference), kReference, 1, 1),
        vx::Error);
}

}  // namespace
