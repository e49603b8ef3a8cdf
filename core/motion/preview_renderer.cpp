#include "motion/preview_renderer.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

#include "common/error.h"
#include "motion/eyelid_warp.h"
#include "motion/speech_activity.h"

namespace vx::motion {

namespace {

// 1 inside the face outline grown by 25 % (hair, ears) and the neck below it, fading over
// about half a face width to 0.
cv::Mat headWeightMap(cv::Size size, const FaceRegions& regions) {
    std::vector<cv::Point2f> outline = regions.outline;
    cv::Point2f centre(0, 0);
    for (const auto& p : outline)
        centre += p;
    centre *= 1.0f / float(outline.size());
    cv::Rect2f box = cv::boundingRect(outline);
    std::vector<cv::Point> grown;
    for (const auto& p : outline)
        grown.emplace_back(cv::Point(centre + 1.25f * (p - centre)));
    // The neck: the jaw's lower half continued down to the bottom of the frame.
    grown.emplace_back(int(centre.x + 0.35f * box.width), size.height - 1);
    grown.emplace_back(int(centre.x - 0.35f * box.width), size.height - 1);
    cv::Mat mask = cv::Mat::zeros(size, CV_8U);
    std::vector<cv::Point> hull;
    cv::convexHull(grown, hull);
    cv::fillConvexPoly(mask, hull, cv::Scalar(255), cv::LINE_AA);
    cv::Mat weight;
    mask.convertTo(weight, CV_32F, 1.0 / 255.0);
    int blur = std::max(3, int(0.5f * box.width)) | 1;
    cv::GaussianBlur(weight, weight, cv::Size(blur, blur), 0, 0, cv::BORDER_REPLICATE);
    return weight;
}

}  // namespace

PreviewRenderer::PreviewRenderer(const cv::Mat& portrait, const faces::FaceKps& referenceKps,
                                 const std::vector<cv::Point2f>& landmarks68)
    : m_portrait(portrait.clone()),
      m_referenceKps(referenceKps),
      m_regions(faceRegionsFrom68(landmarks68)),
      m_mouth(m_regions) {
    if (m_portrait.empty() || m_portrait.type() != CV_8UC3)
        throw Error(ErrorKind::BadInput, "the preview needs an 8-bit colour portrait");
    m_headWeight = headWeightMap(m_portrait.size(), m_regions);
}

cv::Mat PreviewRenderer::render(const PreviewFrameControls& controls) const {
    // Face changes happen in the portrait's own coordinates, where the landmarks are.
    cv::Mat face = m_portrait.clone();
    m_mouth.open(face, controls.mouthOpenness);
    closeEyelids(face, m_regions.eyes, controls.eyelidClosure);

    // Each output pixel looks up where it came from: the inverse head motion, weighted by how
    // much that pixel belongs to the head (at the pixel's own position, a close enough
    // approximation for the few percent a head moves).
    const cv::Mat forward = similarityBetween(m_referenceKps, controls.kps);
    cv::Mat inverse;
    cv::invertAffineTransform(forward, inverse);
    const double a = inverse.at<double>(0, 0), b = inverse.at<double>(0, 1),
                 c = inverse.at<double>(0, 2);
    const double d = inverse.at<double>(1, 0), e = inverse.at<double>(1, 1),
                 f = inverse.at<double>(1, 2);
    cv::Mat mapX(face.size(), CV_32F), mapY(face.size(), CV_32F);
    for (int y = 0; y < face.rows; ++y) {
        const float* w = m_headWeight.ptr<float>(y);
        float* mx = mapX.ptr<float>(y);
        float* my = mapY.ptr<float>(y);
        for (int x = 0; x < face.cols; ++x) {
            const double sx = a * x + b * y + c, sy = d * x + e * y + f;
            mx[x] = float(x + w[x] * (sx - x));
            my[x] = float(y + w[x] * (sy - y));
        }
    }
    cv::Mat out;
    cv::remap(face, out, mapX, mapY, cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    return out;
}

std::vector<double> mouthOpennessFromEnvelope(const std::vector<double>& envelope, double fps) {
    std::vector<double> activity = speechActivity(envelope, fps);
    // Quiet sounds barely part the lips; the curve keeps syllables distinct.
    for (double& v : activity)
        v = std::clamp((v - 0.08) / 0.92, 0.0, 1.0);
    return activity;
}

}  // namespace vx::motion
