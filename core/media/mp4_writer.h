// The finished video: H.264 (libx264, yuv420p) plus AAC re-encoded from the user's original
// audio file, in an MP4 with the index at the front (movflags +faststart).
//
// Safety of the user's files: everything is written to a temporary file beside the target
// ("." + stem + ".vx-partial-<host>-<pid>-<id>.mp4" in the same folder, so the final rename is
// atomic and never crosses file systems) and renamed over the target only by finish(). A writer
// destroyed without finish() (cancel, exception, crash of the caller's logic) deletes the temporary
// file, so an existing file under the target name is never clobbered by a failed or cancelled
// write. A temporary file left by a writer that was killed outright (its process on this host is
// gone) is removed by the next writer of the same target.
#pragma once

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace vx::media {

// The FFmpeg muxer for an output name, chosen from its extension (case-insensitive): .mp4 and
// .m4v are MP4, .mov is QuickTime; nullopt for any other extension (or none).
std::optional<std::string> containerForOutput(const std::filesystem::path& target);
// The extensions containerForOutput accepts, for messages: ".mp4, .m4v or .mov".
std::string supportedOutputExtensions();

// A frame rate as a fraction. V-Express's output rate is frames/duration (e.g. 28.4 fps).
struct FrameRate {
    int numerator = 30;
    int denominator = 1;
    // The closest fraction with numerator and denominator below 100000 (28.4 -> 142/5).
    static FrameRate fromDouble(double fps);
    double value() const { return static_cast<double>(numerator) / denominator; }
};

enum class AudioTrackMode { FromFile, None };

struct Mp4WriterOptions {
    int width = 0;  // the size of the frames writeFrame receives
    int height = 0;
    FrameRate fps;
    // x264 constant rate factor: 0 lossless, 18 visually transparent, 23 x264's default, 51 worst.
    int crf = 18;
    std::string x264Preset = "medium";
    AudioTrackMode audio = AudioTrackMode::FromFile;
    std::filesystem::path audioPath;  // the original recording (any format decodeAudio reads)
    int audioBitRate = 192000;
};

class Mp4Writer {
public:
    // Opens the temporary file and the encoders. H.264 in yuv420p needs even sizes: an odd
    // width or height is padded by one column or row repeating the last one (nothing of the
    // picture is lost; the file is one pixel larger). Throws vx::Error(Io) naming the target
    // when its folder cannot be written, vx::Error(BadInput) for an unusable audio file or a
    // size or rate that is not positive.
    Mp4Writer(const std::filesystem::path& target, const Mp4WriterOptions& options);
    ~Mp4Writer();
    Mp4Writer(const Mp4Writer&) = delete;
    Mp4Writer& operator=(const Mp4Writer&) = delete;

    // Encodes one RGB frame (CV_8UC3, options.width x options.height). Throws vx::Error(Io) when
    // the disk refuses the write (full, removed), vx::Error(Internal) for a frame of the wrong
    // size or type.
    void writeFrame(const cv::Mat& rgb);

    // Flushes the encoders, writes the index, moves it to the front and renames the temporary
    // file over the target. The audio is cut at framesWritten()/fps. Throws vx::Error(Io) when
    // any of that fails (the temporary file is then removed, the target untouched).
    void finish();

    // Stops and deletes the temporary file (what the destructor does without finish()).
    void cancel() noexcept;

    std::int64_t framesWritten() const;
    const std::filesystem::path& temporaryPath() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

}  // namespace vx::media
