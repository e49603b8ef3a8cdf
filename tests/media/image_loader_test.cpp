// loadImageRgb on images written by Pillow (tests/python/media_make_test_images.py): pixel
// equality with Pillow's own decode, grey/16-bit/alpha conversions, EXIF orientation, huge
// images and broken files.
#include "media/image_loader.h"
#include "media/image_header.h"

#include "media_fixtures.h"

#include <gtest/gtest.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <vector>

namespace {

namespace fs = std::filesystem;
using namespace vx::media;
using vx::ErrorKind;
using vx::test::generatedImages;
using vx::test::throwsErrorNamingFile;

// The astronaut's RGB bytes as Pillow decoded them (from the PNG, or from the JPEG).
cv::Mat pillowAstronaut(const char* rawName = "astronaut.rgb") {
    std::ifstream file(generatedImages() / rawName, std::ios::binary);
    std::vector<char> bytes((std::istreambuf_iterator<char>(file)),
                            std::istreambuf_iterator<char>());
    EXPECT_EQ(bytes.size(), 512u * 512u * 3u);
    cv::Mat rgb(512, 512, CV_8UC3);
    std::copy(bytes.begin(), bytes.end(), rgb.data);
    return rgb;
}

double maxDifference(const cv::Mat& a, const cv::Mat& b) {
    return cv::norm(a, b, cv::NORM_INF);
}

TEST(ImageLoader, LosslessFormatsEqualPillowsPixels) {
    const cv::Mat expected = pillowAstronaut();
    for (const char* name : {"astronaut.png", "astronaut.bmp", "astronaut.webp", "rgb16.png"}) {
        SCOPED_TRACE(name);
        const cv::Mat rgb = loadImageRgb(generatedImages() / name);
        ASSERT_EQ(rgb.type(), CV_8UC3);
        ASSERT_EQ(rgb.size(), cv::Size(512, 512));
        EXPECT_EQ(maxDifference(rgb, expected), 0.0);
    }
}

TEST(ImageLoader, JpegMatchesPillowsDecodeOfTheSameFile) {
    const cv::Mat rgb = loadImageRgb(generatedImages() / "astronaut.jpg");
    ASSERT_EQ(rgb.size(), cv::Size(512, 512));
    // Two builds of libjpeg(-turbo) may round the IDCT and chroma upsampling differently by a
    // level; a BGR/RGB mix-up would differ by tens of levels.
    const cv::Mat pillow = pillowAstronaut("astronaut-jpg.rgb");
    std::cout << "[ measured ] JPEG vs Pillow: max " << maxDifference(rgb, pillow) << " levels\n";
    EXPECT_LE(maxDifference(rgb, pillow), 2.0);
    cv::Mat swapped;
    cv::cvtColor(pillow, swapped, cv::COLOR_RGB2BGR);
    EXPECT_GT(maxDifference(rgb, swapped), 50.0);
}

TEST(ImageLoader, GreyBecomesThreeEqualChannels) {
    for (const char* name : {"grey.png", "grey.jpg", "grey16.png"}) {
        SCOPED_TRACE(name);
        const cv::Mat rgb = loadImageRgb(generatedImages() / name);
        ASSERT_EQ(rgb.type(), CV_8UC3);
        cv::Mat planes[3];
        cv::split(rgb, planes);
        EXPECT_EQ(cv::norm(planes[0], planes[1], cv::NORM_INF), 0.0);
        EXPECT_EQ(cv::norm(planes[0], planes[2], cv::NORM_INF), 0.0);
        EXPECT_GT(cv::norm(planes[0], cv::NORM_INF), 100.0);  // not blank
    }
    EXPECT_EQ(loadImageRgb(generatedImages() / "grey.png").size(), cv::Size(301, 203));
    // 16-bit grey written as green*257: the 8-bit result is the astronaut's green channel.
    cv::Mat green[3];
    cv::split(pillowAstronaut(), green);
    cv::Mat grey16[3];
    cv::split(loadImageRgb(generatedImages() / "grey16.png"), grey16);
    EXPECT_EQ(cv::norm(grey16[0], green[1], cv::NORM_INF), 0.0);
}

TEST(ImageLoader, AlphaIsCompositedOverWhite) {
    for (const char* name : {"alpha.png", "alpha.webp"}) {
        SCOPED_TRACE(name);
        const cv::Mat rgb = loadImageRgb(generatedImages() / name);
        ASSERT_EQ(rgb.type(), CV_8UC3);
        ASSERT_EQ(rgb.size(), cv::Size(90, 60));
        EXPECT_EQ(rgb.at<cv::Vec3b>(30, 10), cv::Vec3b(255, 255, 255));  // transparent black
        const cv::Vec3b half = rgb.at<cv::Vec3b>(30, 45);  // red at alpha 128 over white
        EXPECT_EQ(half[0], 255);
        EXPECT_NEAR(half[1], 127, 1);
        EXPECT_NEAR(half[2], 127, 1);
        EXPECT_EQ(rgb.at<cv::Vec3b>(30, 80), cv::Vec3b(0, 255, 0));  // opaque green
    }
}

TEST(ImageLoader, ExifOrientationIsApplied) {
    const fs::path path = generatedImages() / "exif6.jpg";
    const cv::Mat rgb = loadImageRgb(path);
    // Stored 96x64 landscape with orientation 6: displayed 64x96, rotated 90 degrees clockwise.
    ASSERT_EQ(rgb.size(), cv::Size(64, 96));
    cv::Mat stored = cv::imread(path.string(), cv::IMREAD_COLOR | cv::IMREAD_IGNORE_ORIENTATION);
    ASSERT_EQ(stored.size(), cv::Size(96, 64));
    cv::Mat rotated;
    cv::rotate(stored, rotated, cv::ROTATE_90_CLOCKWISE);
    cv::cvtColor(rotated, rotated, cv::COLOR_BGR2RGB);
    EXPECT_EQ(maxDifference(rgb, rotated), 0.0);
    // The red block of the stored top-left corner is now at the top right.
    const cv::Vec3b corner = rgb.at<cv::Vec3b>(4, 60);
    EXPECT_GT(corner[0], 200);
    EXPECT_LT(corner[1], 60);
    EXPECT_LT(corner[2], 60);
}

TEST(ImageLoader, HugeImagesAreReducedWithoutDecodingThemWhole) {
    const fs::path jpeg = generatedImages(true) / "big.jpg";
    const fs::path png = generatedImages(true) / "big.png";
    const auto header = readImageHeader(jpeg);
    ASSERT_TRUE(header.has_value());
    EXPECT_EQ(header->width, 8000);
    EXPECT_EQ(header->height, 8000);

    ImageLoadOptions options;
    options.maxSidePixels = 1024;
    options.neededMinSidePixels = 512;
    for (const fs::path& path : {jpeg, png}) {
        SCOPED_TRACE(path.filename().string());
        const cv::Mat rgb = loadImageRgb(path, options);
        ASSERT_EQ(rgb.size(), cv::Size(1024, 1024));
        // R ramps along x, G along y, B is 90.
        const cv::Vec3b topRight = rgb.at<cv::Vec3b>(0, 1023);
        const cv::Vec3b bottomLeft = rgb.at<cv::Vec3b>(1023, 0);
        const cv::Vec3b middle = rgb.at<cv::Vec3b>(512, 512);
        EXPECT_NEAR(topRight[0], 255, 4);
        EXPECT_NEAR(topRight[1], 0, 4);
        EXPECT_NEAR(bottomLeft[0], 0, 4);
        EXPECT_NEAR(bottomLeft[1], 255, 4);
        EXPECT_NEAR(middle[0], 128, 4);
        EXPECT_NEAR(middle[2], 90, 4);
    }
    // Beyond the pixel budget the image is refused before decoding.
    options.maxPixels = 10'000'000;
    options.neededMinSidePixels = 8000;
    EXPECT_TRUE(
        throwsErrorNamingFile([&] { loadImageRgb(png, options); }, ErrorKind::BadInput, png));
}

TEST(ImageLoader, HeaderProbeReadsAllFourFormats) {
    for (const char* name : {"astronaut.jpg", "astronaut.png", "astronaut.bmp", "astronaut.webp"}) {
        const auto header = readImageHeader(generatedImages() / name);
        ASSERT_TRUE(header.has_value()) << name;
        EXPECT_EQ(header->width, 512) << name;
        EXPECT_EQ(header->height, 512) << name;
        EXPECT_FALSE(header->hasAlpha) << name;
        EXPECT_TRUE(header->complete) << name;
    }
    EXPECT_TRUE(readImageHeader(generatedImages() / "alpha.png")->hasAlpha);
    EXPECT_TRUE(readImageHeader(generatedImages() / "alpha.webp")->hasAlpha);
    EXPECT_FALSE(readImageHeader(generatedImages() / "text.png").has_value());
    // A JPEG signature followed by noise: recognised, but with no size.
    const auto corrupt = readImageHeader(generatedImages() / "corrupt.jpg");
    ASSERT_TRUE(corrupt.has_value());
    EXPECT_EQ(corrupt->format, ImageFormat::Jpeg);
    EXPECT_EQ(corrupt->width, 0);
}

TEST(ImageLoader, BrokenFilesRaiseBadInputNamingTheFile) {
    const fs::path empty = generatedImages() / "empty.jpg";
    std::ofstream(empty).close();
    for (const char* name :
         {"truncated.jpg", "truncated.png", "truncated.webp", "truncated.bmp", "corrupt.jpg",
          "corrupt.png", "text.png", "empty.jpg", "missing.png"}) {
        const fs::path path = generatedImages() / name;
        EXPECT_TRUE(throwsErrorNamingFile([&] { loadImageRgb(path); }, ErrorKind::BadInput, path))
            << name;
    }
}

}  // namespace
