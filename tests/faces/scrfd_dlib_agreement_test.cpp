// Both reference-face detectors on the astronaut photo: insightface's SCRFD (det_10g.onnx, what
// V-Express was trained with) and dlib (always available) must put the eyes and the nose within a
// few pixels of each other. Runs when VX_MODELS names a V-Express model folder that has
// det_10g.onnx (insightface's weights are not redistributable, so CI has none); skips otherwise.
#include <gtest/gtest.h>

#include <opencv2/imgcodecs.hpp>

#include <cmath>
#include <cstdlib>
#include <iostream>
#include <filesystem>
#include <string>

#include "faces/face_detector.h"

namespace {

constexpr const char* kAstronaut = "/usr/lib/python3/dist-packages/skimage/data/astronaut.png";

TEST(ScrfdDlibAgreement, EyesAndNoseWithinAFewPixelsOnTheAstronaut) {
    const char* models = std::getenv("VX_MODELS");
    if (models == nullptr || !std::filesystem::exists(std::filesystem::path(models) /
                                                      vx::faces::scrfdModelRelativePath()))
        GTEST_SKIP() << "set VX_MODELS to a model folder with "
                     << vx::faces::scrfdModelRelativePath() << " to compare SCRFD with dlib";
    const cv::Mat photo = cv::imread(kAstronaut, cv::IMREAD_COLOR);
    ASSERT_FALSE(photo.empty());
    const auto scrfd = vx::faces::createFaceDetector(models);
    const auto dlib = vx::faces::createFaceDetector("");
    ASSERT_EQ(scrfd->kind(), vx::faces::FaceDetectorKind::Scrfd);
    ASSERT_EQ(dlib->kind(), vx::faces::FaceDetectorKind::Dlib);
    const auto fromScrfd = scrfd->detectAll(photo);
    const auto fromDlib = dlib->detectAll(photo);
    ASSERT_EQ(fromScrfd.size(), 1u);
    ASSERT_EQ(fromDlib.size(), 1u);
    // "A few pixels": 15 % of the distance between the eyes.
    const float tolerance = 0.15f * fromScrfd[0].eyeDistancePx();
    const char* names[] = {"left eye", "right eye", "nose"};
    for (size_t i = 0; i < 3; ++i) {
        const cv::Point2f d = fromScrfd[0].kps[i] - fromDlib[0].kps[i];
        const float distance = std::hypot(d.x, d.y);
        std::cout << "[ measured ] " << names[i] << ": SCRFD and dlib " << distance
                  << " px apart\n";
        EXPECT_LE(distance, tolerance) << names[i];
    }
}

}  // namespace
