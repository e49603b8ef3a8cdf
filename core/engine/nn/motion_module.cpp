#include "engine/nn/motion_module.h"

#include <cmath>

#include "common/error.h"

namespace vx::nn {

torch::Tensor sinusoidalPositionTable(int64_t channels, int64_t maxLength) {
    auto fp32 = torch::TensorOptions().dtype(torch::kFloat32);
    torch::Tensor position = torch::arange(0, maxLength, fp32).unsqueeze(1);  // [P,1]
    torch::Tensor divTerm = (torch::arange(0, channels, 2, fp32) *
                             static_cast<float>(-std::log(10000.0) / static_cast<double>(channels)))
                                .exp();  // [C/2]
    torch::Tensor table = torch::zeros({1, maxLength, channels}, fp32);
    table.index_put_(
        {0, torch::indexing::Slice(), torch::indexing::Slice(0, torch::indexing::None, 2)},
        torch::sin(position * divTerm));
    table.index_put_(
        {0, torch::indexing::Slice(), torch::indexing::Slice(1, torch::indexing::None, 2)},
        torch::cos(position * divTerm));
    return table;
}

PositionalEncoding::PositionalEncoding(int64_t channels, int64_t maxLength,
                                       const torch::TensorOptions& options) {
    pe = register_buffer("pe", sinusoidalPositionTable(channels, maxLength).to(options));
}

TemporalSelfAttention::TemporalSelfAttention(int64_t channels, int64_t heads, int64_t maxLength,
                                             const torch::TensorOptions& options)
    : Attention(AttentionOptions{channels, 0, heads, false}, options) {
    pos_encoder = register_module(
        "pos_encoder", std::make_shared<PositionalEncoding>(channels, maxLength, options));
}

torch::Tensor TemporalSelfAttention::forwardTemporal(const torch::Tensor& x) const {
    const int64_t frames = x.size(1);
    torch::Tensor positioned = x + pos_encoder->pe.narrow(1, 0, frames);  // [B·H·W, F, C]
    return forward(positioned);
}

TemporalTransformerBlock::TemporalTransformerBlock(int64_t channels, int64_t heads,
                                                   int64_t maxLength,
                                                   const torch::TensorOptions& options) {
    for (int k = 0; k < 2; ++k) {
        m_attentions.push_back(
            std::make_shared<TemporalSelfAttention>(channels, heads, maxLength, options));
        attention_blocks->push_back(m_attentions.back());
        m_norms.push_back(std::make_shared<LayerNorm>(channels, 1e-5, options));
        norms->push_back(m_norms.back());
    }
    attention_blocks = register_module("attention_blocks", attention_blocks);
    norms = register_module("norms", norms);
    ff = register_module("ff", std::make_shared<FeedForward>(channels, 4, options));
    ff_norm = register_module("ff_norm", std::make_shared<LayerNorm>(channels, 1e-5, options));
}

torch::Tensor TemporalTransformerBlock::forward(const torch::Tensor& input, int64_t frames) const {
    // u [B·F, P, C] with P = H·W pixels
    const int64_t batch = input.size(0) / frames;
    const int64_t pixels = input.size(1);
    const int64_t c = input.size(2);
    torch::Tensor u = input;
    for (size_t k = 0; k < m_attentions.size(); ++k) {
        torch::Tensor n = m_norms[k]->forward(u);
        // [B, F, P, C] -> [B, P, F, C] -> [B·P, F, C]: the sequence is one pixel's frames
        n = n.view({batch, frames, pixels, c})
                .permute({0, 2, 1, 3})
                .reshape({batch * pixels, frames, c});
        torch::Tensor a = m_attentions[k]->forwardTemporal(n);
        a = a.view({batch, pixels, frames, c})
                .permute({0, 2, 1, 3})
                .reshape({batch * frames, pixels, c});
        u = u + a;  // the residual does not carry the positional term
    }
    return u + ff->forward(ff_norm->forward(u));
}

TemporalTransformer3D::TemporalTransformer3D(int64_t channels, int64_t heads, int64_t maxLength,
                                             int64_t groups, const torch::TensorOptions& options) {
    norm = register_module("norm", std::make_shared<GroupNorm>(groups, channels, 1e-6, options));
    proj_in =
        register_module("proj_in", std::make_shared<Linear>(channels, channels, true, options));
    m_block = std::make_shared<TemporalTransformerBlock>(channels, heads, maxLength, options);
    transformer_blocks->push_back(m_block);
    transformer_blocks = register_module("transformer_blocks", transformer_blocks);
    proj_out =
        register_module("proj_out", std::make_shared<Linear>(channels, channels, true, options));
}

torch::Tensor TemporalTransformer3D::forward(const torch::Tensor& x, int64_t frames) const {
    // x [B·F, C, H, W]
    const int64_t rows = x.size(0);
    const int64_t c = x.size(1);
    const int64_t height = x.size(2);
    const int64_t width = x.size(3);
    torch::Tensor u = norm->forward(x);                              // per-frame statistics
    u = u.permute({0, 2, 3, 1}).reshape({rows, height * width, c});  // [B·F, H·W, C]
    u = proj_in->forward(u);
    u = m_block->forward(u, frames);
    u = proj_out->forward(u);
    u = u.reshape({rows, height, width, c}).permute({0, 3, 1, 2}).contiguous();  // [B·F, C, H, W]
    return u + x;
}

MotionModule::MotionModule(int64_t channels, int64_t heads, int64_t maxLength_, int64_t groups,
                           const torch::TensorOptions& options)
    : maxLength(maxLength_) {
    temporal_transformer = register_module(
        "temporal_transformer",
        std::make_shared<TemporalTransformer3D>(channels, heads, maxLength_, groups, options));
}

torch::Tensor MotionModule::forward(const torch::Tensor& x, int64_t frames) const {
    if (frames > maxLength || frames < 1 || x.size(0) % frames != 0) {
        throw Error(ErrorKind::BadInput, "motion module: " + std::to_string(frames) +
                                             " frames per window, but the positional table holds " +
                                             std::to_string(maxLength) +
                                             " (use at most that many context frames)");
    }
    return temporal_transformer->forward(x, frames);
}

}  // namespace vx::nn
