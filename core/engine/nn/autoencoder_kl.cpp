#include "engine/nn/autoencoder_kl.h"

#include <utility>

#include "common/error.h"

namespace vx::nn {

namespace {
constexpr double kVaeEps = 1e-6;
}

void VaeArchitecture::validate() const {
    auto fail = [](const std::string& what) {
        throw Error(ErrorKind::Model, "VAE configuration: " + what);
    };
    if (blockOutChannels.empty())
        fail("block_out_channels is empty");
    if (layersPerBlock < 1)
        fail("layers_per_block must be at least 1");
    for (int64_t c : blockOutChannels) {
        if (c <= 0 || c % normGroups != 0)
            fail("every block_out_channels entry must be a positive multiple of norm_num_groups");
    }
}

VaeAttention::VaeAttention(int64_t channels, int64_t groups, const torch::TensorOptions& options)
    : Attention(AttentionOptions{channels, 0, 1, true}, options) {
    group_norm = register_module("group_norm",
                                 std::make_shared<GroupNorm>(groups, channels, kVaeEps, options));
}

torch::Tensor VaeAttention::forwardImage(const torch::Tensor& x) const {
    // [B, C, H, W] -> tokens [B, H·W, C]
    const int64_t batch = x.size(0);
    const int64_t c = x.size(1);
    const int64_t height = x.size(2);
    const int64_t width = x.size(3);
    torch::Tensor tokens = group_norm->forward(x).view({batch, c, height * width}).transpose(1, 2);
    tokens = forward(tokens);
    return tokens.transpose(1, 2).reshape({batch, c, height, width}) + x;
}

VaeMidBlock::VaeMidBlock(int64_t channels, int64_t groups, const torch::TensorOptions& options) {
    for (int j = 0; j < 2; ++j) {
        m_resnets.push_back(std::make_shared<ResnetBlock2D>(
            ResnetBlockOptions{channels, channels, 0, groups, kVaeEps}, options));
        resnets->push_back(m_resnets.back());
    }
    resnets = register_module("resnets", resnets);
    m_attention = std::make_shared<VaeAttention>(channels, groups, options);
    attentions->push_back(m_attention);
    attentions = register_module("attentions", attentions);
}

torch::Tensor VaeMidBlock::forward(const torch::Tensor& x) const {
    torch::Tensor h = m_resnets[0]->forward(x, {});
    h = m_attention->forwardImage(h);
    return m_resnets[1]->forward(h, {});
}

VaeLevel::VaeLevel(int64_t inChannels, int64_t outChannels, int64_t layers, int64_t groups,
                   Resample resample, const torch::TensorOptions& options) {
    for (int64_t j = 0; j < layers; ++j) {
        m_resnets.push_back(std::make_shared<ResnetBlock2D>(
            ResnetBlockOptions{j == 0 ? inChannels : outChannels, outChannels, 0, groups, kVaeEps},
            options));
        resnets->push_back(m_resnets.back());
    }
    resnets = register_module("resnets", resnets);
    if (resample == Resample::Down) {
        m_down = std::make_shared<Downsample2D>(outChannels, 0, options);
        samplers->push_back(m_down);
        samplers = register_module("downsamplers", samplers);
    } else if (resample == Resample::Up) {
        m_up = std::make_shared<Upsample2D>(outChannels, options);
        samplers->push_back(m_up);
        samplers = register_module("upsamplers", samplers);
    }
}

torch::Tensor VaeLevel::forward(const torch::Tensor& x) const {
    torch::Tensor h = x;
    for (const auto& resnet : m_resnets)
        h = resnet->forward(h, {});
    if (m_down)
        h = m_down->forward(h);
    if (m_up)
        h = m_up->forward(h);
    return h;
}

VaeEncoder::VaeEncoder(const VaeArchitecture& arch, const torch::TensorOptions& options) {
    const auto& channels = arch.blockOutChannels;
    conv_in = register_module(
        "conv_in", std::make_shared<Conv2d>(arch.inChannels, channels[0], 3, 1, 1, options));
    int64_t output = channels[0];
    for (size_t i = 0; i < channels.size(); ++i) {
        const int64_t input = output;
        output = channels[i];
        const bool last = i + 1 == channels.size();
        m_levels.push_back(std::make_shared<VaeLevel>(
            input, output, arch.layersPerBlock, arch.normGroups,
            last ? VaeLevel::Resample::None : VaeLevel::Resample::Down, options));
        down_blocks->push_back(m_levels.back());
    }
    down_blocks = register_module("down_blocks", down_blocks);
    mid_block = register_module(
        "mid_block", std::make_shared<VaeMidBlock>(channels.back(), arch.normGroups, options));
    conv_norm_out = register_module(
        "conv_norm_out",
        std::make_shared<GroupNorm>(arch.normGroups, channels.back(), kVaeEps, options));
    conv_out = register_module(
        "conv_out",
        std::make_shared<Conv2d>(channels.back(), 2 * arch.latentChannels, 3, 1, 1, options));
}

torch::Tensor VaeEncoder::forward(const torch::Tensor& image) const {
    torch::Tensor h = conv_in->forward(image);
    for (const auto& level : m_levels)
        h = level->forward(h);
    h = mid_block->forward(h);
    return conv_out->forward(torch::silu(conv_norm_out->forward(h)));
}

VaeDecoder::VaeDecoder(const VaeArchitecture& arch, const torch::TensorOptions& options) {
    std::vector<int64_t> reversed(arch.blockOutChannels.rbegin(), arch.blockOutChannels.rend());
    conv_in = register_module(
        "conv_in", std::make_shared<Conv2d>(arch.latentChannels, reversed[0], 3, 1, 1, options));
    mid_block = register_module(
        "mid_block", std::make_shared<VaeMidBlock>(reversed[0], arch.normGroups, options));
    int64_t output = reversed[0];
    for (size_t i = 0; i < reversed.size(); ++i) {
        const int64_t input = output;
        output = reversed[i];
        const bool last = i + 1 == reversed.size();
        m_levels.push_back(std::make_shared<VaeLevel>(
            input, output, arch.layersPerBlock + 1, arch.normGroups,
            last ? VaeLevel::Resample::None : VaeLevel::Resample::Up, options));
        up_blocks->push_back(m_levels.back());
    }
    up_blocks = register_module("up_blocks", up_blocks);
    conv_norm_out = register_module(
        "conv_norm_out",
        std::make_shared<GroupNorm>(arch.normGroups, reversed.back(), kVaeEps, options));
    conv_out = register_module(
        "conv_out", std::make_shared<Conv2d>(reversed.back(), arch.outChannels, 3, 1, 1, options));
}

torch::Tensor VaeDecoder::forward(const torch::Tensor& latent) const {
    torch::Tensor h = mid_block->forward(conv_in->forward(latent));
    for (const auto& level : m_levels)
        h = level->forward(h);
    return conv_out->forward(torch::silu(conv_norm_out->forward(h)));
}

AutoencoderKL::AutoencoderKL(const VaeArchitecture& arch, const torch::TensorOptions& options)
    : m_latentChannels(arch.latentChannels) {
    arch.validate();
    encoder = register_module("encoder", std::make_shared<VaeEncoder>(arch, options));
    decoder = register_module("decoder", std::make_shared<VaeDecoder>(arch, options));
    const int64_t moments = 2 * arch.latentChannels;
    if (arch.useQuantConv)
        quant_conv = register_module("quant_conv",
                                     std::make_shared<Conv2d>(moments, moments, 1, 1, 0, options));
    if (arch.usePostQuantConv) {
        post_quant_conv = register_module(
            "post_quant_conv",
            std::make_shared<Conv2d>(arch.latentChannels, arch.latentChannels, 1, 1, 0, options));
    }
}

torch::Tensor AutoencoderKL::encodeMean(const torch::Tensor& image) const {
    torch::Tensor moments = encoder->forward(image);  // [B, 2L, h, w]
    if (quant_conv)
        moments = quant_conv->forward(moments);
    return moments.narrow(1, 0, m_latentChannels).contiguous();  // the mean; logvar unused
}

torch::Tensor AutoencoderKL::decode(const torch::Tensor& latent) const {
    torch::Tensor z = post_quant_conv ? post_quant_conv->forward(latent) : latent;
    return decoder->forward(z);
}

io::StateDict modernVaeKeys(const io::StateDict& state) {
    static const std::pair<const char*, const char*> kRenames[] = {{".query.", ".to_q."},
                                                                   {".key.", ".to_k."},
                                                                   {".value.", ".to_v."},
                                                                   {".proj_attn.", ".to_out.0."}};
    io::StateDict renamed;
    for (const auto& [key, value] : state) {
        std::string name = key;
        bool attention = false;
        for (const auto& [from, to] : kRenames) {
            const size_t at = name.find(from);
            if (at != std::string::npos) {
                name.replace(at, std::string(from).size(), to);
                attention = true;
                break;
            }
        }
        attention = attention || name.find(".attentions.0.to_") != std::string::npos;
        torch::Tensor tensor = value;
        if (attention && tensor.dim() == 4 && tensor.size(2) == 1 && tensor.size(3) == 1)
            tensor = tensor.flatten(1);  // legacy 1×1-conv attention projection
        renamed[name] = tensor;
    }
    return renamed;
}

void loadAutoencoder(AutoencoderKL& vae, const io::StateDict& state, const std::string& file) {
    loadStrict(vae, modernVaeKeys(state), file);
}

}  // namespace vx::nn
