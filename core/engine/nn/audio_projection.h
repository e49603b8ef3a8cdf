// AudioProjection: the perceiver resampler that turns each frame's window of audio tokens into
// the 5 context tokens of the denoising UNet's audio cross-attention (spec §6.5). Submodules
// carry the PyTorch names, so named_parameters() keys equal the audio_projection.bin keys.
#pragma once

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/embedding.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>
#include <torch/nn/pimpl.h>

#include <string>

#include "engine/config/hyperparameters.h"

namespace vx::engine {

// layers.{l}.0: cross-attention from the latents to [frame tokens; latents].
class PerceiverAttentionImpl : public torch::nn::Module {
public:
    PerceiverAttentionImpl(int64_t dim, int64_t dimHead, int64_t heads);
    // x [B, N, dim], latents [B, Q, dim] -> [B, Q, dim] (the update, without the residual)
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& latents);

private:
    int64_t m_dimHead;
    int64_t m_heads;
    torch::nn::LayerNorm m_norm1{nullptr};
    torch::nn::LayerNorm m_norm2{nullptr};
    torch::nn::Linear m_toQ{nullptr};
    torch::nn::Linear m_toKv{nullptr};
    torch::nn::Linear m_toOut{nullptr};
};
TORCH_MODULE(PerceiverAttention);

class AudioProjectionImpl : public torch::nn::Module {
public:
    explicit AudioProjectionImpl(const AudioProjectionConfig& config);

    // windows [L, maxSeqLen, embeddingDim] (audioWindows()) -> [L, numQueries, outputDim].
    // The softmax runs in fp32 whatever the dtype, as in the original.
    torch::Tensor forward(const torch::Tensor& windows);

    const AudioProjectionConfig& config() const { return m_config; }

private:
    AudioProjectionConfig m_config;
    torch::nn::Embedding m_posEmb{nullptr};
    torch::Tensor m_latents;  // [1, numQueries, dim]
    torch::nn::Linear m_projIn{nullptr};
    torch::nn::Linear m_projOut{nullptr};
    torch::nn::LayerNorm m_normOut{nullptr};
    torch::nn::ModuleList m_layers{nullptr};  // layers.{l} = [PerceiverAttention, Sequential]
};
TORCH_MODULE(AudioProjection);

// Builds an AudioProjection of `config`'s sizes and loads `file` (audio_projection.bin or a
// .safetensors copy) strictly; eval mode, fp32 on the CPU. Throws vx::Error(Model) naming the
// file on any missing, unexpected or mis-shaped key.
AudioProjection loadAudioProjection(const std::string& file, const AudioProjectionConfig& config);

}  // namespace vx::engine
