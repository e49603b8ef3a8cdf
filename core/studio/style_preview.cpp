#include "studio/style_preview.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

#include "common/error.h"
#include "motion/performance.h"

namespace vx::studio {

namespace {

void checkOptions(const StylePreviewOptions& o) {
    if (!(o.sidePx >= 16 && o.sidePx <= 512) || !(o.seconds > 0.0 && o.seconds <= 30.0) ||
        !(o.fps >= 1.0 && o.fps <= 60.0))
        throw Error(ErrorKind::BadInput,
                    "a style preview needs a side of 16 to 512 px, 0 to 30 s and 1 to 60 fps");
}

// The recording's loudness at the preview's frames (nearest frame), or the made-up sentence.
std::vector<double> envelopeAt(const std::vector<double>& envelope, double envelopeFps, int frames,
                               double fps) {
    if (envelope.empty() || !(envelopeFps > 0.0))
        return syntheticSpeechEnvelope(frames, fps);
    std::vector<double> out(std::size_t(frames), 0.0);
    for (int i = 0; i < frames; ++i) {
        const auto source = std::size_t(std::lround(i * envelopeFps / fps));
        // A recording shorter than the preview: silence after it, as the render would have.
        if (source < envelope.size())
            out[std::size_t(i)] = envelope[source];
    }
    return out;
}

}  // namespace

std::vector<double> syntheticSpeechEnvelope(int frames, double fps) {
    constexpr double kSyllablesPerSecond = 4.2;
    constexpr double kPhraseSeconds = 1.5;
    constexpr double kPauseSeconds = 0.35;
    constexpr double kPi = 3.14159265358979323846;
    std::vector<double> envelope(std::size_t(std::max(frames, 0)), 0.0);
    for (std::size_t i = 0; i < envelope.size(); ++i) {
        const double t = double(i) / fps;
        const double inPhrase = std::fmod(t, kPhraseSeconds + kPauseSeconds);
        if (inPhrase >= kPhraseSeconds)
            continue;  // the pause between phrases
        // A syllable is a half sine; every third one is stressed, as speech tends to be.
        const double phase = inPhrase * kSyllablesPerSecond;
        const double syllable = std::sin(kPi * std::fmod(phase, 1.0));
        const double stress = int(phase) % 3 == 0 ? 1.0 : 0.65;
        envelope[i] = 0.2 * stress * syllable * syllable;
    }
    return envelope;
}

std::vector<cv::Mat> renderStylePreview(const Style& style, const StudioParameters& base,
                                        const motion::PreviewRenderer& renderer, cv::Size frameSize,
                                        const std::vector<double>& speechEnvelope,
                                        double envelopeFps, const StylePreviewOptions& options) {
    checkOptions(options);
    StudioParameters parameters = base;
    applyStyle(style, parameters);
    const int frames = std::max(1, int(std::lround(options.seconds * options.fps)));
    const std::vector<double> envelope =
        envelopeAt(speechEnvelope, envelopeFps, frames, options.fps);
    const motion::PerformanceTrack track =
        motion::buildPerformance(parameters.toPerformanceSettings(), renderer.referenceKps(),
                                 frameSize, frames, options.fps, envelope);
    std::vector<cv::Mat> thumbnails;
    thumbnails.reserve(std::size_t(frames));
    for (std::size_t i = 0; i < track.kps.size(); ++i) {
        const cv::Mat frame =
            renderer.render({track.kps[i], track.mouthOpenness[i], track.eyelidClosure[i]});
        cv::Mat small;
        cv::resize(frame, small, cv::Size(options.sidePx, options.sidePx), 0, 0, cv::INTER_AREA);
        thumbnails.push_back(small);
    }
    return thumbnails;
}

}  // namespace vx::studio
