// The AnimateDiff "Vanilla" motion module of the denoising UNet (spec §4.3): the only place
// where frames see each other. Per-frame GroupNorm (original AnimateDiff semantics, not the
// diffusers port), Linear proj_in/out, one temporal transformer block with two temporal
// self-attentions over the F frames of each pixel, sinusoidal positions added before each.
#pragma once

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>

#include <memory>

#include "engine/nn/attention.h"
#include "engine/nn/feed_forward.h"
#include "engine/nn/layers.h"

namespace vx::nn {

// pe[0, p, 2i] = sin(p·exp(−2i·ln(10000)/C)), pe[0, p, 2i+1] = cos(...), p < maxLength;
// fp32 [1, maxLength, C].
torch::Tensor sinusoidalPositionTable(int64_t channels, int64_t maxLength);

// Key: pe (a buffer [1, maxLength, C], carried by the checkpoint).
class PositionalEncoding : public torch::nn::Module {
public:
    PositionalEncoding(int64_t channels, int64_t maxLength, const torch::TensorOptions& options);
    torch::Tensor pe;
};

// attention_blocks.k: an Attention (to_q/to_k/to_v/to_out.0) plus pos_encoder.pe.
class TemporalSelfAttention : public Attention {
public:
    TemporalSelfAttention(int64_t channels, int64_t heads, int64_t maxLength,
                          const torch::TensorOptions& options);
    // x [B·H·W, F, C] -> [B·H·W, F, C]; positions are added to the attention input only.
    torch::Tensor forwardTemporal(const torch::Tensor& x) const;

    std::shared_ptr<PositionalEncoding> pos_encoder;
};

// Keys: attention_blocks.{0,1}, norms.{0,1}, ff, ff_norm.
class TemporalTransformerBlock : public torch::nn::Module {
public:
    TemporalTransformerBlock(int64_t channels, int64_t heads, int64_t maxLength,
                             const torch::TensorOptions& options);
    // u [B·F, H·W, C] -> same
    torch::Tensor forward(const torch::Tensor& u, int64_t frames) const;

    torch::nn::ModuleList attention_blocks;
    torch::nn::ModuleList norms;
    std::shared_ptr<FeedForward> ff;
    std::shared_ptr<LayerNorm> ff_norm;

private:
    std::vector<std::shared_ptr<TemporalSelfAttention>> m_attentions;
    std::vector<std::shared_ptr<LayerNorm>> m_norms;
};

// Keys: norm, proj_in, transformer_blocks.0.*, proj_out.
class TemporalTransformer3D : public torch::nn::Module {
public:
    TemporalTransformer3D(int64_t channels, int64_t heads, int64_t maxLength, int64_t groups,
                          const torch::TensorOptions& options);
    torch::Tensor forward(const torch::Tensor& x, int64_t frames) const;

    std::shared_ptr<GroupNorm> norm;
    std::shared_ptr<Linear> proj_in;
    torch::nn::ModuleList transformer_blocks;
    std::shared_ptr<Linear> proj_out;

private:
    std::shared_ptr<TemporalTransformerBlock> m_block;
};

// motion_modules.j: key prefix temporal_transformer.
class MotionModule : public torch::nn::Module {
public:
    MotionModule(int64_t channels, int64_t heads, int64_t maxLength, int64_t groups,
                 const torch::TensorOptions& options);
    // x [B·F, C, H, W] (batch-major frames) -> same. Throws when frames > maxLength.
    torch::Tensor forward(const torch::Tensor& x, int64_t frames) const;

    std::shared_ptr<TemporalTransformer3D> temporal_transformer;
    int64_t maxLength;
};

}  // namespace vx::nn
