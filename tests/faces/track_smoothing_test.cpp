// Smoothing a detected driving track (Savitzky-Golay) and filling frames without a face.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

#include "common/error.h"
#include "faces/track_smoothing.h"

namespace {

using vx::faces::FaceKps;
using vx::faces::KpsTrack;

// Every coordinate of every frame follows f(t) plus a per-coordinate offset.
template <typename F>
KpsTrack trackFrom(int frames, F f) {
    KpsTrack track(static_cast<size_t>(frames));
    for (int t = 0; t < frames; ++t)
        for (int k = 0; k < 3; ++k)
            track[static_cast<size_t>(t)][static_cast<size_t>(k)] = cv::Point2f(
                static_cast<float>(f(t) + 100.0 * k), static_cast<float>(0.5 * f(t) + 40.0 * k));
    return track;
}

double maxDifference(const KpsTrack& a, const KpsTrack& b) {
    double worst = 0.0;
    for (size_t t = 0; t < a.size(); ++t)
        for (size_t k = 0; k < 3; ++k)
            worst = std::max({worst, static_cast<double>(std::fabs(a[t][k].x - b[t][k].x)),
                              static_cast<double>(std::fabs(a[t][k].y - b[t][k].y))});
    return worst;
}

TEST(TrackSmoothing, KeepsQuadraticMotionExactlyIncludingTheEnds) {
    const KpsTrack track = trackFrom(40, [](int t) { return 200.0 + 3.0 * t - 0.05 * t * t; });
    const KpsTrack smoothed = vx::faces::smoothTrack(track, {7, 2});
    ASSERT_EQ(smoothed.size(), track.size());
    EXPECT_LT(maxDifference(smoothed, track), 1e-3);
}

TEST(TrackSmoothing, RemovesJitterWithoutDelayingTheMotion) {
    const double period = 60.0;
    auto clean = [&](int t) { return 250.0 + 30.0 * std::sin(2.0 * M_PI * t / period); };
    std::mt19937 random(42);
    std::normal_distribution<double> noise(0.0, 2.0);
    const KpsTrack reference = trackFrom(120, clean);
    KpsTrack noisy = reference;
    for (FaceKps& frame : noisy)
        for (cv::Point2f& p : frame)
            p += cv::Point2f(static_cast<float>(noise(random)), static_cast<float>(noise(random)));

    const KpsTrack smoothed = vx::faces::smoothTrack(noisy, vx::faces::smoothingForFrameRate(30.0));
    double noisyError = 0.0;
    double smoothedError = 0.0;
    for (size_t t = 0; t < reference.size(); ++t)
        for (size_t k = 0; k < 3; ++k) {
            noisyError += std::pow(noisy[t][k].x - reference[t][k].x, 2);
            smoothedError += std::pow(smoothed[t][k].x - reference[t][k].x, 2);
        }
    // A 7-tap quadratic Savitzky-Golay filter passes ~33% of white-noise power.
    EXPECT_LT(smoothedError, 0.5 * noisyError)
        << "rms " << std::sqrt(smoothedError / 360) << " vs " << std::sqrt(noisyError / 360);

    // Zero phase: on the clean sine, the peak stays on the same frame.
    const KpsTrack smoothedClean = vx::faces::smoothTrack(reference, {7, 2});
    auto peakFrame = [](const KpsTrack& track) {
        size_t best = 0;
        for (size_t t = 0; t < track.size(); ++t)
            if (track[t][0].x > track[best][0].x)
                best = t;
        return best;
    };
    EXPECT_EQ(peakFrame(smoothedClean), peakFrame(reference));
}

TEST(TrackSmoothing, ShortTracksAndSettings) {
    const KpsTrack two = trackFrom(2, [](int t) { return 10.0 * t; });
    EXPECT_EQ(vx::faces::smoothTrack(two, {7, 2}), two);
    const KpsTrack four = trackFrom(4, [](int t) { return 10.0 * t + 1.0; });
    EXPECT_LT(maxDifference(vx::faces::smoothTrack(four, {7, 2}), four), 1e-3);  // linear kept
    EXPECT_EQ(vx::faces::smoothTrack(four, {1, 0}), four);
    EXPECT_THROW(vx::faces::smoothTrack(four, {6, 2}), vx::Error);
    EXPECT_THROW(vx::faces::smoothTrack(four, {3, 2}), vx::Error);
    EXPECT_EQ(vx::faces::smoothingForFrameRate(30.0).windowFrames, 7);
    EXPECT_EQ(vx::faces::smoothingForFrameRate(25.0).windowFrames, 5);
    EXPECT_EQ(vx::faces::smoothingForFrameRate(60.0).windowFrames, 13);
}

TEST(FillMissingFrames, InterpolatesGapsAndHoldsTheEnds) {
    auto face = [](float x) {
        return FaceKps{cv::Point2f(x, 1.f), cv::Point2f(x + 10.f, 2.f), cv::Point2f(x + 5.f, 9.f)};
    };
    const std::vector<std::optional<FaceKps>> detections = {std::nullopt, face(10.f), std::nullopt,
                                                            std::nullopt, face(40.f), std::nullopt};
    const KpsTrack filled = vx::faces::fillMissingFrames(detections);
    ASSERT_EQ(filled.size(), 6u);
    EXPECT_EQ(filled[0], face(10.f));
    EXPECT_EQ(filled[1], face(10.f));
    EXPECT_NEAR(filled[2][0].x, 20.f, 1e-4);
    EXPECT_NEAR(filled[3][2].x, 35.f, 1e-4);
    EXPECT_EQ(filled[5], face(40.f));

    try {
        vx::faces::fillMissingFrames({std::nullopt, std::nullopt});
        FAIL() << "no exception";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::BadInput);
    }
}

}  // namespace
