#include "studio/output_video.h"

#include <algorithm>

#include "faces/face_framing.h"

namespace vx::studio {

OutputVideo::OutputVideo(const std::filesystem::path& output, const std::filesystem::path& audio,
                         const PreparedPortrait& portrait, OutputFraming framing, double fps,
                         int crf)
    : m_portrait(portrait),
      m_framing(framing),
      // A feather of about 4 % of the crop hides the seam without softening the face.
      m_featherPx(std::max(4, portrait.crop.width / 24)) {
    const cv::Size size =
        framing == OutputFraming::PasteBack ? portrait.photoRgb.size() : portrait.frameRgb.size();
    media::Mp4WriterOptions options;
    options.width = size.width;
    options.height = size.height;
    options.fps = media::FrameRate::fromDouble(fps);
    options.crf = crf;
    options.audioPath = audio;
    m_writer = std::make_unique<media::Mp4Writer>(output, options);
}

cv::Mat OutputVideo::compose(const cv::Mat& frameRgb) const {
    if (m_framing == OutputFraming::Frame)
        return frameRgb;
    return faces::pasteBack(m_portrait.photoRgb, frameRgb, m_portrait.crop, m_featherPx);
}

}  // namespace vx::studio
