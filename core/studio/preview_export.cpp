#include "studio/preview_export.h"

#include <cmath>

#include <opencv2/imgproc.hpp>

#include "common/error.h"
#include "media/audio_decoder.h"
#include "media/audio_envelope.h"
#include "motion/preview_renderer.h"
#include "studio/keyframe_clip.h"
#include "studio/output_path.h"
#include "studio/output_video.h"
#include "studio/performance_warnings.h"

namespace vx::studio {

void stampPreviewMark(cv::Mat& rgb) {
    const std::string text = "PREVIEW";
    int baseline = 0;
    // At most a third of the width, and in the bottom-left corner: below the chin of a framed face,
    // so even a 64-pixel preview keeps its eyes and mouth visible.
    const double widthAtOne =
        cv::getTextSize(text, cv::FONT_HERSHEY_SIMPLEX, 1.0, 1, &baseline).width;
    const double scale = std::min(std::max(0.5, rgb.cols / 900.0), rgb.cols / (3.0 * widthAtOne));
    const int thickness = std::max(1, int(std::lround(2 * scale)));
    const cv::Size size =
        cv::getTextSize(text, cv::FONT_HERSHEY_SIMPLEX, scale, thickness, &baseline);
    const int margin = std::max(2, int(std::lround(6 * scale)));
    const cv::Point origin(margin, rgb.rows - margin - baseline);
    const int pad = std::max(1, int(std::lround(3 * scale)));
    cv::rectangle(rgb, origin + cv::Point(-pad, baseline + pad),
                  origin + cv::Point(size.width + pad, -size.height - pad), cv::Scalar(0, 0, 0),
                  cv::FILLED);
    cv::putText(rgb, text, origin, cv::FONT_HERSHEY_SIMPLEX, scale, cv::Scalar(255, 210, 0),
                thickness, cv::LINE_AA);
}

PreviewExportResult exportPreview(const PreviewExportRequest& request,
                                  const JobCallbacks& callbacks) {
    if (!(request.fps > 0.0 && request.fps <= 120.0))
        throw Error(ErrorKind::BadInput, "the preview frame rate must be between 1 and 120");
    requireUsableOutput(request.output,
                        {request.image, request.audio, request.portrait.modelFolder});
    PreviewExportResult result;
    result.fps = request.fps;

    callbacks.report({JobStage::Portrait, 0, 0, 0, 0, 0, 0});
    const PreparedPortrait portrait = preparePortrait(request.image, request.portrait);
    result.warnings = portrait.warnings;
    for (const auto& w : portrait.warnings)
        callbacks.message("warning: " + w);
    if (portrait.landmarks68.size() != 68)
        throw Error(ErrorKind::BadInput, "the face landmarks needed for the preview were not found",
                    request.image.string());

    callbacks.report({JobStage::Audio, 0, 0, 0, 0, 0, 0});
    media::AudioDecodeOptions audioOptions;
    audioOptions.resampler = media::AudioResampler::Swresample;  // the preview needs no parity
    audioOptions.shouldAbort = callbacks.shouldAbort;
    const media::DecodedAudio audio = media::decodeAudio(request.audio, audioOptions);
    result.durationSeconds = audio.durationSeconds();
    for (const auto& w : performanceWarnings(request.performance, result.durationSeconds)) {
        callbacks.message("warning: " + w);
        result.warnings.push_back(w);
    }
    const auto envelopeF = media::audioEnvelope(audio.samples, audio.sampleRateHz, request.fps);
    const std::vector<double> envelope(envelopeF.begin(), envelopeF.end());
    const int frames = int(envelope.size());
    result.frameCount = frames;

    const cv::Size frameSize = portrait.frameRgb.size();
    motion::PerformanceSettings performance = request.performance;
    applyKeyframes(request.keyframes, frames, request.fps, performance);
    const auto track = motion::buildPerformance(performance, portrait.kps, frameSize, frames,
                                                request.fps, envelope);
    const motion::PreviewRenderer renderer(portrait.frameRgb, portrait.kps, portrait.landmarks68);

    OutputVideo video(request.output, request.audio, portrait,
                      request.pasteBack ? OutputFraming::PasteBack : OutputFraming::Frame,
                      request.fps, request.crf);
    for (int i = 0; i < frames; ++i) {
        callbacks.checkAbort();  // the writer's destructor removes its temporary file
        cv::Mat frame = video.compose(
            renderer.render({track.kps[i], track.mouthOpenness[i], track.eyelidClosure[i]}));
        stampPreviewMark(frame);
        video.write(frame);
        callbacks.report({JobStage::Preview, i + 1, frames, i + 1, frames, 0, 0});
    }
    callbacks.report({JobStage::Encoding, 0, 0, frames, frames, 0, 0});
    video.finish();
    return result;
}

}  // namespace vx::studio
