// What one V-Express render needs (spec §13): parameters, inputs and the callbacks through which
// the pipeline reports progress, asks whether to stop and hands out finished frames.
#pragma once

#include <torch/types.h>

#include "engine/pipeline/render_settings.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace vx::engine {

struct RenderProgress {
    RenderStage stage = RenderStage::Reference;
    int64_t step = 0;  // denoising step (0-based) while Denoising
    int64_t stepCount = 0;
    int64_t window = 0;  // context window (0-based) while Denoising
    int64_t windowCount = 0;
    int64_t framesDone = 0;  // frames handled in this stage (guider, decode)
    int64_t frameCount = 0;
};

struct RenderInputs {
    // The portrait, uint8 RGB [H, W, 3] on the CPU, any size: it is resized to
    // params.width x params.height (see pipeline.h about the filter).
    torch::Tensor referenceImage;

    // The V-kps image of `frame`, uint8 RGB [height, width, 3] at the render size (the caller
    // draws it, e.g. with vx::faces::drawKpsImage, so the engine needs no OpenCV).
    std::function<torch::Tensor(int64_t frame)> kpsImage;

    // Either 16 kHz mono float samples [S] (encoded with wav2vec2, which must be loaded)...
    torch::Tensor audioSamples;
    // ...or precomputed audio hidden states [1, T, D] (skips wav2vec2). With these, the frame
    // count comes from frameCount, initialLatents or audioDurationSec (in that order).
    torch::Tensor audioHiddenStates;
    double audioDurationSec = 0.0;  // of the audio the hidden states were computed from
    int64_t frameCount = 0;         // > 0: render exactly this many frames

    // Optional initial noise [1, latentChannels, L, height/8, width/8] (any float dtype); when
    // given it fixes L and replaces the seeded draw.
    torch::Tensor initialLatents;

    // Resuming an interrupted render: initialLatents then hold the latents after this many
    // denoising steps (0 <= firstStep <= params.steps), and the loop continues with the next one.
    int64_t firstStep = 0;
    // Frames before this one were delivered by the interrupted render: they are not delivered
    // again, and decoding starts at the earliest frame the median filter needs for this one.
    int64_t firstFrame = 0;
};

struct RenderCallbacks {
    std::function<void(const RenderProgress&)> progress;
    // Called as each stage begins (before its first progress report), in the order of
    // RenderStage; for timing stages (a stage ends where the next one starts).
    std::function<void(RenderStage)> stageStarted;
    std::function<void(const std::string&)> log;
    // Asked before every UNet call and before every decoded frame; true -> vx::Error(Cancelled).
    std::function<bool()> shouldAbort;
    // Receives every final frame, in order, exactly once: rgb [3, H, W] fp32 in [0, 1] on the
    // CPU (after the median filter when it is on).
    std::function<void(int64_t index, const torch::Tensor& rgbFloat01)> frameSink;
    // Optional: every decoded frame before the median filter, same format (parity checks and
    // diagnostics; the same frames reach frameSink unchanged when the filter is off).
    std::function<void(int64_t index, const torch::Tensor& rgbFloat01)> rawFrameSink;
    // Optional: after each complete denoising step, the number of steps done and the latents of
    // the whole clip [1, C, L, h, w] (CPU, run dtype), so a render can be resumed from there.
    std::function<void(int64_t stepsDone, const torch::Tensor& latents)> stepFinished;
};

}  // namespace vx::engine
