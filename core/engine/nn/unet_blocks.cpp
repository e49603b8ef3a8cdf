#include "engine/nn/unet_blocks.h"

namespace vx::nn {

LevelBlock::LevelBlock(const LevelOptions& level,
                       const std::vector<std::pair<int64_t, int64_t>>& resnetIo,
                       int64_t layersWithAttention, const torch::TensorOptions& options) {
    const UNetArchitecture& arch = *level.arch;
    for (const auto& [in, out] : resnetIo) {
        ResnetBlockOptions resnet{in, out, level.timeEmbedChannels, arch.normGroups, arch.normEps};
        m_resnets.push_back(std::make_shared<ResnetBlock2D>(resnet, options));
        m_resnetList->push_back(m_resnets.back());
    }
    m_resnetList = register_module("resnets", m_resnetList);
    if (level.crossAttention) {
        for (int64_t j = 0; j < layersWithAttention; ++j) {
            TransformerBlockOptions block{level.outChannels, arch.attentionHeads,
                                          arch.crossAttentionDim, level.referenceRead};
            m_attentions.push_back(std::make_shared<Transformer2D>(
                block, arch.normGroups, level.path + ".attentions." + std::to_string(j), options));
            m_attentionList->push_back(m_attentions.back());
        }
        m_attentionList = register_module("attentions", m_attentionList);
    }
    if (level.motionModules) {
        for (int64_t j = 0; j < layersWithAttention; ++j) {
            m_motion.push_back(std::make_shared<MotionModule>(level.outChannels, arch.motion.heads,
                                                              arch.motion.maxLength,
                                                              arch.motion.groups, options));
            m_motionList->push_back(m_motion.back());
        }
        m_motionList = register_module("motion_modules", m_motionList);
    }
}

torch::Tensor LevelBlock::unit(size_t j, const torch::Tensor& x, BlockInputs& in) const {
    torch::Tensor h = m_resnets[j]->forward(x, in.activatedTimeEmbedding);
    if (j < m_attentions.size()) {
        h = m_attentions[j]->forward(h, in.context, *in.run);
        if (in.run->stopped)
            return {};
    }
    if (j < m_motion.size())
        h = m_motion[j]->forward(h, in.run->frames);
    return h;  // [B·F, C, H, W]
}

namespace {

std::vector<std::pair<int64_t, int64_t>> downResnets(const LevelOptions& level) {
    std::vector<std::pair<int64_t, int64_t>> io;
    for (int64_t j = 0; j < level.layers; ++j)
        io.emplace_back(j == 0 ? level.inChannels : level.outChannels, level.outChannels);
    return io;
}

std::vector<std::pair<int64_t, int64_t>> upResnets(const LevelOptions& level) {
    // Resnet j consumes the hidden state concatenated with one skip: the last skip of an up
    // level comes from the down level below (skipInChannels), the others from the same level.
    std::vector<std::pair<int64_t, int64_t>> io;
    for (int64_t j = 0; j < level.layers; ++j) {
        const int64_t skip = j == level.layers - 1 ? level.skipInChannels : level.outChannels;
        const int64_t hidden = j == 0 ? level.inChannels : level.outChannels;
        io.emplace_back(hidden + skip, level.outChannels);
    }
    return io;
}

}  // namespace

DownBlock::DownBlock(const LevelOptions& level, const torch::TensorOptions& options)
    : LevelBlock(level, downResnets(level), level.layers, options) {
    if (level.resample) {
        m_downsampler = std::make_shared<Downsample2D>(level.outChannels,
                                                       level.arch->downsamplePadding, options);
        m_downsamplerList->push_back(m_downsampler);
        m_downsamplerList = register_module("downsamplers", m_downsamplerList);
    }
}

torch::Tensor DownBlock::forward(const torch::Tensor& x, BlockInputs& in,
                                 std::vector<torch::Tensor>& skips) const {
    torch::Tensor h = x;
    for (size_t j = 0; j < m_resnets.size(); ++j) {
        h = unit(j, h, in);
        if (!h.defined())
            return {};
        skips.push_back(h);
    }
    if (m_downsampler) {
        h = m_downsampler->forward(h);
        skips.push_back(h);
    }
    return h;
}

MidBlock::MidBlock(const LevelOptions& level, const torch::TensorOptions& options)
    : LevelBlock(level,
                 {{level.outChannels, level.outChannels}, {level.outChannels, level.outChannels}},
                 1, options) {}

torch::Tensor MidBlock::forward(const torch::Tensor& x, BlockInputs& in) const {
    // res_0 → attn_0 (→ motion_0) → res_1
    torch::Tensor h = unit(0, x, in);
    if (!h.defined())
        return {};
    return m_resnets[1]->forward(h, in.activatedTimeEmbedding);
}

UpBlock::UpBlock(const LevelOptions& level, const torch::TensorOptions& options)
    : LevelBlock(level, upResnets(level), level.layers, options) {
    if (level.resample) {
        m_upsampler = std::make_shared<Upsample2D>(level.outChannels, options);
        m_upsamplerList->push_back(m_upsampler);
        m_upsamplerList = register_module("upsamplers", m_upsamplerList);
    }
}

torch::Tensor UpBlock::forward(const torch::Tensor& x, BlockInputs& in,
                               std::vector<torch::Tensor>& skips) const {
    torch::Tensor h = x;
    for (size_t j = 0; j < m_resnets.size(); ++j) {
        h = torch::cat({h, skips.back()}, 1);  // [hidden, skip] along channels
        skips.pop_back();
        h = unit(j, h, in);
        if (!h.defined())
            return {};
    }
    if (m_upsampler) {
        std::optional<std::vector<int64_t>> size;
        if (!skips.empty())
            size = std::vector<int64_t>{skips.back().size(2), skips.back().size(3)};
        h = m_upsampler->forward(h, size);
    }
    return h;
}

}  // namespace vx::nn
