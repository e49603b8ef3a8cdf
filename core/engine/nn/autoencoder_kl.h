// The SD VAE (diffusers AutoencoderKL, spec §7.7): encoder → posterior mean, decoder.
// Config-driven; GroupNorms GN(groups, 1e-6); ResNets without time embedding; one
// single-head self-attention with biased q/k/v in each mid block.
#pragma once

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>

#include <memory>
#include <string>
#include <vector>

#include "engine/io/state_dict.h"
#include "engine/nn/attention.h"
#include "engine/nn/layers.h"
#include "engine/nn/resampling.h"
#include "engine/nn/resnet_block.h"
#include "engine/nn/state_loading.h"

namespace vx::nn {

struct VaeArchitecture {
    int64_t inChannels = 3;
    int64_t outChannels = 3;
    int64_t latentChannels = 4;
    std::vector<int64_t> blockOutChannels{128, 256, 512, 512};
    int64_t layersPerBlock = 2;
    int64_t normGroups = 32;
    bool useQuantConv = true;
    bool usePostQuantConv = true;

    // Throws vx::Error(Model) when the numbers cannot describe a VAE this engine builds.
    void validate() const;
};

// Mid-block attention: group_norm, to_q/to_k/to_v/to_out.0 (all with bias), one head,
// residual. Keys group_norm.*, to_q.*, to_k.*, to_v.*, to_out.0.*.
class VaeAttention : public Attention {
public:
    VaeAttention(int64_t channels, int64_t groups, const torch::TensorOptions& options);
    torch::Tensor forwardImage(const torch::Tensor& x) const;  // [B,C,H,W] -> same

    std::shared_ptr<GroupNorm> group_norm;
};

// Keys: resnets.{0,1}, attentions.0.
class VaeMidBlock : public torch::nn::Module {
public:
    VaeMidBlock(int64_t channels, int64_t groups, const torch::TensorOptions& options);
    torch::Tensor forward(const torch::Tensor& x) const;

    torch::nn::ModuleList resnets;
    torch::nn::ModuleList attentions;

private:
    std::vector<std::shared_ptr<ResnetBlock2D>> m_resnets;
    std::shared_ptr<VaeAttention> m_attention;
};

// Keys: resnets.j, [downsamplers.0 | upsamplers.0].
class VaeLevel : public torch::nn::Module {
public:
    enum class Resample { None, Down, Up };
    VaeLevel(int64_t inChannels, int64_t outChannels, int64_t layers, int64_t groups,
             Resample resample, const torch::TensorOptions& options);
    torch::Tensor forward(const torch::Tensor& x) const;

    torch::nn::ModuleList resnets;
    torch::nn::ModuleList samplers;

private:
    std::vector<std::shared_ptr<ResnetBlock2D>> m_resnets;
    std::shared_ptr<Downsample2D> m_down;
    std::shared_ptr<Upsample2D> m_up;
};

// Keys: conv_in, down_blocks.i, mid_block, conv_norm_out, conv_out (→ 2·latent channels).
class VaeEncoder : public torch::nn::Module {
public:
    VaeEncoder(const VaeArchitecture& arch, const torch::TensorOptions& options);
    torch::Tensor forward(const torch::Tensor& image) const;  // [B,3,H,W] -> [B,2L,H/8,W/8]

    std::shared_ptr<Conv2d> conv_in;
    torch::nn::ModuleList down_blocks;
    std::shared_ptr<VaeMidBlock> mid_block;
    std::shared_ptr<GroupNorm> conv_norm_out;
    std::shared_ptr<Conv2d> conv_out;

private:
    std::vector<std::shared_ptr<VaeLevel>> m_levels;
};

// Keys: conv_in, mid_block, up_blocks.i, conv_norm_out, conv_out.
class VaeDecoder : public torch::nn::Module {
public:
    VaeDecoder(const VaeArchitecture& arch, const torch::TensorOptions& options);
    torch::Tensor forward(const torch::Tensor& latent) const;  // [B,L,h,w] -> [B,3,8h,8w]

    std::shared_ptr<Conv2d> conv_in;
    std::shared_ptr<VaeMidBlock> mid_block;
    torch::nn::ModuleList up_blocks;
    std::shared_ptr<GroupNorm> conv_norm_out;
    std::shared_ptr<Conv2d> conv_out;

private:
    std::vector<std::shared_ptr<VaeLevel>> m_levels;
};

// Keys: encoder.*, decoder.*, [quant_conv], [post_quant_conv].
class AutoencoderKL : public torch::nn::Module {
public:
    AutoencoderKL(const VaeArchitecture& arch, const torch::TensorOptions& options);

    // image [B, in, H, W] in [-1, 1] -> posterior mean [B, latent, H/f, W/f] (unscaled).
    torch::Tensor encodeMean(const torch::Tensor& image) const;
    // latent [B, latent, h, w] (unscaled) -> image [B, out, h·f, w·f] (not clamped).
    torch::Tensor decode(const torch::Tensor& latent) const;

    std::shared_ptr<VaeEncoder> encoder;
    std::shared_ptr<VaeDecoder> decoder;
    std::shared_ptr<Conv2d> quant_conv;       // null without use_quant_conv
    std::shared_ptr<Conv2d> post_quant_conv;  // null without use_post_quant_conv

private:
    int64_t m_latentChannels;
};

// Renames the pre-0.14 diffusers attention keys (query, key, value, proj_attn) to to_q, to_k,
// to_v, to_out.0 and squeezes 1×1-conv attention weights [C,C,1,1] to [C,C]. Other keys pass.
io::StateDict modernVaeKeys(const io::StateDict& state);

// modernVaeKeys, then a strict load; throws vx::Error(Model) naming `file` on any mismatch.
void loadAutoencoder(AutoencoderKL& vae, const io::StateDict& state, const std::string& file);

}  // namespace vx::nn
