#include "motion/performance.h"

#include <algorithm>

#include "motion/preview_renderer.h"

namespace vx::motion {

PerformanceTrack buildPerformance(const PerformanceSettings& settings,
                                  const faces::FaceKps& reference, cv::Size frameSize,
                                  int frameCount, double fps,
                                  const std::vector<double>& speechEnvelope) {
    PerformanceTrack track;
    track.poses = synthesizeHeadPoses(settings.head, frameCount, fps, speechEnvelope);
    track.kps = headMotionTrack(reference, track.poses, frameSize);
    track.blinks = scheduleBlinks(settings.blinks, frameCount / fps);
    track.eyelidClosure = eyelidClosure(track.blinks, frameCount, fps);
    track.mouthOpenness = mouthOpennessFromEnvelope(speechEnvelope, fps);
    track.mouthOpenness.resize(frameCount, 0.0);
    // Stronger expression opens the preview's mouth wider, as a higher audio attention weight
    // does in the model.
    const double gain = 0.6 + 0.4 * std::clamp(settings.expressionPercent, 0.0, 100.0) / 100.0;
    for (double& m : track.mouthOpenness)
        m *= gain;
    return track;
}

}  // namespace vx::motion
