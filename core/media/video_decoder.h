// Frames of a video file, one at a time, as RGB uint8 cv::Mat (for driving videos and for
// checking what the MP4 writer wrote). The audio track of the same file is read with
// decodeAudio(path) (audio_decoder.h), which picks the file's best audio stream.
#pragma once

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace vx::media {

struct VideoInfo {
    std::string path;
    std::string codecName;
    int width = 0;
    int height = 0;
    int fpsNumerator = 0;  // the stream's average frame rate as a fraction
    int fpsDenominator = 1;
    double fps = 0.0;
    double durationSeconds = 0.0;
    std::int64_t frameCount = 0;  // as the container declares it, else duration*fps rounded
    bool hasAudio = false;
};

class VideoDecoder {
public:
    // Throws vx::Error(BadInput) naming the file when it cannot be opened, has no video stream
    // or its codec is not supported.
    explicit VideoDecoder(const std::filesystem::path& path);
    ~VideoDecoder();
    VideoDecoder(const VideoDecoder&) = delete;
    VideoDecoder& operator=(const VideoDecoder&) = delete;

    const VideoInfo& info() const;

    // Decodes the next frame into `rgb` (CV_8UC3, RGB, info().width x info().height; a fresh
    // buffer each call, so earlier frames stay valid). Returns false after the last frame.
    // Throws vx::Error(BadInput) when the file turns out to be damaged.
    bool readFrame(cv::Mat& rgb);
    // Presentation time of the frame readFrame last returned, in seconds from the stream start.
    double lastFrameTimeSeconds() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// Calls onFrame(rgb, index) for every frame in order; onFrame returns false to stop early.
// Returns the number of frames delivered.
std::int64_t forEachVideoFrame(const std::filesystem::path& path,
                               const std::function<bool(const cv::Mat&, std::int64_t)>& onFrame);

}  // namespace vx::media
