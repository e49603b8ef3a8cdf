#include "faces/keypoint_track.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "common/error.h"

namespace vx::faces {
namespace {

// --- The original's geometry helpers (V-Express pipelines/utils.py), with the float32/float64
// --- mix of the numpy 1.x it runs on (torch 2.0 predates numpy 2): float32 differences of
// --- float32 scalars, but `scalar ** 2` of a numpy float32 scalar is a float64 in numpy 1.x
// --- (value-based casting), so the squares, their sum and math.sqrt are double; float32
// --- throughout point_to_line_dist, whose operands are arrays.

// compute_dist on float32 coordinates: float32 differences, double squares, sum and root.
double distanceF32DifferencesF64Squares(const cv::Point2f& a, const cv::Point2f& b) {
    const float dx = a.x - b.x;
    const float dy = a.y - b.y;
    const double dx64 = static_cast<double>(dx);
    const double dy64 = static_cast<double>(dy);
    return std::sqrt(dx64 * dx64 + dy64 * dy64);
}

// compute_ratio: |P0 - P2| / (|P1 - P2| + 1e-6), in double.
double eyeNoseRatio(const FaceKps& kps) {
    const double left = distanceF32DifferencesF64Squares(kps[kImageLeftEye], kps[kNoseTip]);
    const double right = distanceF32DifferencesF64Squares(kps[kImageRightEye], kps[kNoseTip]);
    return left / (right + 1e-6);
}

// get_face_size's AB: the eye-to-eye distance (float32 differences, double squares and root).
double eyeDistance(const FaceKps& kps) {
    return distanceF32DifferencesF64Squares(kps[kImageLeftEye], kps[kImageRightEye]);
}

// point_to_line_dist(C, [A, B]): the distance from the nose to the SEGMENT between the eyes, all
// in float32 (numpy arrays of float32; np.dot of two float32 pairs rounds like a float32 sum).
float noseToEyeSegmentDistance(const FaceKps& kps) {
    const cv::Point2f& a = kps[kImageLeftEye];
    const cv::Point2f& b = kps[kImageRightEye];
    const cv::Point2f& c = kps[kNoseTip];
    const float lineX = b.x - a.x;
    const float lineY = b.y - a.y;
    const float pointX = c.x - a.x;
    const float pointY = c.y - a.y;
    const float lineLength = std::sqrt(lineX * lineX + lineY * lineY);
    const float unitX = lineX / lineLength;
    const float unitY = lineY / lineLength;
    const float scaledX = pointX * 1.0f / lineLength;
    const float scaledY = pointY * 1.0f / lineLength;
    float t = unitX * scaledX + unitY * scaledY;
    if (t < 0.0f)
        t = 0.0f;
    else if (t > 1.0f)
        t = 1.0f;
    const float nearestX = a.x + t * lineX;
    const float nearestY = a.y + t * lineY;
    const float offX = c.x - nearestX;
    const float offY = c.y - nearestY;
    return std::sqrt(offX * offX + offY * offY);
}

void requireNonEmpty(const KpsTrack& track, const char* what) {
    if (track.empty())
        throw Error(ErrorKind::BadInput,
                    std::string(what) +
                        ": the driving keypoint track has no frames; extract it from a video in "
                        "which one face is visible in every frame");
}

// The face-size ratios reference / selected frame: along x the eye distance (double), along y the
// nose-to-eye-line distance (float32), as get_rescale_params returns them.
struct FaceScale {
    double alongX = 1.0;
    float alongY = 1.0f;
};

FaceScale faceScale(const FaceKps& reference, const FaceKps& driving, size_t frameIndex) {
    const double drivingWidth = eyeDistance(driving);
    const float drivingHeight = noseToEyeSegmentDistance(driving);
    if (!(drivingWidth > 0.0) || !(drivingHeight > 0.0f) || !std::isfinite(drivingHeight))
        throw Error(ErrorKind::BadInput,
                    "driving keypoint frame " + std::to_string(frameIndex) +
                        " has coincident eyes or a nose on the eye line; the keypoints cannot be "
                        "rescaled to the reference face (re-extract them from a frontal video)");
    FaceScale scale;
    scale.alongX = eyeDistance(reference) / drivingWidth;
    scale.alongY = noseToEyeSegmentDistance(reference) / drivingHeight;
    return scale;
}

// rescaled[:, :, 0] *= scale_width; rescaled[:, :, 1] *= scale_height: numpy casts the Python
// float factor to float32 and multiplies in float32, about the image origin.
KpsTrack rescaleAboutOrigin(const KpsTrack& driving, const FaceScale& scale) {
    const float factorX = static_cast<float>(scale.alongX);
    const float factorY = scale.alongY;
    KpsTrack rescaled = driving;
    for (FaceKps& frame : rescaled)
        for (cv::Point2f& p : frame) {
            p.x *= factorX;
            p.y *= factorY;
        }
    return rescaled;
}

KpsTrack offsetRetarget(const FaceKps& reference, const KpsTrack& rescaled) {
    // Quirk (§12.2): the reference moves by MINUS half the nose displacement from frame 0.
    const cv::Point2f firstNose = rescaled.front()[kNoseTip];
    KpsTrack out(rescaled.size(), reference);
    for (size_t i = 0; i < rescaled.size(); ++i) {
        const float offsetX = rescaled[i][kNoseTip].x - firstNose.x;
        const float offsetY = rescaled[i][kNoseTip].y - firstNose.y;
        for (cv::Point2f& p : out[i]) {
            p.x -= offsetX / 2.0f;
            p.y -= offsetY / 2.0f;
        }
    }
    return out;
}

KpsTrack naiveRetarget(const FaceKps& reference, KpsTrack rescaled) {
    // Translate so that frame 0's nose lands on the reference nose (float32 scalars).
    const float offsetX = rescaled.front()[kNoseTip].x - reference[kNoseTip].x;
    const float offsetY = rescaled.front()[kNoseTip].y - reference[kNoseTip].y;
    for (FaceKps& frame : rescaled)
        for (cv::Point2f& p : frame) {
            p.x -= offsetX;
            p.y -= offsetY;
        }
    return rescaled;
}

KpsTrack followNose(const FaceKps& reference, const KpsTrack& driving) {
    // The matching frame is where the driving face has the reference's pose, so it maps onto the
    // reference exactly; every other frame moves the whole reference face by the driving nose's
    // motion from that frame, rescaled from the driving face's size to the reference's.
    const size_t matching = selectMatchingFrame(reference, driving, ParityMode::Corrected);
    const FaceScale scale = faceScale(reference, driving[matching], matching);
    const cv::Point2f anchorNose = driving[matching][kNoseTip];
    KpsTrack out(driving.size(), reference);
    for (size_t i = 0; i < driving.size(); ++i) {
        const double moveX = scale.alongX * (static_cast<double>(driving[i][kNoseTip].x) -
                                             static_cast<double>(anchorNose.x));
        const double moveY =
            static_cast<double>(scale.alongY) *
            (static_cast<double>(driving[i][kNoseTip].y) - static_cast<double>(anchorNose.y));
        for (cv::Point2f& p : out[i]) {
            p.x = static_cast<float>(static_cast<double>(p.x) + moveX);
            p.y = static_cast<float>(static_cast<double>(p.y) + moveY);
        }
    }
    return out;
}

}  // namespace

KpsTrack resampleTrack(const KpsTrack& track, int length) {
    requireNonEmpty(track, "resampleTrack");
    if (length < 1)
        throw Error(ErrorKind::Internal,
                    "resampleTrack: the video length must be at least 1 frame, got " +
                        std::to_string(length));
    const size_t outputSize = static_cast<size_t>(length);
    if (track.size() >= outputSize)  // truncation; interpolation to the same size is a copy
        return KpsTrack(track.begin(), track.begin() + static_cast<std::ptrdiff_t>(outputSize));

    // PyTorch's CPU linear interpolation in float32: scale = in / out, source index
    // max(0, scale * (j + 0.5) - 0.5), i0 = floor, i1 = min(i0 + 1, in - 1),
    // lambda = clamp(src - i0, 0, 1), y = (1 - lambda) * x[i0] + lambda * x[i1].
    const int64_t inputSize = static_cast<int64_t>(track.size());
    const float scale = static_cast<float>(inputSize) / static_cast<float>(length);
    KpsTrack out(outputSize);
    for (int64_t j = 0; j < length; ++j) {
        float source = scale * (static_cast<float>(j) + 0.5f) - 0.5f;
        if (source < 0.0f)
            source = 0.0f;
        const int64_t i0 = std::min(static_cast<int64_t>(std::floor(source)), inputSize - 1);
        const int64_t i1 = i0 < inputSize - 1 ? i0 + 1 : i0;
        const float lambda1 = std::min(std::max(source - static_cast<float>(i0), 0.0f), 1.0f);
        const float lambda0 = 1.0f - lambda1;
        const FaceKps& a = track[static_cast<size_t>(i0)];
        const FaceKps& b = track[static_cast<size_t>(i1)];
        for (int k = 0; k < 3; ++k) {
            out[static_cast<size_t>(j)][k].x = lambda0 * a[k].x + lambda1 * b[k].x;
            out[static_cast<size_t>(j)][k].y = lambda0 * a[k].y + lambda1 * b[k].y;
        }
    }
    return out;
}

KpsTrack constantTrack(const FaceKps& reference, int length) {
    if (length < 1)
        throw Error(ErrorKind::Internal,
                    "constantTrack: the video length must be at least 1 "
                    "frame, got " +
                        std::to_string(length));
    return KpsTrack(static_cast<size_t>(length), reference);
}

RetargetStrategy defaultRetargetStrategy(ParityMode mode, DrivingTrack driving) {
    if (mode == ParityMode::VExpress || driving == DrivingTrack::Absent)
        return RetargetStrategy::FixFace;
    return RetargetStrategy::FollowNose;
}

std::string retargetStrategyName(RetargetStrategy strategy) {
    switch (strategy) {
        case RetargetStrategy::FixFace:
            return "fix_face";
        case RetargetStrategy::NoRetarget:
            return "no_retarget";
        case RetargetStrategy::OffsetRetarget:
            return "offset_retarget";
        case RetargetStrategy::NaiveRetarget:
            return "naive_retarget";
        case RetargetStrategy::FollowNose:
            return "follow_nose";
    }
    throw Error(ErrorKind::Internal, "retargetStrategyName: unknown strategy");
}

RetargetStrategy parseRetargetStrategy(const std::string& name) {
    for (RetargetStrategy s :
         {RetargetStrategy::FixFace, RetargetStrategy::NoRetarget, RetargetStrategy::OffsetRetarget,
          RetargetStrategy::NaiveRetarget, RetargetStrategy::FollowNose})
        if (retargetStrategyName(s) == name)
            return s;
    throw Error(ErrorKind::BadInput,
                "unknown retarget strategy '" + name +
                    "'; use one of fix_face, no_retarget, offset_retarget, naive_retarget, "
                    "follow_nose");
}

size_t selectMatchingFrame(const FaceKps& reference, const KpsTrack& driving, ParityMode mode) {
    requireNonEmpty(driving, "retargeting");
    const double referenceRatio = eyeNoseRatio(reference);
    if (mode == ParityMode::VExpress) {
        // Quirk (§12.1): the running "best" is overwritten with the raw ratio of the selected
        // frame, so a later frame is selected whenever its difference is below that ratio.
        double best = 10000.0;
        bool found = false;
        size_t selected = 0;
        for (size_t i = 0; i < driving.size(); ++i) {
            const double ratio = eyeNoseRatio(driving[i]);
            if (std::fabs(ratio - referenceRatio) < best) {
                selected = i;
                best = ratio;
                found = true;
            }
        }
        if (!found)  // the original crashes here (indexing with None)
            throw Error(ErrorKind::BadInput,
                        "no driving keypoint frame has a usable eye-to-nose geometry; "
                        "re-extract the keypoints from a video with a clearly visible face");
        return selected;
    }
    double bestDifference = std::numeric_limits<double>::infinity();
    size_t selected = 0;
    for (size_t i = 0; i < driving.size(); ++i) {
        const double difference = std::fabs(eyeNoseRatio(driving[i]) - referenceRatio);
        if (difference < bestDifference) {
            bestDifference = difference;
            selected = i;
        }
    }
    return selected;
}

KpsTrack retargetTrack(const FaceKps& reference, const KpsTrack& driving, RetargetStrategy strategy,
                       ParityMode mode) {
    switch (strategy) {
        case RetargetStrategy::FixFace:
            requireNonEmpty(driving, "fix_face");
            return KpsTrack(driving.size(), reference);
        case RetargetStrategy::NoRetarget:
            requireNonEmpty(driving, "no_retarget");
            return driving;
        case RetargetStrategy::OffsetRetarget:
        case RetargetStrategy::NaiveRetarget: {
            const size_t matching = selectMatchingFrame(reference, driving, mode);
            const KpsTrack rescaled =
                rescaleAboutOrigin(driving, faceScale(reference, driving[matching], matching));
            return strategy == RetargetStrategy::OffsetRetarget
                       ? offsetRetarget(reference, rescaled)
                       : naiveRetarget(reference, rescaled);
        }
        case RetargetStrategy::FollowNose:
            requireNonEmpty(driving, "follow_nose");
            return followNose(reference, driving);
    }
    throw Error(ErrorKind::Internal, "retargetTrack: unknown strategy");
}

}  // namespace vx::faces
