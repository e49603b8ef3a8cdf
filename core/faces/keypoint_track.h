// The V-Express keypoint track: fitting a driving track to the video length, and retargeting it
// onto the reference face (spec §9.1, §9.3). The four original strategies reproduce V-Express to
// the bit, quirks included (§12.1, §12.2); FollowNose is our corrected variant.
#pragma once

#include <string>

#include "faces/face_kps.h"

namespace vx::faces {

// Fits a track to exactly `length` frames the way V-Express does: keep the first `length` frames
// when there are more, then resample the time axis with 1-D linear interpolation without corner
// alignment (PyTorch's F.interpolate(mode="linear", align_corners=False), float32). With N >=
// length this is the identity after truncation; with N < length the track is stretched. Frames are
// mapped by index, not by time (the driving video's frame rate is ignored, §12.12). Throws
// vx::Error(BadInput) for an empty track and Internal for length < 1.
KpsTrack resampleTrack(const KpsTrack& track, int length);

enum class RetargetStrategy {
    FixFace,         // "fix_face": every frame is the reference keypoints
    NoRetarget,      // "no_retarget": the driving track as it is
    OffsetRetarget,  // "offset_retarget": the reference moved by MINUS half the driving nose motion
    NaiveRetarget,   // "naive_retarget": the rescaled driving track, translated onto the reference
    FollowNose,      // "follow_nose": the reference moved WITH the driving nose, at full amplitude
                     // rescaled to the reference face's size (our correction of offset_retarget)
};

// Whether to reproduce V-Express exactly (parity with the original and its fixtures) or to use
// the corrected behaviour where the original has a bug.
enum class ParityMode {
    VExpress,   // the original: fix_face by default, buggy frame selection kept
    Corrected,  // ours: follow_nose by default, frame selected by the smallest ratio difference
};

// The strategy used when the user names none: V-Express's fix_face in parity mode, else
// follow_nose when there is a driving track and fix_face when there is none.
enum class DrivingTrack { Absent, Present };
RetargetStrategy defaultRetargetStrategy(ParityMode mode, DrivingTrack driving);

// The command-line spelling ("fix_face", ...), and back. parseRetargetStrategy throws
// vx::Error(BadInput) listing the valid names.
std::string retargetStrategyName(RetargetStrategy strategy);
RetargetStrategy parseRetargetStrategy(const std::string& name);

// The driving frame whose eye-to-nose distance ratio |P0-P2| / (|P1-P2| + 1e-6) "matches" the
// reference. In ParityMode::VExpress this reproduces the original's bug (§12.1: the running best
// stores the raw ratio, not the difference); in Corrected mode it is the frame with the smallest
// |ratio(frame) - ratio(reference)| (the first one on ties). Throws BadInput for an empty track.
size_t selectMatchingFrame(const FaceKps& reference, const KpsTrack& driving, ParityMode mode);

// `length` copies of the reference keypoints: fix_face when there is no driving track at all.
KpsTrack constantTrack(const FaceKps& reference, int length);

// Applies a strategy to a driving track already fitted to the video length. The result has one
// frame per driving frame (for FixFace too: use constantTrack when there is no driving track).
// Frame selection for the two rescaling strategies follows `mode`; everything else is the original
// arithmetic (float32 with the float64 steps the original has). FollowNose: select the matching
// frame s, scale the driving nose motion (nose_i - nose_s) by the face-size ratios of the reference
// to frame s (eye distance along x, nose-to-eye-line distance along y), and add it to all three
// reference points. Throws vx::Error(BadInput) for an empty driving track when the strategy needs
// one, or a degenerate face (coincident eyes, nose on the eye line) in the selected frame.
KpsTrack retargetTrack(const FaceKps& reference, const KpsTrack& driving, RetargetStrategy strategy,
                       ParityMode mode);

}  // namespace vx::faces
