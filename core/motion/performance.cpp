#include "motion/performance.h"

#include <algorithm>

#include "common/error.h"
#include "motion/preview_renderer.h"

namespace vx::motion {

namespace {

// The curve's value at `frame`: its last value past its end.
double at(const std::vector<double>& curve, int frame) {
    return curve[std::min(std::size_t(frame), curve.size() - 1)];
}

// The preview opens the mouth wider for stronger expression, as a higher audio attention weight
// does in the model.
double mouthGain(double expressionPercent) {
    return 0.6 + 0.4 * std::clamp(expressionPercent, 0.0, 100.0) / 100.0;
}

// Head poses with a per-frame amount and pose offsets. A pose is proportional to the amount
// (head_motion.h), so the motion is made once at amount 1 and scaled frame by frame: the same
// curves as a constant amount, only their size changes.
std::vector<HeadPose> curvedHeadPoses(const PerformanceSettings& settings, int frameCount,
                                      double fps, const std::vector<double>& speechEnvelope) {
    const PerformanceCurves& curves = settings.curves;
    HeadMotionSettings unit = settings.head;
    if (!curves.headAmount.empty())
        unit.amount = 1.0;
    std::vector<HeadPose> poses = synthesizeHeadPoses(unit, frameCount, fps, speechEnvelope);
    for (int i = 0; i < frameCount; ++i) {
        HeadPose& pose = poses[std::size_t(i)];
        if (!curves.headAmount.empty()) {
            const double amount = at(curves.headAmount, i);
            if (!(amount >= 0.0 && amount <= 1.0))
                throw Error(ErrorKind::BadInput, "the head motion amount of frame " +
                                                     std::to_string(i) +
                                                     " is out of range; use a value from 0 to 1");
            pose = scaledPose(pose, amount);
        }
        if (!curves.yawOffsetDeg.empty())
            pose.yawDeg += at(curves.yawOffsetDeg, i);
        if (!curves.pitchOffsetDeg.empty())
            pose.pitchDeg += at(curves.pitchOffsetDeg, i);
        if (!curves.rollOffsetDeg.empty())
            pose.rollDeg += at(curves.rollOffsetDeg, i);
    }
    return poses;
}

}  // namespace

PerformanceTrack buildPerformance(const PerformanceSettings& settings,
                                  const faces::FaceKps& reference, cv::Size frameSize,
                                  int frameCount, double fps,
                                  const std::vector<double>& speechEnvelope) {
    PerformanceTrack track;
    track.poses = settings.curves.empty()
                      ? synthesizeHeadPoses(settings.head, frameCount, fps, speechEnvelope)
                      : curvedHeadPoses(settings, frameCount, fps, speechEnvelope);
    track.kps = headMotionTrack(reference, track.poses, frameSize);
    track.blinks = scheduleBlinks(settings.blinks, frameCount / fps);
    track.eyelidClosure = eyelidClosure(track.blinks, frameCount, fps);
    track.mouthOpenness = mouthOpennessFromEnvelope(speechEnvelope, fps);
    track.mouthOpenness.resize(frameCount, 0.0);
    const std::vector<double>& expression = settings.curves.expressionPercent;
    const double gain = mouthGain(settings.expressionPercent);
    for (int i = 0; i < frameCount; ++i)
        track.mouthOpenness[std::size_t(i)] *=
            expression.empty() ? gain : mouthGain(at(expression, i));
    return track;
}

}  // namespace vx::motion
