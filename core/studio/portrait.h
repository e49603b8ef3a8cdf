// From the user's photo to the square portrait the model and the preview work on: load it,
// find the face, frame it, and carry the keypoints and landmarks into the crop.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <opencv2/core/mat.hpp>

#include "faces/face_detector.h"

namespace vx::studio {

struct PortraitOptions {
    int sidePx = 512;              // the square frame the model renders
    std::string modelFolder;       // SCRFD is used when it has det_10g.onnx, else dlib
    std::optional<cv::Rect> crop;  // a user-adjusted crop (made square and fitted)
    bool autoCrop = true;          // false: use the whole photo, squeezed to a square
};

struct PreparedPortrait {
    cv::Mat photoRgb;                      // the photo, upright, RGB
    cv::Rect crop;                         // the square in the photo that is rendered
    cv::Mat frameRgb;                      // the crop at sidePx x sidePx
    faces::FaceKps kps{};                  // eyes and nose in frame pixels
    std::vector<cv::Point2f> landmarks68;  // dlib's landmarks in frame pixels
    faces::FaceDetectorKind detector = faces::FaceDetectorKind::Dlib;
    std::vector<std::string> warnings;  // several faces, small face, off-centre crop...
};

// Throws vx::Error(BadInput) naming the file for unreadable images and for photos without a
// usable face.
PreparedPortrait preparePortrait(const std::filesystem::path& imagePath,
                                 const PortraitOptions& options);

}  // namespace vx::studio
