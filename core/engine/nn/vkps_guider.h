// VKpsGuider: the small conv net that turns each frame's V-kps image into a feature map added
// to the denoising UNet's conv_in output (spec §8.1). Same layer names as the checkpoint
// (conv_in, blocks.0..5, conv_out).
#pragma once

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/pimpl.h>

#include <string>

#include "engine/config/hyperparameters.h"

namespace vx::engine {

class VKpsGuiderImpl : public torch::nn::Module {
public:
    explicit VKpsGuiderImpl(const VKpsGuiderConfig& config);

    // kps images [B, 3, F, H, W] in [0, 1] -> features [B, C, F, H/8, W/8] (C =
    // conditioningEmbeddingChannels, 8 = 2^(blocks/2) for the release layout). Each frame is
    // independent; `chunkFrames` > 0 runs that many frames at a time to bound memory.
    torch::Tensor forward(const torch::Tensor& images, int64_t chunkFrames = 0);

    // The per-frame network: [N, 3, H, W] -> [N, C, H/8, W/8].
    torch::Tensor forwardFrames(const torch::Tensor& frames);

private:
    torch::nn::Conv2d m_convIn{nullptr};
    torch::nn::ModuleList m_blocks{nullptr};
    torch::nn::Conv2d m_convOut{nullptr};
};
TORCH_MODULE(VKpsGuider);

// Builds a VKpsGuider of `config`'s sizes and loads `file` (v_kps_guider.bin or a .safetensors
// copy) strictly; eval mode, fp32 on the CPU. Throws vx::Error(Model) naming the file.
VKpsGuider loadVKpsGuider(const std::string& file, const VKpsGuiderConfig& config);

}  // namespace vx::engine
