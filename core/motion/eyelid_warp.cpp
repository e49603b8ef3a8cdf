#include "motion/eyelid_warp.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace vx::motion {

namespace {

// The eye's own axes: u along the corner-to-corner line, v perpendicular (down in the image
// for an upright face), both in pixels from the eye centre.
struct EyeFrame {
    cv::Point2d centre;
    cv::Point2d uAxis;  // unit vector from corner 0 to corner 3
    cv::Point2d vAxis;  // unit vector perpendicular to uAxis, pointing down for an upright face
    double width = 0.0;
    double opening = 0.0;  // lid-to-lid distance at the middle of the eye
    // The skin above the eye that slides down with the lid: it fades out over this distance.
    double rampLength() const { return 2.0 * opening + 2.0; }
};

EyeFrame eyeFrameOf(const EyeContour& e) {
    EyeFrame f;
    cv::Point2d sum(0, 0);
    for (const auto& p : e)
        sum += cv::Point2d(p);
    f.centre = sum / 6.0;
    const cv::Point2d across = cv::Point2d(e[3]) - cv::Point2d(e[0]);
    f.width = std::hypot(across.x, across.y);
    f.uAxis = f.width > 0 ? across / f.width : cv::Point2d(1, 0);
    f.vAxis = cv::Point2d(-f.uAxis.y, f.uAxis.x);
    auto dist = [](const cv::Point2f& a, const cv::Point2f& b) {
        return std::hypot(double(a.x) - b.x, double(a.y) - b.y);
    };
    f.opening = 0.5 * (dist(e[1], e[5]) + dist(e[2], e[4]));
    return f;
}

// Where the pixel at eye coordinate v (with the local opening h) takes its value from, for a
// lid closed by `closure`. Monotonic in v, identity outside [-h/2 - ramp, h/2].
double sourceV(double v, double h, double closure, double ramp) {
    const double top = -0.5 * h, bottom = 0.5 * h;
    const double shift = h * closure;
    const double lidEdge = top + shift;  // where the upper lid edge now is
    if (v >= bottom || shift <= 0.0)
        return v;
    if (v >= lidEdge) {
        // The visible part of the eye, squeezed between the lowered lid and the lower lid.
        return top + (v - lidEdge) * (bottom - top) / (bottom - lidEdge);
    }
    if (v >= top)
        return v - shift;  // lid and skin moved down by the full shift
    // Above the eye the shift fades out linearly, slowly enough to keep the map monotonic.
    const double fade = std::max(0.0, 1.0 + (v - top) / ramp);
    return v - shift * fade;
}

}  // namespace

cv::Rect eyelidInfluenceRect(const EyeContour& eye, cv::Size frameSize) {
    const EyeFrame f = eyeFrameOf(eye);
    const double uHalf = 0.5 * f.width;
    const double vTop = -0.5 * f.opening - f.rampLength();
    const double vBottom = 0.5 * f.opening;
    double minX = 1e18, minY = 1e18, maxX = -1e18, maxY = -1e18;
    for (double u : {-uHalf, uHalf}) {
        for (double v : {vTop, vBottom}) {
            const cv::Point2d p = f.centre + u * f.uAxis + v * f.vAxis;
            minX = std::min(minX, p.x), maxX = std::max(maxX, p.x);
            minY = std::min(minY, p.y), maxY = std::max(maxY, p.y);
        }
    }
    cv::Rect rect(cv::Point(int(std::floor(minX)) - 2, int(std::floor(minY)) - 2),
                  cv::Point(int(std::ceil(maxX)) + 3, int(std::ceil(maxY)) + 3));
    return rect & cv::Rect(0, 0, frameSize.width, frameSize.height);
}

void closeEyelid(cv::Mat& frame, const EyeContour& eye, double closure) {
    closure = std::clamp(closure, 0.0, 1.0);
    const EyeFrame f = eyeFrameOf(eye);
    if (closure <= 0.0 || f.width < 2.0 || f.opening < 0.5)
        return;
    const cv::Rect roi = eyelidInfluenceRect(eye, frame.size());
    if (roi.empty())
        return;

    cv::Mat mapX(roi.size(), CV_32F), mapY(roi.size(), CV_32F);
    const double ramp = f.rampLength();
    for (int y = 0; y < roi.height; ++y) {
        float* mx = mapX.ptr<float>(y);
        float* my = mapY.ptr<float>(y);
        for (int x = 0; x < roi.width; ++x) {
            const cv::Point2d d = cv::Point2d(roi.x + x, roi.y + y) - f.centre;
            const double u = d.dot(f.uAxis), v = d.dot(f.vAxis);
            const double t = 2.0 * u / f.width;
            // The lid travels less towards the corners: the opening tapers like an almond.
            const double h = f.opening * std::max(0.0, 1.0 - t * t);
            const double sv = h > 0.0 ? sourceV(v, h, closure, ramp) : v;
            if (sv == v) {
                mx[x] = float(x);  // exactly unchanged
                my[x] = float(y);
                continue;
            }
            const cv::Point2d s = f.centre + u * f.uAxis + sv * f.vAxis;
            mx[x] = float(s.x - roi.x);
            my[x] = float(s.y - roi.y);
        }
    }
    cv::Mat source = frame(roi).clone();
    cv::Mat target = frame(roi);
    cv::remap(source, target, mapX, mapY, cv::INTER_LINEAR, cv::BORDER_REPLICATE);
}

void closeEyelids(cv::Mat& frame, const std::array<EyeContour, 2>& eyes, double closure) {
    for (const auto& eye : eyes)
        closeEyelid(frame, eye, closure);
}

}  // namespace vx::motion
