// A driving keypoint track taken from a video of a face: the V-Express eyes and nose in every
// frame, the way V-Express's extraction script makes a kps.pth, but inside VX Studio and with the
// gaps and jitter of per-frame detection cleaned up.
//
// The video is decoded one frame at a time and only the keypoints are kept, so a long or large
// video costs the memory of one frame. Each frame goes through the same detector the portrait
// uses (SCRFD when the model folder has det_10g.onnx, else dlib) and the largest face is taken.
// Frames where no face is found are filled from their neighbours (faces::fillMissingFrames), then
// the track is smoothed over time with a zero-phase Savitzky-Golay filter about 0.2 s wide
// (faces::smoothTrack), which removes detector jitter without delaying the motion.
#pragma once

#include <filesystem>
#include <string>

#include <opencv2/core/types.hpp>

#include "faces/face_kps.h"
#include "studio/job_callbacks.h"

namespace vx::studio {

struct DrivingVideoOptions {
    std::string modelFolder;  // SCRFD when it has det_10g.onnx, else dlib (as PortraitOptions)
    // Fewer frames than this fraction with a face make the video unusable: filling long gaps
    // would invent the motion rather than follow it.
    double minFaceFraction = 0.5;
    // Frames whose longer side exceeds this are shrunk (keeping the aspect ratio) before
    // detection: dlib's HOG detector takes about a second on a 1080p frame and a tenth of that at
    // this size, and a face filling a useful part of the frame stays well above its 80-pixel
    // minimum. SCRFD shrinks to 512 itself anyway. The keypoints are in full-frame pixels.
    int detectionMaxSidePx = 640;
    bool smooth = true;  // false: the filled per-frame detections as they are
};

struct DrivingVideoTrack {
    faces::KpsTrack kps;  // one entry per decoded frame, in the video's pixel coordinates
    cv::Size frameSize;   // the video's width and height in pixels
    double fps = 0.0;     // the video's average frame rate
    int frameCount = 0;   // frames decoded (== kps.size())
    int framesWithFace = 0;
};

// Extracts the track of `videoPath`. Progress is reported as stage "driving" with frames done out
// of the container's frame count (an estimate until the last frame); callbacks.shouldAbort is
// polled between frames (vx::Error(Cancelled)). Throws vx::Error(BadInput) naming the file when
// it cannot be decoded, has no frames, has a face in no frame, or in fewer than
// options.minFaceFraction of its frames; vx::Error(Model) when the model folder's SCRFD file
// cannot be loaded.
DrivingVideoTrack extractDrivingTrack(const std::filesystem::path& videoPath,
                                      const DrivingVideoOptions& options,
                                      const JobCallbacks& callbacks = {});

// The track in a sidePx x sidePx frame: every frame of the video squeezed to the square, as
// V-Express's extraction script resizes each frame to 512 x 512 before detection. This is the
// coordinate system of a kps.pth made for a render of that size.
faces::KpsTrack trackInSquareFrame(const DrivingVideoTrack& track, int sidePx);

}  // namespace vx::studio
