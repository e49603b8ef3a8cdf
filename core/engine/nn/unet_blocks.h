// The level blocks shared by the ReferenceNet and the denoising UNet (spec §2.7): down, mid and
// up blocks with or without spatial transformers, with or without motion modules. They work on
// frames folded into the batch, [(B·F), C, H, W]; only the motion modules unfold F.
#pragma once

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/nn/motion_module.h"
#include "engine/nn/reference_context.h"
#include "engine/nn/resampling.h"
#include "engine/nn/resnet_block.h"
#include "engine/nn/transformer_2d.h"
#include "engine/nn/unet_architecture.h"

namespace vx::nn {

// What every block call needs besides its input.
struct BlockInputs {
    torch::Tensor activatedTimeEmbedding;  // SiLU(emb) [1, 4·C0]
    torch::Tensor context;                 // [B·F, M, D]
    SpatialRun* run = nullptr;
};

struct LevelOptions {
    std::string path;        // "down_blocks.1"
    int64_t inChannels = 0;  // down: level input; up: the previous up level's output
    int64_t outChannels = 0;
    int64_t skipInChannels = 0;  // up only: input channels of the matching down level
    int64_t layers = 0;
    bool crossAttention = false;
    bool motionModules = false;
    bool resample = false;       // downsampler after / upsampler after
    bool referenceRead = false;  // transformer blocks carry attn1_5 / norm1_5
    int64_t timeEmbedChannels = 0;
    const UNetArchitecture* arch = nullptr;
};

// Shared storage of resnets / attentions / motion_modules; keys <path>.<list>.<j>.
class LevelBlock : public torch::nn::Module {
protected:
    LevelBlock(const LevelOptions& level, const std::vector<std::pair<int64_t, int64_t>>& resnetIo,
               int64_t layersWithAttention, const torch::TensorOptions& options);
    // res_j → attn_j (→ motion_j) on [B·F, C, H, W]; undefined when the run stopped.
    torch::Tensor unit(size_t j, const torch::Tensor& x, BlockInputs& in) const;

    torch::nn::ModuleList m_resnetList;
    torch::nn::ModuleList m_attentionList;
    torch::nn::ModuleList m_motionList;
    std::vector<std::shared_ptr<ResnetBlock2D>> m_resnets;
    std::vector<std::shared_ptr<Transformer2D>> m_attentions;
    std::vector<std::shared_ptr<MotionModule>> m_motion;

public:
    const std::vector<std::shared_ptr<Transformer2D>>& attentions() const { return m_attentions; }
};

// Keys: resnets.j, [attentions.j], [motion_modules.j], [downsamplers.0.conv].
class DownBlock : public LevelBlock {
public:
    DownBlock(const LevelOptions& level, const torch::TensorOptions& options);
    // Appends one skip per unit and per downsampler. [B·F,Cin,H,W] -> [B·F,Cout,H',W'].
    torch::Tensor forward(const torch::Tensor& x, BlockInputs& in,
                          std::vector<torch::Tensor>& skips) const;

private:
    std::shared_ptr<Downsample2D> m_downsampler;
    torch::nn::ModuleList m_downsamplerList;
};

// Keys: resnets.{0,1}, attentions.0, [motion_modules.0].
class MidBlock : public LevelBlock {
public:
    MidBlock(const LevelOptions& level, const torch::TensorOptions& options);
    torch::Tensor forward(const torch::Tensor& x, BlockInputs& in) const;
};

// Keys: resnets.j, [attentions.j], [motion_modules.j], [upsamplers.0.conv].
class UpBlock : public LevelBlock {
public:
    UpBlock(const LevelOptions& level, const torch::TensorOptions& options);
    // Pops one skip per resnet (concatenated after the hidden state); the upsampler, if any,
    // targets the spatial size of the next skip on the stack.
    torch::Tensor forward(const torch::Tensor& x, BlockInputs& in,
                          std::vector<torch::Tensor>& skips) const;

private:
    std::shared_ptr<Upsample2D> m_upsampler;
    torch::nn::ModuleList m_upsamplerList;
};

}  // namespace vx::nn
