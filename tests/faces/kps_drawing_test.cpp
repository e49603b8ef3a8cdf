// V-kps drawing: bit-exact against the images the original draw_kps_image produced (fixture case
// kps_drawing: three keypoint sets at 512 and 64 pixels).
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <opencv2/core.hpp>

#include "common/error.h"
#include "engine/io/safetensors_reader.h"
#include "faces/kps_drawing.h"
#include "support/test_support.h"

namespace {

using vx::faces::FaceKps;

FaceKps kpsFromTensor(const torch::Tensor& tensor) {
    const torch::Tensor t = tensor.to(torch::kFloat32).contiguous();
    EXPECT_EQ(t.sizes(), torch::IntArrayRef({3, 2}));
    const float* data = t.data_ptr<float>();
    FaceKps kps;
    for (int i = 0; i < 3; ++i)
        kps[static_cast<size_t>(i)] = cv::Point2f(data[2 * i], data[2 * i + 1]);
    return kps;
}

cv::Mat matFromTensor(const torch::Tensor& tensor) {
    const torch::Tensor t = tensor.contiguous();
    EXPECT_EQ(t.scalar_type(), torch::kUInt8);
    EXPECT_EQ(t.dim(), 3);
    cv::Mat view(static_cast<int>(t.size(0)), static_cast<int>(t.size(1)), CV_8UC3,
                 const_cast<uint8_t*>(t.data_ptr<uint8_t>()));
    return view.clone();
}

class KpsDrawingFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(KpsDrawingFixture, MatchesTheOriginalBitForBit) {
    VX_REQUIRE_FIXTURES();
    const auto file = vx::io::readSafetensors(
        (vx::test::fixturesDir() / "cases" / "kps_drawing.safetensors").string());
    const std::string name = GetParam();
    const cv::Mat expected = matFromTensor(file.tensors.at(name + "_image"));
    const FaceKps kps = kpsFromTensor(file.tensors.at(name + "_kps"));

    const cv::Mat actual = vx::faces::drawKpsImage(expected.rows, expected.cols, kps);
    ASSERT_EQ(actual.type(), CV_8UC3);
    ASSERT_EQ(actual.size(), expected.size());
    cv::Mat difference;
    cv::absdiff(actual, expected, difference);
    const int differing = cv::countNonZero(difference.reshape(1));
    EXPECT_EQ(differing, 0) << name << ": " << differing << " channel values differ";
    // The fixture is not blank: the comparison would be vacuous otherwise.
    EXPECT_GT(cv::countNonZero(expected.reshape(1)), 100);
}

INSTANTIATE_TEST_SUITE_P(Cases, KpsDrawingFixture, ::testing::Values("k512", "k512b", "k64"));

TEST(KpsDrawing, ColoursAreRgbRedGreenBlueOnTheKeypoints) {
    const FaceKps kps = {cv::Point2f(100.f, 120.f), cv::Point2f(200.f, 118.f),
                         cv::Point2f(150.f, 180.f)};
    const cv::Mat image = vx::faces::drawKpsImage(256, 256, kps);
    EXPECT_EQ(image.at<cv::Vec3b>(120, 100), cv::Vec3b(255, 0, 0));
    EXPECT_EQ(image.at<cv::Vec3b>(118, 200), cv::Vec3b(0, 255, 0));
    EXPECT_EQ(image.at<cv::Vec3b>(180, 150), cv::Vec3b(0, 0, 255));
    // Midway along the limbs: 0.6 x the first point's colour; nothing between the eyes.
    EXPECT_EQ(image.at<cv::Vec3b>(150, 125), cv::Vec3b(153, 0, 0));
    EXPECT_EQ(image.at<cv::Vec3b>(149, 175), cv::Vec3b(0, 153, 0));
    EXPECT_EQ(image.at<cv::Vec3b>(119, 150), cv::Vec3b(0, 0, 0));
}

TEST(KpsDrawing, RejectsAnEmptyCanvas) {
    EXPECT_THROW(vx::faces::drawKpsImage(0, 64, FaceKps{}), vx::Error);
}

}  // namespace
