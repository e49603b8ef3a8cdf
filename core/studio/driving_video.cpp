#include "studio/driving_video.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include "common/error.h"
#include "faces/face_detector.h"
#include "faces/track_smoothing.h"
#include "media/video_decoder.h"

namespace vx::studio {

namespace {

// One decoded frame, shrunk for the detector when it is large, and the way back to full-frame
// pixels.
struct DetectionFrame {
    cv::Mat bgr;
    double scaleX = 1.0;  // detection pixels per video pixel
    double scaleY = 1.0;
};

DetectionFrame detectionFrame(const cv::Mat& rgb, int maxSidePx) {
    DetectionFrame frame;
    const int longerSide = std::max(rgb.cols, rgb.rows);
    cv::Mat source = rgb;
    if (maxSidePx > 0 && longerSide > maxSidePx) {
        const double shrink = static_cast<double>(maxSidePx) / longerSide;
        const cv::Size size(std::max(1, static_cast<int>(std::lround(rgb.cols * shrink))),
                            std::max(1, static_cast<int>(std::lround(rgb.rows * shrink))));
        cv::resize(rgb, source, size, 0.0, 0.0, cv::INTER_AREA);
        frame.scaleX = static_cast<double>(size.width) / rgb.cols;
        frame.scaleY = static_cast<double>(size.height) / rgb.rows;
    }
    cv::cvtColor(source, frame.bgr, cv::COLOR_RGB2BGR);
    return frame;
}

// From detection pixels back to video pixels. cv::resize maps pixel centres, so a point at x in
// the shrunk frame is at (x + 0.5) / scale - 0.5 in the original.
faces::FaceKps toVideoPixels(const faces::FaceKps& kps, const DetectionFrame& frame) {
    faces::FaceKps out = kps;
    for (cv::Point2f& p : out) {
        p.x = static_cast<float>((p.x + 0.5) / frame.scaleX - 0.5);
        p.y = static_cast<float>((p.y + 0.5) / frame.scaleY - 0.5);
    }
    return out;
}

std::optional<faces::FaceKps> detectKps(faces::FaceDetector& detector, const cv::Mat& rgb,
                                        int maxSidePx) {
    const DetectionFrame frame = detectionFrame(rgb, maxSidePx);
    const std::vector<faces::DetectedFace> found = detector.detectAll(frame.bgr);
    if (found.empty())
        return std::nullopt;
    const faces::DetectedFace& face = found[faces::chooseFace(found, faces::FaceChoice::Largest)];
    return toVideoPixels(face.kps, frame);
}

}  // namespace

DrivingVideoTrack extractDrivingTrack(const std::filesystem::path& videoPath,
                                      const DrivingVideoOptions& options,
                                      const JobCallbacks& callbacks) {
    const std::string file = videoPath.string();
    callbacks.report({JobStage::DrivingVideo, 0, 0, 0, 0});
    media::VideoDecoder decoder(videoPath);
    const media::VideoInfo& info = decoder.info();
    auto detector = faces::createFaceDetector(options.modelFolder);

    DrivingVideoTrack result;
    result.frameSize = cv::Size(info.width, info.height);
    result.fps = info.fps;
    const int expectedFrames = static_cast<int>(std::max<std::int64_t>(info.frameCount, 0));

    // Only the keypoints of each frame are kept; the frame itself is dropped at once.
    std::vector<std::optional<faces::FaceKps>> detections;
    cv::Mat rgb;
    for (;;) {
        callbacks.checkAbort();
        if (!decoder.readFrame(rgb))
            break;
        detections.push_back(detectKps(*detector, rgb, options.detectionMaxSidePx));
        if (detections.back())
            ++result.framesWithFace;
        const int done = static_cast<int>(detections.size());
        callbacks.report({JobStage::DrivingVideo, 0, 0, done, std::max(expectedFrames, done)});
    }
    result.frameCount = static_cast<int>(detections.size());
    callbacks.report({JobStage::DrivingVideo, 0, 0, result.frameCount, result.frameCount});

    if (result.frameCount == 0)
        throw Error(ErrorKind::BadInput,
                    "the driving video has no frames that can be decoded; use an ordinary MP4 "
                    "of a face",
                    file);
    if (result.framesWithFace == 0)
        throw Error(ErrorKind::BadInput,
                    "no face was found in any of the " + std::to_string(result.frameCount) +
                        " frames of the driving video; use a video in which one face is "
                        "clearly visible",
                    file);
    if (result.framesWithFace < options.minFaceFraction * result.frameCount)
        throw Error(ErrorKind::BadInput,
                    "a face was found in only " + std::to_string(result.framesWithFace) +
                        " of the " + std::to_string(result.frameCount) +
                        " frames of the driving video; use a video in which the face is visible "
                        "(frontal, well lit) in most frames",
                    file);

    result.kps = faces::fillMissingFrames(detections);
    if (options.smooth)
        result.kps = faces::smoothTrack(result.kps, faces::smoothingForFrameRate(result.fps));
    callbacks.message("driving video " + file + ": a face in " +
                      std::to_string(result.framesWithFace) + " of " +
                      std::to_string(result.frameCount) + " frames");
    return result;
}

faces::KpsTrack trackInSquareFrame(const DrivingVideoTrack& track, int sidePx) {
    if (sidePx < 1 || track.frameSize.width < 1 || track.frameSize.height < 1)
        throw Error(ErrorKind::Internal,
                    "trackInSquareFrame: the frame sizes must be positive (video " +
                        std::to_string(track.frameSize.width) + "x" +
                        std::to_string(track.frameSize.height) + ", side " +
                        std::to_string(sidePx) + ")");
    // The same pixel-centre mapping as a resize of the whole frame to the square.
    const double scaleX = static_cast<double>(sidePx) / track.frameSize.width;
    const double scaleY = static_cast<double>(sidePx) / track.frameSize.height;
    faces::KpsTrack out = track.kps;
    for (faces::FaceKps& frame : out)
        for (cv::Point2f& p : frame) {
            p.x = static_cast<float>((p.x + 0.5) * scaleX - 0.5);
            p.y = static_cast<float>((p.y + 0.5) * scaleY - 0.5);
        }
    return out;
}

}  // namespace vx::studio
