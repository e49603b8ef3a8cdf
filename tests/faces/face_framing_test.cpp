// Automatic square framing around a face, keypoint mapping between photo and crop, paste-back.
#include <gtest/gtest.h>

#include <opencv2/imgproc.hpp>

#include "common/error.h"
#include "faces/face_framing.h"

namespace {

using vx::faces::FaceKps;

// A frontal face with eyes `eyeDistance` apart around `centre`.
FaceKps faceAt(cv::Point2f centre, float eyeDistance) {
    return {centre + cv::Point2f(-eyeDistance / 2, 0.f), centre + cv::Point2f(eyeDistance / 2, 0.f),
            centre + cv::Point2f(0.f, 0.55f * eyeDistance)};
}

bool insideImage(const cv::Rect& rect, cv::Size size) {
    return (rect & cv::Rect(0, 0, size.width, size.height)) == rect;
}

TEST(FaceFraming, CentresASquareAroundTheFaceAtTheModelsProportions) {
    const cv::Size photo(2000, 1500);
    const FaceKps kps = faceAt({1000.f, 700.f}, 120.f);
    const vx::faces::FaceFraming framing = vx::faces::frameFace(kps, photo);
    const cv::Rect& r = framing.rect;
    EXPECT_EQ(r.width, r.height);
    EXPECT_TRUE(insideImage(r, photo));
    EXPECT_FALSE(framing.shifted);
    EXPECT_FALSE(framing.shrunk);
    EXPECT_FALSE(framing.upscaled);
    EXPECT_NEAR(r.width, 4.6 * 120, 1.0);
    for (const cv::Point2f& p : kps)
        EXPECT_TRUE(r.contains(cv::Point(p)));
    // In the 512 frame: eyes ~0.21 of the width apart at ~46% height, face centred in x.
    const FaceKps inCrop = vx::faces::toCropCoordinates(kps, r, 512);
    EXPECT_NEAR((inCrop[1].x - inCrop[0].x) / 512.f, 1.f / 4.6f, 0.01f);
    EXPECT_NEAR(inCrop[0].y / 512.f, 0.46f, 0.01f);
    EXPECT_NEAR((inCrop[0].x + inCrop[1].x + 2 * inCrop[2].x) / 4.f, 256.f, 2.f);
}

TEST(FaceFraming, ShiftsInsideNearTheBorderAndShrinksInSmallPhotos) {
    const cv::Size photo(1600, 1200);
    const FaceKps nearEdge = faceAt({90.f, 1100.f}, 110.f);
    const auto shifted = vx::faces::frameFace(nearEdge, photo);
    EXPECT_TRUE(shifted.shifted);
    EXPECT_FALSE(shifted.shrunk);
    EXPECT_TRUE(insideImage(shifted.rect, photo));
    EXPECT_EQ(shifted.rect.x, 0);
    EXPECT_EQ(shifted.rect.y + shifted.rect.height, photo.height);
    for (const cv::Point2f& p : nearEdge)
        EXPECT_TRUE(shifted.rect.contains(cv::Point(p)));

    const cv::Size smallPhoto(400, 300);
    const auto shrunk = vx::faces::frameFace(faceAt({200.f, 140.f}, 100.f), smallPhoto);
    EXPECT_TRUE(shrunk.shrunk);
    EXPECT_TRUE(shrunk.upscaled);
    EXPECT_EQ(shrunk.rect.width, 300);
    EXPECT_EQ(shrunk.rect.height, 300);
    EXPECT_TRUE(insideImage(shrunk.rect, smallPhoto));
}

TEST(FaceFraming, EnlargesSmallCropsModestlyTowards512) {
    // 4.6 x 80 = 368 px; enlarged by at most 1.3x -> 478 px, still flagged as an upscale.
    const auto framing = vx::faces::frameFace(faceAt({1000.f, 800.f}, 80.f), cv::Size(2000, 2000));
    EXPECT_NEAR(framing.rect.width, 478, 1);
    EXPECT_TRUE(framing.upscaled);
    // 4.6 x 100 = 460 -> 512 (the 1.3x cap is not reached).
    EXPECT_EQ(vx::faces::frameFace(faceAt({1000.f, 800.f}, 100.f), cv::Size(2000, 2000)).rect.width,
              512);
}

TEST(FaceFraming, AdjustedRectanglesAreMadeSquareAndKeptInside) {
    const cv::Size photo(800, 600);
    const auto fitted = vx::faces::fitSquareToImage(cv::Rect(700, -50, 300, 200), photo);
    EXPECT_EQ(fitted.rect, cv::Rect(500, 0, 300, 300));
    EXPECT_TRUE(fitted.shifted);
    const auto tooBig = vx::faces::fitSquareToImage(cv::Rect(0, 0, 900, 900), photo);
    EXPECT_EQ(tooBig.rect.width, 600);
    EXPECT_TRUE(tooBig.shrunk);
    EXPECT_TRUE(insideImage(tooBig.rect, photo));
    EXPECT_THROW(vx::faces::fitSquareToImage(cv::Rect(0, 0, 0, 10), photo), vx::Error);
}

TEST(FaceFraming, KeypointMappingRoundTripsAndFollowsTheResize) {
    const cv::Rect rect(100, 50, 1024, 1024);
    const cv::Point2f photoPoint(612.25f, 433.5f);
    const cv::Point2f crop = vx::faces::toCropCoordinates(photoPoint, rect, 512);
    const cv::Point2f back = vx::faces::toPhotoCoordinates(crop, rect, 512);
    EXPECT_NEAR(back.x, photoPoint.x, 1e-3);
    EXPECT_NEAR(back.y, photoPoint.y, 1e-3);

    // A bright 2x2 block in the photo lands, after cropSquare's 2:1 area resize, on the pixel
    // toCropCoordinates predicts for the block's centre.
    cv::Mat image(1200, 1200, CV_8UC3, cv::Scalar::all(0));
    image(cv::Rect(700, 300, 2, 2)).setTo(cv::Scalar::all(255));
    const cv::Mat cropped = vx::faces::cropSquare(image, rect, 512);
    const cv::Point2f predicted = vx::faces::toCropCoordinates({700.5f, 300.5f}, rect, 512);
    cv::Point brightest;
    cv::Mat gray;
    cv::cvtColor(cropped, gray, cv::COLOR_BGR2GRAY);
    cv::minMaxLoc(gray, nullptr, nullptr, nullptr, &brightest);
    EXPECT_NEAR(brightest.x, predicted.x, 0.51);
    EXPECT_NEAR(brightest.y, predicted.y, 0.51);
    EXPECT_THROW(vx::faces::cropSquare(image, cv::Rect(1000, 0, 300, 300), 512), vx::Error);
}

TEST(PasteBack, LeavesTheOutsideUntouchedAndBlendsTheEdge) {
    cv::Mat photo(400, 600, CV_8UC3);
    cv::randu(photo, cv::Scalar::all(0), cv::Scalar::all(100));
    const cv::Mat frame(512, 512, CV_8UC3, cv::Scalar(250, 250, 250));
    const cv::Rect rect(150, 80, 256, 256);
    const int feather = 12;
    const cv::Mat out = vx::faces::pasteBack(photo, frame, rect, feather);
    ASSERT_EQ(out.size(), photo.size());
    ASSERT_EQ(out.type(), photo.type());

    // Outside the rect: bit-identical.
    cv::Mat outsideMask(photo.size(), CV_8U, cv::Scalar(255));
    outsideMask(rect).setTo(0);
    cv::Mat difference;
    cv::absdiff(out, photo, difference);
    cv::Mat differenceGray;
    cv::cvtColor(difference, differenceGray, cv::COLOR_BGR2GRAY);
    EXPECT_EQ(cv::countNonZero(differenceGray & outsideMask), 0);

    // Deep inside: the frame. On the edge: a mix, rising towards the inside.
    EXPECT_EQ(out.at<cv::Vec3b>(rect.y + 128, rect.x + 128), cv::Vec3b(250, 250, 250));
    const int y = rect.y + 128;
    const cv::Vec3b edge = out.at<cv::Vec3b>(y, rect.x);
    const cv::Vec3b photoEdge = photo.at<cv::Vec3b>(y, rect.x);
    EXPECT_GT(edge[0], photoEdge[0]);
    EXPECT_LT(edge[0], 250);
    const int mid = out.at<cv::Vec3b>(y, rect.x + feather / 2)[0];
    EXPECT_GT(mid, edge[0]);
    EXPECT_EQ(out.at<cv::Vec3b>(y, rect.x + feather + 1), cv::Vec3b(250, 250, 250));

    // No feather: a hard paste.
    const cv::Mat hard = vx::faces::pasteBack(photo, frame, rect, 0);
    EXPECT_EQ(hard.at<cv::Vec3b>(rect.y, rect.x), cv::Vec3b(250, 250, 250));
    EXPECT_THROW(vx::faces::pasteBack(photo, frame, cv::Rect(500, 0, 256, 256), 4), vx::Error);
}

TEST(PasteBack, DoesNotFeatherSidesOnThePhotoBorder) {
    const cv::Mat photo(300, 300, CV_8UC3, cv::Scalar::all(0));
    const cv::Mat frame(64, 64, CV_8UC3, cv::Scalar::all(200));
    const cv::Mat out = vx::faces::pasteBack(photo, frame, cv::Rect(0, 0, 128, 128), 10);
    EXPECT_EQ(out.at<cv::Vec3b>(0, 0), cv::Vec3b(200, 200, 200));  // on the photo border
    EXPECT_LT(out.at<cv::Vec3b>(64, 127)[0], 200);                 // inner side: feathered
}

}  // namespace
