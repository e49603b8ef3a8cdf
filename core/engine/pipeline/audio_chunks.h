// Long recordings through wav2vec2 in overlapping chunks. The original encodes the whole clip in
// one pass; its attention needs memory that grows with the square of the length (an hour is
// 180,000 frames), so beyond a limit the engine encodes chunks with context on both sides and
// keeps each chunk's middle. Deliberate deviation, only above RenderParams::wav2vec2WholeSeconds:
// the first GroupNorm and the attention then see the chunk, not the clip.
#pragma once

#include <torch/types.h>

#include <cstdint>
#include <functional>

#include "engine/nn/wav2vec2.h"

namespace vx::engine {

struct AudioChunking {
    int64_t coreFrames = 1500;   // frames kept from each chunk (30 s at 50 frames/s)
    int64_t marginFrames = 250;  // context on each side, encoded and dropped (5 s)
};

// The samples that frames [first, end) of the whole clip are computed from: the feature
// encoder's hop times `first`, up to the receptive field of frame end-1. Encoding exactly those
// samples gives end - first frames aligned with the whole clip's.
struct SampleSpan {
    int64_t begin = 0;
    int64_t end = 0;
};
SampleSpan samplesOfFrames(const Wav2Vec2Config& config, int64_t first, int64_t end);

// inputValues [1, S] on the CPU (normalised over the whole clip) -> [1, T, hiddenSize] on the
// CPU, T = config.outputFrames(S). Each chunk's samples go to `device` only while it is
// encoded. One pass when T <= coreFrames + 2 * marginFrames (identical to encoder->forward).
// `checkAbort` runs before every chunk.
torch::Tensor encodeAudioInChunks(Wav2Vec2Model& encoder, const torch::Tensor& inputValues,
                                  const torch::TensorOptions& device, const AudioChunking& chunking,
                                  const std::function<void()>& checkAbort = {});

}  // namespace vx::engine
