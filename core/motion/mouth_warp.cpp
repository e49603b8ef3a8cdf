#include "motion/mouth_warp.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace vx::motion {

namespace {
// The largest gap between the lips, as a fraction of the mouth width, and how much of it the
// upper lip takes (the jaw does most of the work when people speak).
constexpr double kMaxOpenFraction = 0.3;
constexpr double kUpperLipShare = 0.15;
// The colour of the inside of a mouth (RGB), blended into the gap.
const cv::Scalar kMouthInterior(72, 28, 30);
}  // namespace

MouthWarp::MouthWarp(const FaceRegions& regions) {
    const auto& outer = regions.outerMouth;  // 48..59: corners at 0 and 6
    const cv::Point2d left(outer[0]), right(outer[6]);
    const cv::Point2d across = right - left;
    m_width = std::max(1.0, std::hypot(across.x, across.y));
    m_uAxis = across / m_width;
    m_vAxis = cv::Point2d(-m_uAxis.y, m_uAxis.x);
    cv::Point2d sum(0, 0);
    for (const auto& p : regions.innerMouth)
        sum += cv::Point2d(p);
    m_centre = sum / double(std::max<size_t>(1, regions.innerMouth.size()));
    // The outline starts with the jaw (0..16); point 8 is the chin.
    const cv::Point2d chin(regions.outline.at(8));
    m_chinDistance = std::max(m_width * 0.6, (chin - m_centre).dot(m_vAxis) * 1.3);
}

cv::Rect MouthWarp::influenceRect(cv::Size frameSize) const {
    const double uHalf = 0.5 * m_width * 1.6;
    const double vTop = -0.6 * m_width;
    const double vBottom = m_chinDistance + kMaxOpenFraction * m_width;
    double minX = 1e18, minY = 1e18, maxX = -1e18, maxY = -1e18;
    for (double u : {-uHalf, uHalf}) {
        for (double v : {vTop, vBottom}) {
            const cv::Point2d p = m_centre + u * m_uAxis + v * m_vAxis;
            minX = std::min(minX, p.x), maxX = std::max(maxX, p.x);
            minY = std::min(minY, p.y), maxY = std::max(maxY, p.y);
        }
    }
    cv::Rect rect(cv::Point(int(std::floor(minX)) - 2, int(std::floor(minY)) - 2),
                  cv::Point(int(std::ceil(maxX)) + 3, int(std::ceil(maxY)) + 3));
    return rect & cv::Rect(0, 0, frameSize.width, frameSize.height);
}

void MouthWarp::open(cv::Mat& frame, double openness) const {
    openness = std::clamp(openness, 0.0, 1.0);
    if (openness <= 0.0)
        return;
    const cv::Rect roi = influenceRect(frame.size());
    if (roi.empty())
        return;
    const double gap = kMaxOpenFraction * m_width * openness;
    const double up = kUpperLipShare * gap, down = gap - up;
    const double uHalf = 0.5 * m_width * 1.6;

    cv::Mat mapX(roi.size(), CV_32F), mapY(roi.size(), CV_32F);
    for (int y = 0; y < roi.height; ++y) {
        float* mx = mapX.ptr<float>(y);
        float* my = mapY.ptr<float>(y);
        for (int x = 0; x < roi.width; ++x) {
            const cv::Point2d d = cv::Point2d(roi.x + x, roi.y + y) - m_centre;
            const double u = d.dot(m_uAxis), v = d.dot(m_vAxis);
            // Across the mouth the motion fades towards and past the corners (raised cosine).
            const double across =
                std::abs(u) < uHalf ? 0.5 * (1.0 + std::cos(M_PI * u / uHalf)) : 0.0;
            double sv = v;
            if (across > 0.0) {
                if (v >= down) {
                    // Jaw and lower lip: moved down, fading out towards the end of the chin.
                    const double fade =
                        std::clamp(1.0 - (v - down) / (m_chinDistance + down), 0.0, 1.0);
                    sv = v - down * across * fade * fade;
                } else if (v <= -up) {
                    const double fade = std::clamp(1.0 + (v + up) / (0.6 * m_width - up), 0.0, 1.0);
                    sv = v + up * across * fade;
                } else {
                    sv = v * (1.0 - across);  // the gap: the lip line stretched, shaded below
                }
            }
            if (sv == v) {
                mx[x] = float(x);
                my[x] = float(y);
                continue;
            }
            const cv::Point2d s = m_centre + u * m_uAxis + sv * m_vAxis;
            mx[x] = float(s.x - roi.x);
            my[x] = float(s.y - roi.y);
        }
    }
    cv::Mat source = frame(roi).clone();
    cv::Mat target = frame(roi);
    cv::remap(source, target, mapX, mapY, cv::INTER_LINEAR, cv::BORDER_REPLICATE);

    // Shade the gap as the inside of a mouth: a lens between the parted lips, darkest in the
    // middle and fading towards the corners, so the seam of stretched lip pixels disappears.
    const double alpha = 0.8 * std::min(1.0, openness * 2.5);
    for (int y = 0; y < roi.height; ++y) {
        auto* px = target.ptr<cv::Vec3b>(y);
        for (int x = 0; x < roi.width; ++x) {
            const cv::Point2d d = cv::Point2d(roi.x + x, roi.y + y) - m_centre;
            const double u = d.dot(m_uAxis), v = d.dot(m_vAxis);
            if (v <= -up || v >= down || std::abs(u) >= 0.5 * m_width)
                continue;
            const double acrossMouth =
                std::cos(M_PI * u / m_width);  // 1 in the middle, 0 at corners
            const double lens = std::sin(M_PI * (v + up) / gap);
            const double a = alpha * std::pow(acrossMouth, 0.7) * std::sqrt(std::max(0.0, lens));
            for (int c = 0; c < 3; ++c)
                px[x][c] = cv::saturate_cast<uint8_t>((1.0 - a) * px[x][c] + a * kMouthInterior[c]);
        }
    }
}

}  // namespace vx::motion
