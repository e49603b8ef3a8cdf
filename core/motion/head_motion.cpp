#include "motion/head_motion.h"

#include <algorithm>
#include <cmath>

#include "common/error.h"
#include "motion/smooth_noise.h"
#include "motion/speech_activity.h"

namespace vx::motion {

namespace {

constexpr double kDegToRad = M_PI / 180.0;
// Seconds between motion targets at tempo 1.
constexpr double kBaseTargetSpacingSec = 1.2;
// How long a nod takes, and how much of the pitch range nods may use at speechFollow = 1.
constexpr double kNodDurationSec = 0.45;
constexpr double kMaxNodShare = 0.45;

void requireRange(double value, double lo, double hi, const char* name) {
    if (!(value >= lo && value <= hi)) {
        throw Error(ErrorKind::BadInput, std::string("head motion setting '") + name + "' is " +
                                             std::to_string(value) + "; use a value from " +
                                             std::to_string(lo) + " to " + std::to_string(hi));
    }
}

void validate(const HeadMotionSettings& s) {
    requireRange(s.amount, 0.0, 1.0, "amount");
    requireRange(s.yawRangeDeg, 0.0, 45.0, "yaw range");
    requireRange(s.pitchRangeDeg, 0.0, 30.0, "pitch range");
    requireRange(s.rollRangeDeg, 0.0, 30.0, "roll range");
    requireRange(s.swayFraction, 0.0, 0.5, "sway");
    requireRange(s.scaleRange, 0.0, 0.3, "scale range");
    requireRange(s.tempo, 0.1, 4.0, "tempo");
    requireRange(s.speechFollow, 0.0, 1.0, "speech follow");
}

// A nod: a raised-cosine bump of height 1 lasting `length` frames, added from each onset.
std::vector<double> nodCurve(const std::vector<int>& onsets, int frameCount, double fps) {
    std::vector<double> nods(frameCount, 0.0);
    const int length = std::max(2, static_cast<int>(std::lround(kNodDurationSec * fps)));
    for (int start : onsets) {
        for (int k = 0; k < length && start + k < frameCount; ++k) {
            const double bump = 0.5 * (1.0 - std::cos(2.0 * M_PI * k / length));
            nods[start + k] = std::max(nods[start + k], bump);
        }
    }
    return nods;
}

// Euclidean distance between two image points.
double distance(const cv::Point2f& a, const cv::Point2f& b) {
    return std::hypot(double(a.x) - b.x, double(a.y) - b.y);
}

bool insideFrame(const faces::FaceKps& kps, cv::Size frame, float margin) {
    for (const auto& p : kps) {
        if (!(p.x >= margin && p.y >= margin && p.x <= frame.width - 1 - margin &&
              p.y <= frame.height - 1 - margin))
            return false;
    }
    return true;
}

}  // namespace

HeadPose scaledPose(const HeadPose& pose, double factor) {
    HeadPose out;
    out.yawDeg = pose.yawDeg * factor;
    out.pitchDeg = pose.pitchDeg * factor;
    out.rollDeg = pose.rollDeg * factor;
    out.swayXEyes = pose.swayXEyes * factor;
    out.swayYEyes = pose.swayYEyes * factor;
    out.scale = 1.0 + (pose.scale - 1.0) * factor;
    return out;
}

namespace {

// One row per preset: its command-line name and the settings that differ from the defaults
// (a negative value keeps the default). Still is amount 0: exactly fix_face.
struct PresetRow {
    HeadMotionPreset preset;
    const char* name;
    double amount, yawDeg, pitchDeg, rollDeg, sway, tempo, speechFollow;
};

constexpr PresetRow kPresets[] = {
    {HeadMotionPreset::Still, "still", 0.0, -1, -1, -1, -1, -1, -1},
    {HeadMotionPreset::CalmPresenter, "calm", 0.4, 8.0, 5.0, 3.0, -1, 0.7, 0.4},
    {HeadMotionPreset::LivelySpeaker, "lively", 0.8, 15.0, 10.0, 6.0, 0.06, 1.4, 0.8},
    {HeadMotionPreset::NoddingListener, "nodding", 0.6, 4.0, 12.0, 3.0, -1, 0.8, 1.0},
};

const PresetRow& presetRow(HeadMotionPreset preset) {
    for (const PresetRow& row : kPresets) {
        if (row.preset == preset)
            return row;
    }
    return kPresets[0];
}

void overrideIfSet(double& field, double value) {
    if (value >= 0.0)
        field = value;
}

}  // namespace

HeadMotionSettings presetSettings(HeadMotionPreset preset) {
    const PresetRow& row = presetRow(preset);
    HeadMotionSettings s;
    s.amount = row.amount;
    overrideIfSet(s.yawRangeDeg, row.yawDeg);
    overrideIfSet(s.pitchRangeDeg, row.pitchDeg);
    overrideIfSet(s.rollRangeDeg, row.rollDeg);
    overrideIfSet(s.swayFraction, row.sway);
    overrideIfSet(s.tempo, row.tempo);
    overrideIfSet(s.speechFollow, row.speechFollow);
    return s;
}

std::string presetName(HeadMotionPreset preset) {
    return presetRow(preset).name;
}

HeadMotionPreset parsePreset(const std::string& name) {
    for (const PresetRow& row : kPresets) {
        if (name == row.name)
            return row.preset;
    }
    throw Error(ErrorKind::BadInput,
                "unknown head motion preset '" + name + "'; use still, calm, lively or nodding");
}

std::vector<HeadPose> synthesizeHeadPoses(const HeadMotionSettings& settings, int frameCount,
                                          double fps, const std::vector<double>& speechEnvelope) {
    validate(settings);
    if (frameCount < 0 || !(fps > 0.0))
        throw Error(ErrorKind::Internal, "head motion needs a positive frame rate");
    std::vector<HeadPose> poses(frameCount);
    if (settings.amount == 0.0 || frameCount == 0)
        return poses;

    // Every curve lies in [-1, 1]; each gets its own seed so the axes move independently.
    const double spacing = kBaseTargetSpacingSec * fps / settings.tempo;
    auto curve = [&](uint64_t axis, double spacingFactor) {
        return smoothNoise(frameCount, spacing * spacingFactor, settings.seed * 7919 + axis);
    };
    const auto yaw = curve(1, 1.0), pitch = curve(2, 0.8), roll = curve(3, 1.3);
    const auto swayX = curve(4, 1.7), swayY = curve(5, 1.9), lean = curve(6, 2.3);

    // The voice shapes the motion: a gain in [0, 1] that calms pauses, and nods at stresses.
    std::vector<double> activity(frameCount, 1.0);
    std::vector<double> nods(frameCount, 0.0);
    if (!speechEnvelope.empty() && settings.speechFollow > 0.0) {
        std::vector<double> envelope(speechEnvelope);
        envelope.resize(frameCount, 0.0);
        const auto syllables = speechActivity(envelope, fps);
        nods = nodCurve(stressOnsets(syllables, fps), frameCount, fps);
        // The calm-in-pauses gain follows phrases, not syllables: a gain that rose and fell with
        // every syllable would make the head wobble.
        activity = smoothCurve(syllables, std::max(1, static_cast<int>(std::lround(0.4 * fps))));
    }
    const double follow = speechEnvelope.empty() ? 0.0 : settings.speechFollow;
    const double nodShare = kMaxNodShare * follow;
    // Smooth the nods once more so stacked onsets never add a corner.
    nods = smoothCurve(nods, std::max(1, static_cast<int>(std::lround(0.05 * fps))));

    for (int i = 0; i < frameCount; ++i) {
        const double gain = (1.0 - follow) + follow * (0.25 + 0.75 * activity[i]);
        const double a = settings.amount;
        HeadPose& p = poses[i];
        p.yawDeg = a * settings.yawRangeDeg * gain * yaw[i];
        // Noise and nod together stay within [-1, 1] of the range: |noise part| <= 1 - nodShare
        // and the nod lies in [0, nodShare].
        p.pitchDeg =
            a * settings.pitchRangeDeg * ((1.0 - nodShare) * gain * pitch[i] + nodShare * nods[i]);
        p.rollDeg = a * settings.rollRangeDeg * gain * roll[i];
        p.swayXEyes =
            a * settings.swayFraction * swayX[i];  // in eye distances; scaled per face later
        p.swayYEyes = a * settings.swayFraction * swayY[i];
        p.scale = 1.0 + a * settings.scaleRange * lean[i];
    }
    return poses;
}

faces::FaceKps applyHeadPose(const faces::FaceKps& reference, const HeadPose& pose) {
    const cv::Point2f& e0 = reference[faces::kImageLeftEye];
    const cv::Point2f& e1 = reference[faces::kImageRightEye];
    const cv::Point2f& nose = reference[faces::kNoseTip];
    const double eyeDistance = std::max(distance(e0, e1), 1.0);
    // A simple face model: eyes at depth 0, the nose tip 0.6 eye distances in front of them,
    // rotating about a point 0.9 eye distances behind the eyes, below the eye line by half of
    // the eye-to-nose drop. The numbers make a 15 degree turn move the nose about a fifth of the
    // eye distance, as in real footage.
    const double pivotX = 0.5 * (double(e0.x) + e1.x);
    const double pivotY =
        0.5 * (double(e0.y) + e1.y) + 0.5 * (nose.y - 0.5 * (double(e0.y) + e1.y));
    const double depth[3] = {0.0, 0.0, 0.6 * eyeDistance};
    const double pivotZ = -0.9 * eyeDistance;

    const double cy = std::cos(pose.yawDeg * kDegToRad), sy = std::sin(pose.yawDeg * kDegToRad);
    const double cp = std::cos(pose.pitchDeg * kDegToRad), sp = std::sin(pose.pitchDeg * kDegToRad);
    const double cr = std::cos(pose.rollDeg * kDegToRad), sr = std::sin(pose.rollDeg * kDegToRad);

    faces::FaceKps out = reference;
    for (int k = 0; k < 3; ++k) {
        const double x = reference[k].x - pivotX;
        const double y = reference[k].y - pivotY;
        const double z = depth[k] - pivotZ;
        // Yaw about the vertical axis, then pitch about the horizontal one, then roll in the
        // image plane; orthographic projection keeps x and y.
        const double x1 = cy * x + sy * z;
        const double z1 = -sy * x + cy * z;
        const double y2 = cp * y + sp * z1;
        const double x3 = cr * x1 - sr * y2;
        const double y3 = sr * x1 + cr * y2;
        // Move by the difference from the unrotated point: a zero pose adds exactly zero.
        const double moveX = (x3 * pose.scale - x) + pose.swayXEyes * eyeDistance;
        const double moveY = (y3 * pose.scale - y) + pose.swayYEyes * eyeDistance;
        out[k].x = static_cast<float>(reference[k].x + moveX);
        out[k].y = static_cast<float>(reference[k].y + moveY);
    }
    return out;
}

faces::KpsTrack headMotionTrack(const faces::FaceKps& reference, const std::vector<HeadPose>& poses,
                                cv::Size frameSize, float marginPx) {
    if (!insideFrame(reference, frameSize, 0.0f)) {
        throw Error(ErrorKind::BadInput,
                    "the reference keypoints lie outside the frame; re-detect the face or adjust "
                    "the crop");
    }
    const float margin = insideFrame(reference, frameSize, marginPx) ? marginPx : 0.0f;
    auto trackFor = [&](double factor) {
        faces::KpsTrack track;
        track.reserve(poses.size());
        for (const auto& pose : poses)
            track.push_back(applyHeadPose(reference, scaledPose(pose, factor)));
        return track;
    };
    auto fits = [&](const faces::KpsTrack& track) {
        return std::all_of(track.begin(), track.end(), [&](const faces::FaceKps& k) {
            return insideFrame(k, frameSize, margin);
        });
    };
    faces::KpsTrack track = trackFor(1.0);
    if (fits(track))
        return track;
    // Bisect the largest uniform factor that keeps every frame inside; factor 0 always fits.
    double lo = 0.0, hi = 1.0;
    for (int i = 0; i < 30; ++i) {
        const double mid = 0.5 * (lo + hi);
        (fits(trackFor(mid)) ? lo : hi) = mid;
    }
    return trackFor(lo);
}

faces::KpsTrack mixTracks(const faces::KpsTrack& synthetic, const faces::KpsTrack& driving,
                          const faces::FaceKps& drivingReference, double drivingWeight,
                          double drivingScale) {
    if (synthetic.size() != driving.size()) {
        throw Error(ErrorKind::BadInput, "the driving track has " + std::to_string(driving.size()) +
                                             " frames but the video has " +
                                             std::to_string(synthetic.size()));
    }
    requireRange(drivingWeight, 0.0, 1.0, "driving weight");
    faces::KpsTrack out = synthetic;
    const double factor = drivingWeight * drivingScale;
    for (size_t i = 0; i < out.size(); ++i) {
        for (int k = 0; k < 3; ++k) {
            out[i][k].x += static_cast<float>(factor * (driving[i][k].x - drivingReference[k].x));
            out[i][k].y += static_cast<float>(factor * (driving[i][k].y - drivingReference[k].y));
        }
    }
    return out;
}

}  // namespace vx::motion
