#include "faces/kps_drawing.h"

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <vector>

#include "common/error.h"

namespace vx::faces {
namespace {

// Colours in canvas channel order; the canvas is read as RGB.
const cv::Scalar kPointColours[3] = {cv::Scalar(255, 0, 0), cv::Scalar(0, 255, 0),
                                     cv::Scalar(0, 0, 255)};
constexpr int kStickHalfWidthPx = 4;  // the ellipse's minor semi-axis
constexpr int kDotRadiusPx = 4;

// The original does this arithmetic on numpy float32 scalars and truncates with int(); the casts
// below follow it step by step so that the integer geometry handed to OpenCV is identical.
void drawLimb(cv::Mat& canvas, const cv::Point2f& a, const cv::Point2f& b, int colourIndex) {
    const float dx = a.x - b.x;
    const float dy = a.y - b.y;
    const float squaredLength = dx * dx + dy * dy;
    const float length = std::sqrt(squaredLength);
    // math.degrees(math.atan2(...)) in double, then int() (truncation toward zero).
    constexpr double kRadToDeg = 180.0 / 3.14159265358979323846;
    const int angleDeg =
        static_cast<int>(std::atan2(static_cast<double>(dy), static_cast<double>(dx)) * kRadToDeg);
    // np.mean of two float32 values: float32 sum, float32 division.
    const float meanX = (a.x + b.x) / 2.0f;
    const float meanY = (a.y + b.y) / 2.0f;
    const cv::Point centre(static_cast<int>(meanX), static_cast<int>(meanY));
    const cv::Size axes(static_cast<int>(length / 2.0f), kStickHalfWidthPx);

    std::vector<cv::Point> polygon;
    cv::ellipse2Poly(centre, axes, angleDeg, 0, 360, 1, polygon);
    // int(float(c) * 0.6) per channel: 255 -> 153.
    const cv::Scalar& full = kPointColours[colourIndex];
    const cv::Scalar limbColour(static_cast<int>(full[0] * 0.6), static_cast<int>(full[1] * 0.6),
                                static_cast<int>(full[2] * 0.6));
    cv::fillConvexPoly(canvas, polygon, limbColour, cv::LINE_8, 0);
}

}  // namespace

cv::Mat drawKpsImage(int height, int width, const FaceKps& kps) {
    if (height <= 0 || width <= 0)
        throw Error(ErrorKind::Internal, "drawKpsImage: canvas size must be positive, got " +
                                             std::to_string(width) + "x" + std::to_string(height));
    cv::Mat canvas(height, width, CV_8UC3, cv::Scalar::all(0));
    // Limbs first, in the original's order: (0 -> 2), then (1 -> 2); no eye-to-eye limb.
    drawLimb(canvas, kps[kImageLeftEye], kps[kNoseTip], kImageLeftEye);
    drawLimb(canvas, kps[kImageRightEye], kps[kNoseTip], kImageRightEye);
    for (int i = 0; i < 3; ++i) {
        const cv::Point centre(static_cast<int>(kps[i].x), static_cast<int>(kps[i].y));
        cv::circle(canvas, centre, kDotRadiusPx, kPointColours[i], cv::FILLED);
    }
    return canvas;
}

}  // namespace vx::faces
