#include "motion/face_regions.h"

#include <cmath>
#include <string>

#include "common/error.h"

namespace vx::motion {

FaceRegions faceRegionsFrom68(const std::vector<cv::Point2f>& lm) {
    if (lm.size() != 68) {
        throw Error(ErrorKind::BadInput, "the face needs 68 landmarks for the preview, got " +
                                             std::to_string(lm.size()));
    }
    FaceRegions r;
    for (int k = 0; k < 6; ++k) {
        r.eyes[0][k] = lm[36 + k];
        r.eyes[1][k] = lm[42 + k];
    }
    r.outerMouth.assign(lm.begin() + 48, lm.begin() + 60);
    r.innerMouth.assign(lm.begin() + 60, lm.begin() + 68);
    r.outline.assign(lm.begin(), lm.begin() + 17);
    for (int k = 26; k >= 17; --k)
        r.outline.push_back(lm[k]);
    return r;
}

double eyeAspectRatio(const EyeContour& e) {
    auto dist = [](const cv::Point2f& a, const cv::Point2f& b) {
        return std::hypot(double(a.x) - b.x, double(a.y) - b.y);
    };
    const double width = dist(e[0], e[3]);
    if (width <= 0.0)
        return 0.0;
    return (dist(e[1], e[5]) + dist(e[2], e[4])) / (2.0 * width);
}

cv::Mat similarityBetween(const faces::FaceKps& from, const faces::FaceKps& to) {
    // Closed-form least squares for x' = a x - b y + tx, y' = b x + a y + ty (Umeyama without
    // reflection), on the centred points.
    cv::Point2d meanFrom(0, 0), meanTo(0, 0);
    for (int k = 0; k < 3; ++k) {
        meanFrom += cv::Point2d(from[k]) / 3.0;
        meanTo += cv::Point2d(to[k]) / 3.0;
    }
    double sxx = 0, sab = 0, sba = 0;
    for (int k = 0; k < 3; ++k) {
        const cv::Point2d p = cv::Point2d(from[k]) - meanFrom;
        const cv::Point2d q = cv::Point2d(to[k]) - meanTo;
        sxx += p.x * p.x + p.y * p.y;
        sab += p.x * q.x + p.y * q.y;
        sba += p.x * q.y - p.y * q.x;
    }
    cv::Mat m = (cv::Mat_<double>(2, 3) << 1, 0, 0, 0, 1, 0);
    if (sxx > 0.0) {
        const double a = sab / sxx, b = sba / sxx;
        m = (cv::Mat_<double>(2, 3) << a, -b, 0, b, a, 0);
    }
    m.at<double>(0, 2) =
        meanTo.x - (m.at<double>(0, 0) * meanFrom.x + m.at<double>(0, 1) * meanFrom.y);
    m.at<double>(1, 2) =
        meanTo.y - (m.at<double>(1, 0) * meanFrom.x + m.at<double>(1, 1) * meanFrom.y);
    return m;
}

std::vector<cv::Point2f> transformPoints(const std::vector<cv::Point2f>& points, const cv::Mat& m) {
    std::vector<cv::Point2f> out;
    out.reserve(points.size());
    for (const auto& p : points) {
        out.emplace_back(static_cast<float>(m.at<double>(0, 0) * p.x + m.at<double>(0, 1) * p.y +
                                            m.at<double>(0, 2)),
                         static_cast<float>(m.at<double>(1, 0) * p.x + m.at<double>(1, 1) * p.y +
                                            m.at<double>(1, 2)));
    }
    return out;
}

EyeContour transformEye(const EyeContour& eye, const cv::Mat& m) {
    const auto moved = transformPoints(std::vector<cv::Point2f>(eye.begin(), eye.end()), m);
    EyeContour out;
    std::copy(moved.begin(), moved.end(), out.begin());
    return out;
}

}  // namespace vx::motion
