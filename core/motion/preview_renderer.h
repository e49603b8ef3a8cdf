// The instant preview: animates the portrait on the CPU without the neural model, fast enough
// to scrub live. The head follows the keypoint track (a similarity warp that fades into the
// still background), the mouth opens with the speech, the eyelids close for blinks.
#pragma once

#include <opencv2/core/mat.hpp>

#include <memory>
#include <vector>

#include "faces/face_kps.h"
#include "motion/face_regions.h"
#include "motion/mouth_warp.h"

namespace vx::motion {

struct PreviewFrameControls {
    faces::FaceKps kps{};        // where the eyes and nose are in this frame
    double mouthOpenness = 0.0;  // 0 closed .. 1 wide open
    double eyelidClosure = 0.0;  // 0 open .. 1 closed
};

class PreviewRenderer {
public:
    // `portrait`: 8-bit RGB (the framed square crop); `referenceKps` and `landmarks68` in its
    // pixel coordinates. Throws vx::Error(BadInput) for an empty image or missing landmarks.
    PreviewRenderer(const cv::Mat& portrait, const faces::FaceKps& referenceKps,
                    const std::vector<cv::Point2f>& landmarks68);

    // One frame, the size of the portrait. Thread-compatible: const and allocation-light.
    cv::Mat render(const PreviewFrameControls& controls) const;

    const FaceRegions& regions() const { return m_regions; }
    const faces::FaceKps& referenceKps() const { return m_referenceKps; }

private:
    cv::Mat m_portrait;
    faces::FaceKps m_referenceKps;
    FaceRegions m_regions;
    MouthWarp m_mouth;
    // How strongly each pixel follows the head: 1 on the face and neck, fading to 0 in the
    // background, so the background stays still without a visible seam (CV_32F).
    cv::Mat m_headWeight;
};

// Mouth openness per video frame from the speech loudness envelope: follows syllables (not
// phrases), 0 in pauses.
std::vector<double> mouthOpennessFromEnvelope(const std::vector<double>& envelope, double fps);

}  // namespace vx::motion
