// The parts of a face the preview animates, from dlib's 68 landmarks: the two eye contours, the
// mouth, and the face outline; and how they follow a keypoint track.
#pragma once

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

#include <array>
#include <vector>

#include "faces/face_kps.h"

namespace vx::motion {

// Six points per eye in dlib order (corner, two upper-lid points, corner, two lower-lid points).
using EyeContour = std::array<cv::Point2f, 6>;

struct FaceRegions {
    std::array<EyeContour, 2> eyes;       // landmarks 36-41 and 42-47
    std::vector<cv::Point2f> outerMouth;  // landmarks 48-59
    std::vector<cv::Point2f> innerMouth;  // landmarks 60-67
    std::vector<cv::Point2f> outline;     // jaw 0-16 then the brows 26..17, a closed face outline
};

// Throws vx::Error(BadInput) unless there are exactly 68 landmarks.
FaceRegions faceRegionsFrom68(const std::vector<cv::Point2f>& landmarks68);

// Eye opening (height over width, averaged over the two lids' inner points), the usual
// "eye aspect ratio": about 0.25-0.35 for an open eye, below 0.1 when closed.
double eyeAspectRatio(const EyeContour& eye);

// The similarity transform (rotation, uniform scale, translation; 2x3, CV_64F) that best maps the
// reference keypoints onto a frame's keypoints in the least-squares sense.
cv::Mat similarityBetween(const faces::FaceKps& from, const faces::FaceKps& to);

// Points moved by a 2x3 transform.
std::vector<cv::Point2f> transformPoints(const std::vector<cv::Point2f>& points, const cv::Mat& m);
EyeContour transformEye(const EyeContour& eye, const cv::Mat& m);

}  // namespace vx::motion
