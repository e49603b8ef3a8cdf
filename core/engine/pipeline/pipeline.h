// The V-Express pipeline (spec §13): from a portrait, a V-kps image per frame and audio (a
// waveform or precomputed wav2vec2 states) to video frames, delivered one at a time.
//
// Deliberate deviations from the original, all documented where they happen (the reference
// image resize is not one: it is Pillow's bicubic, bit for bit, see pillow_resize.h):
// - Seeded noise is drawn in fp32 from a CPU generator seeded with the seed and then cast to the
//   run dtype; the original drew in the run dtype after wav2vec2's 12 LayerDrop draws
//   (RenderParams::consumeWav2Vec2LayerDropDraws reproduces those draws).
// - Whole-video latents, V-kps features and audio tokens live on the CPU; each context window
//   is moved to the device for its UNet call (as the original does for the latents).
#pragma once

#include <torch/types.h>

#include <cstdint>
#include <vector>

#include "engine/pipeline/model_context.h"
#include "engine/pipeline/render_request.h"

namespace vx::engine {

struct RenderResult {
    int64_t frameCount = 0;
    // Frames per second that make the video span the audio (L / duration, < params.fps in
    // general, spec §7.3); params.fps when the duration is unknown.
    double outputFps = 0.0;
    std::vector<int64_t> timesteps;
};

// Runs the whole pipeline. Throws vx::Error(BadInput) for unusable inputs, vx::Error(Cancelled)
// when callbacks.shouldAbort returns true (no frame is delivered after that), vx::Error(Model)
// when a needed module (wav2vec2 for a waveform) is not loaded.
RenderResult render(ModelContext& model, const RenderParams& params, const RenderInputs& inputs,
                    const RenderCallbacks& callbacks = {});

// The seeded initial noise: randn(shape) in fp32 from a fresh CPU generator seeded with `seed`
// after `priorScalarDraws` uniform scalar draws, cast to `dtype`.
torch::Tensor seededNoise(const std::vector<int64_t>& shape, uint64_t seed, torch::ScalarType dtype,
                          int64_t priorScalarDraws = 0);

// uint8 RGB [H, W, 3] -> fp32 [1, 3, height, width] in [0, 1], resized with Pillow's bicubic
// (bit-exact, as the original's Image.resize) only when the size differs.
torch::Tensor referenceImageTensor(const torch::Tensor& rgb, int64_t height, int64_t width);

}  // namespace vx::engine
