#include "engine/nn/unet_backbone.h"

#include <algorithm>

namespace vx::nn {

UNetBackbone::UNetBackbone(const UNetArchitecture& arch, UNetVariant variant,
                           const torch::TensorOptions& options)
    : m_arch(arch) {
    arch.validate();
    const bool denoising = variant == UNetVariant::Denoising;
    const std::vector<int64_t>& channels = arch.blockOutChannels;
    const int64_t levels = static_cast<int64_t>(channels.size());
    const int64_t timeChannels = channels[0] * 4;

    conv_in = register_module(
        "conv_in", std::make_shared<Conv2d>(arch.inChannels, channels[0], 3, 1, 1, options));
    time_embedding = register_module(
        "time_embedding", std::make_shared<TimestepEmbedding>(channels[0], timeChannels, options));

    const bool downMotion = !arch.motion.decoderOnly;
    int64_t output = channels[0];
    for (int64_t i = 0; i < levels; ++i) {
        LevelOptions level;
        level.path = "down_blocks." + std::to_string(i);
        level.inChannels = output;
        level.outChannels = output = channels[i];
        level.layers = arch.layersPerBlock;
        level.crossAttention = arch.downCrossAttention[i];
        level.motionModules = denoising && downMotion && arch.motion.atResolution(int64_t{1} << i);
        level.resample = i + 1 < levels;
        level.referenceRead = denoising;
        level.timeEmbedChannels = timeChannels;
        level.arch = &m_arch;
        m_down.push_back(std::make_shared<DownBlock>(level, options));
        down_blocks->push_back(m_down.back());
    }
    down_blocks = register_module("down_blocks", down_blocks);

    LevelOptions mid;
    mid.path = "mid_block";
    mid.inChannels = mid.outChannels = channels.back();
    mid.layers = 1;
    mid.crossAttention = true;
    mid.motionModules = denoising && arch.motion.enabled && arch.motion.midBlock;
    mid.referenceRead = denoising;
    mid.timeEmbedChannels = timeChannels;
    mid.arch = &m_arch;
    mid_block = register_module("mid_block", std::make_shared<MidBlock>(mid, options));

    std::vector<int64_t> reversed(channels.rbegin(), channels.rend());
    output = reversed[0];
    for (int64_t i = 0; i < levels; ++i) {
        LevelOptions level;
        level.path = "up_blocks." + std::to_string(i);
        level.inChannels = output;
        level.outChannels = output = reversed[i];
        level.skipInChannels = reversed[std::min(i + 1, levels - 1)];
        level.layers = arch.layersPerBlock + 1;
        level.crossAttention = arch.upCrossAttention[i];
        level.motionModules = denoising && arch.motion.atResolution(int64_t{1} << (levels - 1 - i));
        level.resample = i + 1 < levels;
        level.referenceRead = denoising;
        level.timeEmbedChannels = timeChannels;
        level.arch = &m_arch;
        m_up.push_back(std::make_shared<UpBlock>(level, options));
        up_blocks->push_back(m_up.back());
    }
    up_blocks = register_module("up_blocks", up_blocks);

    if (denoising) {
        conv_norm_out = register_module(
            "conv_norm_out",
            std::make_shared<GroupNorm>(arch.normGroups, channels[0], arch.normEps, options));
    }
    conv_out = register_module(
        "conv_out", std::make_shared<Conv2d>(channels[0], arch.outChannels, 3, 1, 1, options));
}

std::vector<std::shared_ptr<Transformer2D>> UNetBackbone::transformersInModuleOrder() const {
    std::vector<std::shared_ptr<Transformer2D>> all;
    for (const auto& block : m_down)
        all.insert(all.end(), block->attentions().begin(), block->attentions().end());
    for (const auto& block : m_up)
        all.insert(all.end(), block->attentions().begin(), block->attentions().end());
    all.insert(all.end(), mid_block->attentions().begin(), mid_block->attentions().end());
    return all;
}

std::vector<std::shared_ptr<Transformer2D>> UNetBackbone::transformersByChannels() const {
    auto all = transformersInModuleOrder();
    std::stable_sort(all.begin(), all.end(),
                     [](const auto& a, const auto& b) { return a->channels() > b->channels(); });
    return all;
}

torch::Tensor UNetBackbone::run(const torch::Tensor& sample, int64_t timestep,
                                const torch::Tensor& addAfterConvIn, const torch::Tensor& context,
                                SpatialRun& state) const {
    // Timestep: fp32 sinusoid, cast to the model dtype; shared by the whole batch.
    torch::Tensor sinusoid = sinusoidalTimestepEmbedding(timestep, m_arch.blockOutChannels[0],
                                                         m_arch.flipSinToCos, m_arch.freqShift);
    sinusoid = sinusoid.to(conv_in->weight.options());
    BlockInputs in{torch::silu(time_embedding->forward(sinusoid)), context, &state};  // [1, 4·C0]

    // [B·F, C0, H, W]
    torch::Tensor h = conv_in->forward(sample);
    if (addAfterConvIn.defined())
        h = h + addAfterConvIn;
    std::vector<torch::Tensor> skips{h};
    for (const auto& block : m_down) {
        h = block->forward(h, in, skips);
        if (!h.defined())
            return {};
    }
    h = mid_block->forward(h, in);
    if (!h.defined())
        return {};
    for (const auto& block : m_up) {
        h = block->forward(h, in, skips);
        if (!h.defined())
            return {};
    }
    if (conv_norm_out)
        h = torch::silu(conv_norm_out->forward(h));
    return conv_out->forward(h);  // [B·F, Cout, H, W]
}

}  // namespace vx::nn
