// SCRFD (det_10g.onnx) post-processing on hand-built network outputs, since the ONNX file itself
// is not available here: anchor layout, distance decoding, threshold, NMS, output grouping, and
// the errors for a missing or damaged detector file.
#include <gtest/gtest.h>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <fstream>
#include <random>

#include "common/error.h"
#include "faces/face_detector.h"
#include "faces/scrfd_decode.h"
#include "faces/scrfd_face_detector.h"
#include "support/test_support.h"

namespace {

using vx::faces::ScrfdFace;
using vx::faces::ScrfdStrideOutputs;

const cv::Size kInput(512, 512);

// Zero outputs (score 0 everywhere) for strides 8, 16, 32 at kInput.
std::vector<ScrfdStrideOutputs> emptyOutputs() {
    std::vector<ScrfdStrideOutputs> out;
    for (int stride : {8, 16, 32}) {
        const int rows = 2 * (kInput.height / stride) * (kInput.width / stride);
        ScrfdStrideOutputs s;
        s.stride = stride;
        s.scores = cv::Mat::zeros(rows, 1, CV_32F);
        s.boxDistances = cv::Mat::zeros(rows, 4, CV_32F);
        s.keypointDistances = cv::Mat::zeros(rows, 10, CV_32F);
        out.push_back(s);
    }
    return out;
}

// Puts a detection on anchor `anchor` (0 or 1) of grid cell (row, col) of a stride.
void plant(ScrfdStrideOutputs& s, int row, int col, int anchor, float score,
           std::array<float, 4> box, std::array<float, 10> kps) {
    const int index = 2 * (row * (kInput.width / s.stride) + col) + anchor;
    s.scores.at<float>(index, 0) = score;
    for (int i = 0; i < 4; ++i)
        s.boxDistances.at<float>(index, i) = box[static_cast<size_t>(i)];
    for (int i = 0; i < 10; ++i)
        s.keypointDistances.at<float>(index, i) = kps[static_cast<size_t>(i)];
}

// A face on stride 16, cell (row 10, col 12) -> anchor centre (192, 160), distances in stride
// units; and the same face seen by stride 8 (overlapping box, lower score).
std::vector<ScrfdStrideOutputs> plantedFaces() {
    auto out = emptyOutputs();
    plant(out[1], 10, 12, 1, 0.9f, {3.f, 4.f, 3.5f, 5.f},
          {-1.5f, -1.f, 1.5f, -1.1f, 0.1f, 0.5f, -1.f, 2.f, 1.f, 2.1f});
    // Stride 8, cell (20, 24) -> the same centre; a slightly different box: suppressed.
    plant(out[0], 20, 24, 0, 0.8f, {6.2f, 8.f, 7.f, 10.f},
          {-3.f, -2.f, 3.f, -2.2f, 0.2f, 1.f, -2.f, 4.f, 2.f, 4.2f});
    // A second, separate face on stride 32, cell (3, 12) -> centre (384, 96).
    plant(out[2], 3, 12, 0, 0.5f, {1.f, 1.f, 1.f, 1.2f},
          {-0.4f, -0.2f, 0.4f, -0.2f, 0.f, 0.2f, -0.3f, 0.6f, 0.3f, 0.6f});
    // Below the threshold: ignored.
    plant(out[2], 12, 2, 1, 0.49f, {1.f, 1.f, 1.f, 1.f}, {});
    return out;
}

TEST(ScrfdDecode, DecodesThresholdsSortsAndSuppresses) {
    const std::vector<ScrfdFace> faces =
        vx::faces::decodeScrfd(plantedFaces(), vx::faces::ScrfdDecodeSettings{});
    ASSERT_EQ(faces.size(), 2u);

    const ScrfdFace& first = faces[0];
    EXPECT_FLOAT_EQ(first.score, 0.9f);
    EXPECT_FLOAT_EQ(first.x1, 192.f - 48.f);
    EXPECT_FLOAT_EQ(first.y1, 160.f - 64.f);
    EXPECT_FLOAT_EQ(first.x2, 192.f + 56.f);
    EXPECT_FLOAT_EQ(first.y2, 160.f + 80.f);
    EXPECT_FLOAT_EQ(first.keypoints[0].x, 168.f);
    EXPECT_FLOAT_EQ(first.keypoints[0].y, 144.f);
    EXPECT_FLOAT_EQ(first.keypoints[1].x, 216.f);
    EXPECT_NEAR(first.keypoints[1].y, 142.4f, 1e-4);
    EXPECT_NEAR(first.keypoints[2].x, 193.6f, 1e-4);
    EXPECT_FLOAT_EQ(first.keypoints[2].y, 168.f);
    EXPECT_FLOAT_EQ(first.keypoints[4].y, 160.f + 2.1f * 16.f);

    // Score exactly at det_thresh is kept (score >= 0.5).
    const ScrfdFace& second = faces[1];
    EXPECT_FLOAT_EQ(second.score, 0.5f);
    EXPECT_FLOAT_EQ(second.x1, 384.f - 32.f);
    EXPECT_FLOAT_EQ(second.y2, 96.f + 1.2f * 32.f);

    // As a DetectedFace: the first three keypoints, image-left eye first, eyes above the nose.
    const vx::faces::DetectedFace face = vx::faces::toDetectedFace(first);
    EXPECT_LT(face.kps[0].x, face.kps[1].x);
    EXPECT_LT(face.kps[0].y, face.kps[2].y);
    EXPECT_FLOAT_EQ(face.box.width, 104.f);
    EXPECT_EQ(face.landmarks5.size(), 5u);
}

TEST(ScrfdDecode, MapsBackThroughTheLetterboxScale) {
    vx::faces::ScrfdDecodeSettings settings;
    settings.detectionScale = 0.5f;  // the photo was twice the network size
    const auto faces = vx::faces::decodeScrfd(plantedFaces(), settings);
    ASSERT_FALSE(faces.empty());
    EXPECT_FLOAT_EQ(faces[0].x1, 2.f * 144.f);
    EXPECT_FLOAT_EQ(faces[0].keypoints[2].y, 2.f * 168.f);
}

TEST(ScrfdDecode, NmsUsesPlusOneAreasAndStrictThreshold) {
    auto box = [](float x1, float x2, float score) {
        ScrfdFace f;
        f.x1 = x1;
        f.y1 = 0.f;
        f.x2 = x2;
        f.y2 = 9.f;
        f.score = score;
        return f;
    };
    // IoU with the first: (5..14) -> 50 / 150 = 0.33 kept; (3..12) -> 70 / 130 = 0.54 dropped.
    const std::vector<ScrfdFace> sorted = {box(0.f, 9.f, 0.9f), box(3.f, 12.f, 0.8f),
                                           box(5.f, 14.f, 0.7f), box(40.f, 49.f, 0.6f)};
    EXPECT_EQ(vx::faces::greedyNms(sorted, 0.4f), (std::vector<size_t>{0, 2, 3}));
    // At 0.6 (3..12) survives, and then suppresses (5..14): 80 / 120 = 0.67.
    EXPECT_EQ(vx::faces::greedyNms(sorted, 0.6f), (std::vector<size_t>{0, 1, 3}));
    // Kept boxes suppress later ones too: (5..14) suppresses a box at (7..16) (IoU 0.67).
    const std::vector<ScrfdFace> chain = {box(0.f, 9.f, 0.9f), box(5.f, 14.f, 0.8f),
                                          box(7.f, 16.f, 0.7f)};
    EXPECT_EQ(vx::faces::greedyNms(chain, 0.4f), (std::vector<size_t>{0, 1}));
}

TEST(ScrfdDecode, GroupsTheNineOutputsInAnyOrderAndShape) {
    const auto planted = plantedFaces();
    std::vector<cv::Mat> outputs;
    for (const ScrfdStrideOutputs& s : planted) {
        outputs.push_back(s.scores);
        // A batched export gives [1, N, C]: accepted too.
        const int sizes[3] = {1, s.boxDistances.rows, 4};
        outputs.push_back(cv::Mat(3, sizes, CV_32F, s.boxDistances.data));
        outputs.push_back(s.keypointDistances);
    }
    std::mt19937 random(3);
    std::shuffle(outputs.begin(), outputs.end(), random);
    const auto grouped = vx::faces::groupScrfdOutputs(outputs, kInput);
    ASSERT_EQ(grouped.size(), 3u);
    const auto faces = vx::faces::decodeScrfd(grouped, vx::faces::ScrfdDecodeSettings{});
    ASSERT_EQ(faces.size(), 2u);
    EXPECT_FLOAT_EQ(faces[0].x2, 248.f);

    outputs.pop_back();
    EXPECT_THROW(vx::faces::groupScrfdOutputs(outputs, kInput), vx::Error);
    // The same outputs do not fit another input size.
    outputs.push_back(planted[0].scores);
    EXPECT_THROW(vx::faces::groupScrfdOutputs(outputs, cv::Size(640, 640)), vx::Error);
}

TEST(ScrfdDecode, LetterboxKeepsTheAspectRatioAtTheTopLeft) {
    const cv::Mat wide(512, 1024, CV_8UC3, cv::Scalar(200, 100, 50));
    const auto letterbox = vx::faces::scrfdLetterbox(wide, kInput);
    EXPECT_FLOAT_EQ(letterbox.detectionScale, 0.5f);
    ASSERT_EQ(letterbox.canvas.size(), kInput);
    EXPECT_EQ(letterbox.canvas.at<cv::Vec3b>(255, 511), cv::Vec3b(200, 100, 50));
    EXPECT_EQ(letterbox.canvas.at<cv::Vec3b>(256, 0), cv::Vec3b(0, 0, 0));
}

vx::Error modelErrorFrom(const std::string& path) {
    try {
        vx::faces::ScrfdFaceDetector detector(path);
    } catch (const vx::Error& e) {
        return e;
    }
    ADD_FAILURE() << "no error for " << path;
    return vx::Error(vx::ErrorKind::Internal, "none");
}

TEST(ScrfdFaceDetector, MissingOrDamagedModelIsAClearModelError) {
    vx::test::TempDir dir;
    const std::string missing = (dir / "det_10g.onnx").string();
    const vx::Error absent = modelErrorFrom(missing);
    EXPECT_EQ(absent.kind(), vx::ErrorKind::Model);
    EXPECT_EQ(absent.file(), missing);
    EXPECT_NE(std::string(absent.what()).find("missing"), std::string::npos) << absent.what();

    {
        std::ofstream junk(missing, std::ios::binary);
        junk << "version https://git-lfs.github.com/spec/v1\noid sha256:0123\nsize 16923827\n";
    }
    const vx::Error damaged = modelErrorFrom(missing);
    EXPECT_EQ(damaged.kind(), vx::ErrorKind::Model);
    EXPECT_EQ(damaged.file(), missing);
    EXPECT_NE(std::string(damaged.what()).find("det_10g.onnx"), std::string::npos)
        << damaged.what();
}

TEST(ScrfdFaceDetector, FactoryPicksScrfdOnlyWhenTheModelFolderHasIt) {
    vx::test::TempDir dir;
    // A folder with a damaged det_10g.onnx: the factory must try SCRFD and report the file.
    const auto onnx = dir.path() / vx::faces::scrfdModelRelativePath();
    std::filesystem::create_directories(onnx.parent_path());
    std::ofstream(onnx, std::ios::binary) << "not an onnx file";
    try {
        vx::faces::createFaceDetector(dir.path().string());
        FAIL() << "a damaged det_10g.onnx was accepted";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::Model);
        EXPECT_EQ(e.file(), onnx.string());
    }
}

}  // namespace
