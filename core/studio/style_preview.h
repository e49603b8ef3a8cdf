// The animated thumbnail of a speaking style on the user's own portrait, made by the instant
// preview (no model, a few milliseconds a frame): the style applied to the window's settings,
// the first seconds of the performance, small frames. The studio's style picker shows these.
#pragma once

#include <vector>

#include <opencv2/core/mat.hpp>

#include "motion/preview_renderer.h"
#include "studio/studio_parameters.h"
#include "studio/styles.h"

namespace vx::studio {

struct StylePreviewOptions {
    int sidePx = 96;       // the thumbnail's side
    double seconds = 3.0;  // long enough for a head turn and a phrase
    double fps = 12.0;     // smooth enough at thumbnail size, a quarter of the work of 25 fps
};

// The frames (8-bit RGB, sidePx square) of `style` applied to `base` (its seeds and manual
// blinks stay), animating `renderer`'s portrait (frames of `frameSize`). `speechEnvelope` is the
// recording's loudness per frame at `envelopeFps`; without one (no recording yet) a made-up
// sentence moves the mouth, so every style can be compared before a voice is dropped.
// Throws vx::Error(BadInput) for options out of range.
std::vector<cv::Mat> renderStylePreview(const Style& style, const StudioParameters& base,
                                        const motion::PreviewRenderer& renderer, cv::Size frameSize,
                                        const std::vector<double>& speechEnvelope,
                                        double envelopeFps, const StylePreviewOptions& options);

// Loudness per frame of a made-up sentence: syllables about four a second in phrases of a
// second and a half with short pauses, as a speech envelope (0 silent .. 1 loud).
std::vector<double> syntheticSpeechEnvelope(int frames, double fps);

}  // namespace vx::studio
