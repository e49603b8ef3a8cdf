// The release-size UNets built on the meta device (no memory): their key sets and parameter
// counts must equal the SD1.5 / V-Express arithmetic of spec §1.4.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include "common/error.h"
#include "engine/nn/autoencoder_kl.h"
#include "engine/nn/denoising_unet.h"
#include "engine/nn/reference_net.h"

namespace {

torch::TensorOptions meta() {
    return torch::TensorOptions().device(torch::kMeta).dtype(torch::kHalf);
}

struct Counts {
    int64_t parameters = 0;
    int64_t buffers = 0;
    size_t keys = 0;
    int64_t referenceAttention = 0;  // attn1_5 + norm1_5
    int64_t motionParameters = 0;
};

Counts count(const torch::nn::Module& module) {
    Counts counts;
    for (const auto& item : module.named_parameters()) {
        counts.parameters += item.value().numel();
        ++counts.keys;
        if (item.key().find("attn1_5.") != std::string::npos ||
            item.key().find("norm1_5.") != std::string::npos)
            counts.referenceAttention += item.value().numel();
        if (item.key().find("motion_modules.") != std::string::npos)
            counts.motionParameters += item.value().numel();
    }
    for (const auto& item : module.named_buffers()) {
        counts.buffers += item.value().numel();
        ++counts.keys;
    }
    return counts;
}

bool hasKey(const torch::nn::Module& module, const std::string& key) {
    for (const auto& item : module.named_parameters())
        if (item.key() == key)
            return true;
    for (const auto& item : module.named_buffers())
        if (item.key() == key)
            return true;
    return false;
}

TEST(ReleaseUNets, ReferenceNetIsSd15WithoutConvNormOut) {
    vx::nn::ReferenceNet net(vx::nn::UNetArchitecture::stableDiffusion15(), meta());
    Counts counts = count(net);
    // 859,520,964 for the stock SD1.5 UNet, minus conv_norm_out (2 × 320).
    EXPECT_EQ(counts.parameters, 859520964 - 640);
    EXPECT_EQ(counts.buffers, 0);
    EXPECT_EQ(counts.keys, 684u);
    EXPECT_TRUE(
        hasKey(net, "down_blocks.0.attentions.1.transformer_blocks.0.attn1.to_out.0.weight"));
    EXPECT_TRUE(hasKey(net, "up_blocks.3.attentions.2.transformer_blocks.0.ff.net.2.bias"));
    EXPECT_FALSE(hasKey(net, "conv_norm_out.weight"));
    EXPECT_EQ(net.transformersInModuleOrder().size(), 16u);
}

TEST(ReleaseUNets, DenoisingUNetCountsMatchSpec) {
    vx::nn::DenoisingUNet net(vx::nn::UNetArchitecture::stableDiffusion15(), meta());
    Counts counts = count(net);
    EXPECT_EQ(counts.referenceAttention, 49599040);
    EXPECT_EQ(counts.motionParameters, 453209280);
    EXPECT_EQ(counts.buffers, 1208320);  // 21 modules × 2 tables [1,32,C]
    EXPECT_EQ(counts.parameters + counts.buffers, 1363537604);
    EXPECT_EQ(counts.keys, 798u + 588u);  // denoising_unet.bin layout + motion_module.bin
    EXPECT_TRUE(hasKey(net, "down_blocks.0.attentions.1.transformer_blocks.0.attn1_5.to_q.weight"));
    EXPECT_TRUE(hasKey(net,
                       "down_blocks.0.motion_modules.0.temporal_transformer.transformer_blocks.0."
                       "attention_blocks.1.pos_encoder.pe"));
    EXPECT_TRUE(hasKey(net, "mid_block.motion_modules.0.temporal_transformer.proj_out.weight"));
    EXPECT_TRUE(hasKey(net, "up_blocks.3.motion_modules.2.temporal_transformer.norm.bias"));
    EXPECT_TRUE(hasKey(net, "conv_norm_out.weight"));
}

TEST(ReleaseUNets, MotionModulesSitAfterEveryUnit) {
    vx::nn::DenoisingUNet net(vx::nn::UNetArchitecture::stableDiffusion15(), meta());
    int modules = 0;
    for (const auto& item : net.named_modules("", /*include_self=*/false)) {
        const std::string& name = item.key();
        const auto at = name.find("motion_modules.");
        if (at != std::string::npos && name.find('.', at + 15) == std::string::npos)
            ++modules;
    }
    EXPECT_EQ(modules, 21);
}

TEST(ReleaseVae, SdVaeFtMseKeyCount) {
    vx::nn::AutoencoderKL vae(vx::nn::VaeArchitecture{}, meta());
    Counts counts = count(vae);
    // diffusers AutoencoderKL for sd-vae-ft-mse: 83,653,863 parameters, 248 keys.
    EXPECT_EQ(counts.parameters, 83653863);
    EXPECT_EQ(counts.keys, 248u);
}

TEST(UNetArchitecture, RejectsChannelsThatDoNotFitTheGroups) {
    vx::nn::UNetArchitecture arch;
    arch.blockOutChannels = {48, 64, 96, 96};
    EXPECT_THROW(arch.validate(), vx::Error);
}

}  // namespace
