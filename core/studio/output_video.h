// The MP4 a job writes: the square frame or, with paste-back, the whole photo with the frame
// composited into it; the voice as the audio track.
#pragma once

#include <filesystem>
#include <memory>

#include <opencv2/core/mat.hpp>

#include "media/mp4_writer.h"
#include "studio/portrait.h"

namespace vx::studio {

enum class OutputFraming { Frame, PasteBack };

class OutputVideo {
public:
    // Opens the writer (a temporary file renamed by finish(); see media::Mp4Writer).
    OutputVideo(const std::filesystem::path& output, const std::filesystem::path& audio,
                const PreparedPortrait& portrait, OutputFraming framing, double fps, int crf);

    // The output picture for one square RGB frame: the frame itself, or the photo with the frame
    // pasted in. Marks that belong to the whole picture are drawn on this before write().
    cv::Mat compose(const cv::Mat& frameRgb) const;
    void write(const cv::Mat& outputRgb) { m_writer->writeFrame(outputRgb); }
    void finish() { m_writer->finish(); }
    int64_t framesWritten() const { return m_writer->framesWritten(); }

private:
    const PreparedPortrait& m_portrait;
    OutputFraming m_framing;
    int m_featherPx = 0;
    std::unique_ptr<media::Mp4Writer> m_writer;
};

}  // namespace vx::studio
