// What one V-Express render needs (spec §13): parameters, inputs and the callbacks through which
// the pipeline reports progress, asks whether to stop and hands out finished frames.
#pragma once

#include <torch/types.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace vx::engine {

struct RenderParams {
    int64_t steps = 25;
    double guidance = 3.5;  // classifier-free guidance runs when > 1, as in the original
    uint64_t seed = 42;
    int64_t width = 512;
    int64_t height = 512;
    double fps = 30.0;
    int64_t contextFrames = 24;
    int64_t contextOverlap = 4;
    double referenceAttentionWeight = 0.95;
    double audioAttentionWeight = 3.0;
    int64_t numPadAudioFrames = 2;
    bool medianFilter = true;
    // The original's wav2vec2 (transformers, eval mode) draws one uniform scalar per encoder
    // layer (12) from the seeded generator for its LayerDrop check before the latent noise is
    // drawn. We do not (deliberate deviation: the noise then depends on the seed only, whether
    // or not the audio is encoded). Set this to reproduce the original's noise exactly.
    bool consumeWav2Vec2LayerDropDraws = false;
    // Frames of the V-kps guider run at once (memory bound only; the result does not change).
    int64_t guiderChunkFrames = 16;
    // The V-kps features of every frame are kept on the CPU when they fit in this many bytes
    // (2.6 MB a frame at 512x512 in fp16); beyond it each context window computes its own
    // (the same numbers, more guider work) so memory does not grow with the clip length.
    int64_t kpsFeatureCacheBytes = int64_t(1) << 30;
    // Recordings longer than chunk + 2 margins (40 s) are encoded by wav2vec2 in overlapping
    // chunks of this many frames (50 a second) with this much context on each side (see
    // audio_chunks.h: a deliberate deviation, as the original's one pass would not fit).
    int64_t wav2vec2ChunkFrames = 1500;
    int64_t wav2vec2ChunkMarginFrames = 250;
    // Frames whose audio windows the AudioProjection runs at once (memory bound only).
    int64_t audioProjectionChunkFrames = 512;
    // Refuse, before any work, a clip whose per-frame state does not fit in host memory.
    bool checkHostMemory = true;
};

enum class RenderStage {
    Reference,    // VAE-encoding the reference image, ReferenceNet banks
    KpsFeatures,  // V-kps guider over every frame
    Audio,        // wav2vec2 (when needed), audio windows, projection
    Denoising,    // the sampling loop
    Decoding,     // VAE decode, clamp, median filter, frame delivery
};

const char* renderStageName(RenderStage stage);

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
};

}  // namespace vx::engine
