#include "faces/track_smoothing.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>

#include "common/error.h"

namespace vx::faces {
namespace {

// Weights w_j such that sum_j w_j * x[windowStart + j] is the value at `frame` of the
// least-squares polynomial of degree `order` through x[windowStart .. windowStart + size).
std::vector<double> savitzkyGolayWeights(int windowStart, int size, int frame, int order) {
    cv::Mat design(size, order + 1, CV_64F);
    for (int j = 0; j < size; ++j) {
        const double offset = static_cast<double>(windowStart + j - frame);
        double power = 1.0;
        for (int k = 0; k <= order; ++k) {
            design.at<double>(j, k) = power;
            power *= offset;
        }
    }
    // Evaluating at offset 0 keeps only the constant coefficient: row 0 of the pseudo-inverse.
    cv::Mat pseudoInverse;
    cv::invert(design, pseudoInverse, cv::DECOMP_SVD);
    std::vector<double> weights(static_cast<size_t>(size));
    for (int j = 0; j < size; ++j)
        weights[static_cast<size_t>(j)] = pseudoInverse.at<double>(0, j);
    return weights;
}

}  // namespace

TrackSmoothing smoothingForFrameRate(double framesPerSecond) {
    TrackSmoothing smoothing;
    if (!(framesPerSecond > 0.0) || !std::isfinite(framesPerSecond))
        return smoothing;
    int window = static_cast<int>(std::lround(0.2 * framesPerSecond));
    if (window % 2 == 0)
        window += 1;
    smoothing.windowFrames = std::max(window, 5);
    return smoothing;
}

KpsTrack smoothTrack(const KpsTrack& track, const TrackSmoothing& smoothing) {
    if (smoothing.windowFrames < 1 || smoothing.windowFrames % 2 == 0 ||
        smoothing.polynomialOrder < 0 ||
        (smoothing.windowFrames > 1 && smoothing.polynomialOrder + 2 > smoothing.windowFrames))
        throw Error(ErrorKind::Internal,
                    "smoothTrack: the window must be odd and longer than the polynomial order + 1 "
                    "(window " +
                        std::to_string(smoothing.windowFrames) + ", order " +
                        std::to_string(smoothing.polynomialOrder) + ")");
    const int frames = static_cast<int>(track.size());
    if (smoothing.windowFrames == 1 || frames < 3)
        return track;
    const int window = std::min(smoothing.windowFrames, frames);
    const int order = std::min(smoothing.polynomialOrder, window - 2);
    const int half = window / 2;

    KpsTrack out(track.size());
    for (int i = 0; i < frames; ++i) {
        const int start = std::min(std::max(i - half, 0), frames - window);
        const std::vector<double> weights = savitzkyGolayWeights(start, window, i, order);
        for (int k = 0; k < 3; ++k) {
            double x = 0.0;
            double y = 0.0;
            for (int j = 0; j < window; ++j) {
                const cv::Point2f& p = track[static_cast<size_t>(start + j)][k];
                x += weights[static_cast<size_t>(j)] * p.x;
                y += weights[static_cast<size_t>(j)] * p.y;
            }
            out[static_cast<size_t>(i)][k] =
                cv::Point2f(static_cast<float>(x), static_cast<float>(y));
        }
    }
    return out;
}

KpsTrack fillMissingFrames(const std::vector<std::optional<FaceKps>>& detections) {
    std::vector<size_t> detected;
    for (size_t i = 0; i < detections.size(); ++i)
        if (detections[i])
            detected.push_back(i);
    if (detected.empty())
        throw Error(ErrorKind::BadInput,
                    "no face was found in any frame of the driving video; use a video in which "
                    "one face is clearly visible");
    KpsTrack out(detections.size());
    for (size_t i = 0; i < detections.size(); ++i) {
        if (detections[i]) {
            out[i] = *detections[i];
            continue;
        }
        // The nearest detected frames before and after this one.
        const auto after = std::lower_bound(detected.begin(), detected.end(), i);
        if (after == detected.begin()) {
            out[i] = *detections[*after];
        } else if (after == detected.end()) {
            out[i] = *detections[detected.back()];
        } else {
            const size_t next = *after;
            const size_t previous = *(after - 1);
            const float t = static_cast<float>(i - previous) / static_cast<float>(next - previous);
            for (int k = 0; k < 3; ++k)
                out[i][k] = (*detections[previous])[k] * (1.0f - t) + (*detections[next])[k] * t;
        }
    }
    return out;
}

}  // namespace vx::faces
