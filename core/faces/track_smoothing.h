// Cleaning a keypoint track detected frame by frame in a driving video: filling frames where no
// face was found, and removing detector jitter without delaying the motion.
//
// The smoother is a Savitzky-Golay filter: each output frame is the value at that frame of the
// least-squares polynomial (default quadratic) through a centred window of frames. We chose it
// over a One-Euro filter because the whole track is known before rendering, so a zero-phase
// (non-causal) filter is possible: One-Euro is causal and lags fast head motion, which would put
// the pose out of step with the audio. Savitzky-Golay keeps polynomials up to its order exactly
// (a steady drift or a smooth turn passes unchanged, peaks keep their timing) and only damps the
// frame-to-frame noise. At the ends the window is shifted inwards and the polynomial is evaluated
// off-centre, so the first and last frames are filtered too, without padding artefacts.
#pragma once

#include <optional>
#include <vector>

#include "faces/face_kps.h"

namespace vx::faces {

struct TrackSmoothing {
    // Frames in the window (odd, >= polynomialOrder + 2). About 0.2 s of video works well for
    // landmark jitter: 7 frames at 30 fps, 5 at 25 fps. 1 turns smoothing off.
    int windowFrames = 7;
    int polynomialOrder = 2;
};

// The window for a driving video's frame rate: the odd frame count closest to 0.2 s, at least 5.
TrackSmoothing smoothingForFrameRate(double framesPerSecond);

// Smooths every coordinate of the track over time. Tracks shorter than the window use a window of
// their own length (and a lower order if needed). Throws vx::Error(Internal) for invalid settings.
KpsTrack smoothTrack(const KpsTrack& track, const TrackSmoothing& smoothing);

// Turns per-frame detections (nullopt where no face was found) into a full track: gaps between
// detected frames are filled by linear interpolation, leading and trailing gaps repeat the nearest
// detection. Throws vx::Error(BadInput) when no frame has a face.
KpsTrack fillMissingFrames(const std::vector<std::optional<FaceKps>>& detections);

}  // namespace vx::faces
