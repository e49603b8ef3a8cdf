#include "motion/performance.h"

#include <algorithm>
#include <limits>
#include <string>

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

// `curve`'s value at `frame`, checked to be a size (not negative, at most `maximum`): the curves
// come from checked keyframes, but a wrong one must not make a wild pose.
double checkedAt(const std::vector<double>& curve, int frame, double maximum, const char* name) {
    const double v = at(curve, frame);
    if (!(v >= 0.0 && v <= maximum))
        throw Error(ErrorKind::BadInput, std::string("the ") + name + " of frame " +
                                             std::to_string(frame) + " is out of range");
    return v;
}

// A range's upper bound is the parameter table's (checked where the keyframes are read); here
// only a size is required of it.
constexpr double kAnySize = std::numeric_limits<double>::max();

// Head poses with a per-frame amount, ranges and pose offsets. Each angle of a pose is
// proportional to the amount times its range, and sway and leaning to the amount
// (head_motion.h), so the motion is made once at amount 1 (and range 1 where a range changes)
// and scaled frame by frame: the same curves as constant settings, only their size changes.
std::vector<HeadPose> curvedHeadPoses(const PerformanceSettings& settings, int frameCount,
                                      double fps, const std::vector<double>& speechEnvelope) {
    const PerformanceCurves& curves = settings.curves;
    HeadMotionSettings unit = settings.head;
    if (!curves.headAmount.empty())
        unit.amount = 1.0;
    if (!curves.yawRangeDeg.empty())
        unit.yawRangeDeg = 1.0;
    if (!curves.pitchRangeDeg.empty())
        unit.pitchRangeDeg = 1.0;
    if (!curves.rollRangeDeg.empty())
        unit.rollRangeDeg = 1.0;
    std::vector<HeadPose> poses = synthesizeHeadPoses(unit, frameCount, fps, speechEnvelope);
    for (int i = 0; i < frameCount; ++i) {
        HeadPose& pose = poses[std::size_t(i)];
        if (!curves.headAmount.empty())
            pose = scaledPose(pose, checkedAt(curves.headAmount, i, 1.0, "head motion amount"));
        if (!curves.yawRangeDeg.empty())
            pose.yawDeg *= checkedAt(curves.yawRangeDeg, i, kAnySize, "yaw range");
        if (!curves.pitchRangeDeg.empty())
            pose.pitchDeg *= checkedAt(curves.pitchRangeDeg, i, kAnySize, "pitch range");
        if (!curves.rollRangeDeg.empty())
            pose.rollDeg *= checkedAt(curves.rollRangeDeg, i, kAnySize, "roll range");
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
    if (!settings.limits.none())
        for (HeadPose& pose : track.poses)
            pose = limitedPose(pose, settings.limits);
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
