#include "faces/face_framing.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

#include "common/error.h"

namespace vx::faces {
namespace {

float distance(const cv::Point2f& a, const cv::Point2f& b) {
    const cv::Point2f d = a - b;
    return std::sqrt(d.x * d.x + d.y * d.y);
}

// A square of `side` whose top-left is near (left, top), moved and shrunk into the image.
FaceFraming placeSquare(double left, double top, int side, cv::Size imageSize) {
    if (imageSize.width <= 0 || imageSize.height <= 0)
        throw Error(ErrorKind::BadInput, "cannot frame a face in an empty image");
    FaceFraming framing;
    const int maxSide = std::min(imageSize.width, imageSize.height);
    if (side > maxSide) {
        // Shrink about the centre of the wanted square.
        left += (side - maxSide) / 2.0;
        top += (side - maxSide) / 2.0;
        side = maxSide;
        framing.shrunk = true;
    }
    side = std::max(side, 1);
    const int wantedX = static_cast<int>(std::lround(left));
    const int wantedY = static_cast<int>(std::lround(top));
    const int x = std::clamp(wantedX, 0, imageSize.width - side);
    const int y = std::clamp(wantedY, 0, imageSize.height - side);
    framing.shifted = x != wantedX || y != wantedY;
    framing.rect = cv::Rect(x, y, side, side);
    return framing;
}

void requireSquareInside(const cv::Rect& rect, cv::Size imageSize, const char* what) {
    if (rect.width != rect.height || rect.width <= 0 ||
        (rect & cv::Rect(0, 0, imageSize.width, imageSize.height)) != rect)
        throw Error(ErrorKind::Internal,
                    std::string(what) + ": the crop must be a non-empty square inside the image");
}

}  // namespace

FaceFraming frameFace(const FaceKps& kps, cv::Size imageSize, const FramingSettings& settings) {
    const cv::Point2f eyeMid = (kps[kImageLeftEye] + kps[kImageRightEye]) * 0.5f;
    const float eyeDistance = distance(kps[kImageLeftEye], kps[kImageRightEye]);
    const float noseDrop = distance(eyeMid, kps[kNoseTip]);
    const double faceScale = std::max(eyeDistance, 1.8f * noseDrop);
    if (!(faceScale > 0.0))
        throw Error(ErrorKind::BadInput, "the face keypoints coincide; the face cannot be framed");

    double side = settings.sideOverFaceScale * faceScale;
    if (side < settings.preferredMinSidePx)
        side = std::min(static_cast<double>(settings.preferredMinSidePx),
                        side * settings.maxEnlargement);
    const int sidePx = static_cast<int>(std::lround(side));
    const double centreX = (eyeMid.x + kps[kNoseTip].x) / 2.0;
    FaceFraming framing = placeSquare(
        centreX - sidePx / 2.0, eyeMid.y - settings.eyeLineFromTop * sidePx, sidePx, imageSize);
    framing.upscaled = framing.rect.width < settings.preferredMinSidePx;
    return framing;
}

FaceFraming fitSquareToImage(const cv::Rect& requested, cv::Size imageSize,
                             int preferredMinSidePx) {
    if (requested.width <= 0 || requested.height <= 0)
        throw Error(ErrorKind::Internal, "fitSquareToImage: the requested crop has no area");
    const int side = std::max(requested.width, requested.height);
    const double centreX = requested.x + requested.width / 2.0;
    const double centreY = requested.y + requested.height / 2.0;
    FaceFraming framing = placeSquare(centreX - side / 2.0, centreY - side / 2.0, side, imageSize);
    framing.upscaled = framing.rect.width < preferredMinSidePx;
    return framing;
}

cv::Mat cropSquare(const cv::Mat& image, const cv::Rect& rect, int outputSidePx) {
    requireSquareInside(rect, image.size(), "cropSquare");
    if (outputSidePx <= 0)
        throw Error(ErrorKind::Internal, "cropSquare: the output size must be positive");
    cv::Mat out;
    const int interpolation = outputSidePx < rect.width ? cv::INTER_AREA : cv::INTER_CUBIC;
    cv::resize(image(rect), out, cv::Size(outputSidePx, outputSidePx), 0, 0, interpolation);
    return out;
}

cv::Point2f toCropCoordinates(const cv::Point2f& photoPoint, const cv::Rect& rect,
                              int outputSidePx) {
    const float scale = static_cast<float>(outputSidePx) / static_cast<float>(rect.width);
    return cv::Point2f((photoPoint.x - static_cast<float>(rect.x) + 0.5f) * scale - 0.5f,
                       (photoPoint.y - static_cast<float>(rect.y) + 0.5f) * scale - 0.5f);
}

cv::Point2f toPhotoCoordinates(const cv::Point2f& cropPoint, const cv::Rect& rect,
                               int outputSidePx) {
    const float scale = static_cast<float>(rect.width) / static_cast<float>(outputSidePx);
    return cv::Point2f((cropPoint.x + 0.5f) * scale - 0.5f + static_cast<float>(rect.x),
                       (cropPoint.y + 0.5f) * scale - 0.5f + static_cast<float>(rect.y));
}

FaceKps toCropCoordinates(const FaceKps& photoKps, const cv::Rect& rect, int outputSidePx) {
    FaceKps out;
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = toCropCoordinates(photoKps[i], rect, outputSidePx);
    return out;
}

FaceKps toPhotoCoordinates(const FaceKps& cropKps, const cv::Rect& rect, int outputSidePx) {
    FaceKps out;
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = toPhotoCoordinates(cropKps[i], rect, outputSidePx);
    return out;
}

cv::Mat pasteBack(const cv::Mat& original, const cv::Mat& frame, const cv::Rect& rect,
                  int featherPx) {
    if (original.empty() || frame.empty() || original.type() != frame.type() ||
        original.depth() != CV_8U)
        throw Error(ErrorKind::Internal,
                    "pasteBack: the photo and the frame must be non-empty 8-bit images of the "
                    "same type");
    if (rect.width <= 0 || rect.height <= 0 ||
        (rect & cv::Rect(0, 0, original.cols, original.rows)) != rect)
        throw Error(ErrorKind::Internal, "pasteBack: the rectangle must lie inside the photo");
    cv::Mat resized;
    const bool shrinking = rect.width < frame.cols || rect.height < frame.rows;
    cv::resize(frame, resized, rect.size(), 0, 0, shrinking ? cv::INTER_AREA : cv::INTER_CUBIC);

    // Blend weight: distance to the nearest feathered side of the rect, over featherPx.
    const bool featherLeft = rect.x > 0;
    const bool featherTop = rect.y > 0;
    const bool featherRight = rect.x + rect.width < original.cols;
    const bool featherBottom = rect.y + rect.height < original.rows;
    cv::Mat weight(rect.size(), CV_32F, cv::Scalar(1.0f));
    if (featherPx > 0) {
        const float feather = static_cast<float>(featherPx);
        for (int y = 0; y < rect.height; ++y) {
            float* row = weight.ptr<float>(y);
            for (int x = 0; x < rect.width; ++x) {
                float nearest = feather;
                if (featherLeft)
                    nearest = std::min(nearest, x + 0.5f);
                if (featherRight)
                    nearest = std::min(nearest, rect.width - x - 0.5f);
                if (featherTop)
                    nearest = std::min(nearest, y + 0.5f);
                if (featherBottom)
                    nearest = std::min(nearest, rect.height - y - 0.5f);
                row[x] = nearest / feather;
            }
        }
    }

    cv::Mat out = original.clone();
    cv::Mat region = out(rect);
    const int channels = original.channels();
    for (int y = 0; y < rect.height; ++y) {
        const float* w = weight.ptr<float>(y);
        const uchar* src = resized.ptr<uchar>(y);
        uchar* dst = region.ptr<uchar>(y);
        for (int x = 0; x < rect.width; ++x)
            for (int c = 0; c < channels; ++c) {
                const int i = x * channels + c;
                dst[i] = cv::saturate_cast<uchar>(w[x] * src[i] + (1.0f - w[x]) * dst[i]);
            }
    }
    return out;
}

}  // namespace vx::faces
