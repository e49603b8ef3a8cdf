// Framing a portrait for V-Express: a square crop around the face that is resized to the model's
// 512x512 frame, the mapping of keypoints between the photo and that frame, and pasting a
// generated frame back into the photo.
//
// The framing (documented choice): V-Express's README asks for "a clear square face image",
// at least 512x512, and shows recommended crops where the head fills a moderate part of the
// frame with some shoulders. The sample reference frames the model was tuned on have the eyes
// about 0.21 of the frame width apart, at about 46% of the height from the top (the fixture's
// reference keypoints: eyes at y 236-240 of 512, 110 px apart). So the crop side is 4.6 face
// scales, where the face scale is the eye distance, or 1.8x the eye-to-nose drop when that is
// larger (a turned head has close-together eyes but the same vertical extent); the point between
// the eye midpoint and the nose is centred horizontally, and the eye midpoint sits at 46% of the
// side from the top.
//
// Near the image border the square is SHIFTED back inside the image (the face is then off-centre
// but no pixels are invented); if the image is too small for it, the square is SHRUNK to the
// image's short side. No padding is ever added, so the crop only contains real photo pixels.
#pragma once

#include <opencv2/core/mat.hpp>

#include "faces/face_kps.h"

namespace vx::faces {

struct FramingSettings {
    double sideOverFaceScale = 4.6;
    double eyeLineFromTop = 0.46;  // fraction of the side
    // A crop smaller than this many photo pixels is enlarged (up to maxEnlargement times, so
    // the face stays a moderate part of the frame) to avoid upscaling a small crop.
    int preferredMinSidePx = 512;
    double maxEnlargement = 1.3;
};

struct FaceFraming {
    cv::Rect rect;          // square, inside the image
    bool shifted = false;   // moved to stay inside the image: the face is off-centre
    bool shrunk = false;    // smaller than wanted because the image is too small
    bool upscaled = false;  // side < preferredMinSidePx: the 512 frame will be an upscale
};

// The automatic crop for a face with these keypoints (image pixels).
FaceFraming frameFace(const FaceKps& kps, cv::Size imageSize, const FramingSettings& settings = {});

// Makes a user-adjusted rectangle usable: square (the side is the larger of width and height),
// then shifted and, if needed, shrunk to lie inside the image, keeping its centre where possible.
// Throws vx::Error(BadInput) for an empty image and Internal for a rect with no area.
FaceFraming fitSquareToImage(const cv::Rect& requested, cv::Size imageSize,
                             int preferredMinSidePx = 512);

// The crop resized to outputSidePx x outputSidePx (area filter down, bicubic up). The rect must
// be square and inside the image (vx::Error(Internal) otherwise).
cv::Mat cropSquare(const cv::Mat& image, const cv::Rect& rect, int outputSidePx);

// Pixel coordinates (pixel centres at integers) between the photo and the resized crop.
cv::Point2f toCropCoordinates(const cv::Point2f& photoPoint, const cv::Rect& rect,
                              int outputSidePx);
cv::Point2f toPhotoCoordinates(const cv::Point2f& cropPoint, const cv::Rect& rect,
                               int outputSidePx);
FaceKps toCropCoordinates(const FaceKps& photoKps, const cv::Rect& rect, int outputSidePx);
FaceKps toPhotoCoordinates(const FaceKps& cropKps, const cv::Rect& rect, int outputSidePx);

// Composites a generated square frame back into the photo inside `rect`: the frame is resized to
// the rect and blended with a weight that ramps linearly from 0 at the rect's edge to 1 at
// featherPx inside it (0 = hard edge). Sides of the rect that lie on the photo's border are not
// feathered (there is nothing to blend with there). Pixels outside the rect are unchanged.
// `original` and `frame` must have the same type (8-bit, 1 to 4 channels); throws Internal
// otherwise or when the rect is not inside the photo.
cv::Mat pasteBack(const cv::Mat& original, const cv::Mat& frame, const cv::Rect& rect,
                  int featherPx);

}  // namespace vx::faces
