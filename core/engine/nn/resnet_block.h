// ResnetBlock2D (spec §2.2, §7.7). In the 3-D UNet it runs on frames folded into the batch,
// [(B·F), C, H, W], which gives the per-frame ("inflated") GroupNorm statistics for free.
#pragma once

#include <torch/nn/module.h>

#include <memory>

#include "engine/nn/layers.h"

namespace vx::nn {

struct ResnetBlockOptions {
    int64_t inChannels = 0;
    int64_t outChannels = 0;
    int64_t timeEmbedChannels = 0;  // 0: no time_emb_proj (the VAE)
    int64_t groups = 32;
    double eps = 1e-5;
};

// Keys: norm1, conv1, [time_emb_proj], norm2, conv2, [conv_shortcut iff in != out].
class ResnetBlock2D : public torch::nn::Module {
public:
    ResnetBlock2D(const ResnetBlockOptions& config, const torch::TensorOptions& options);
    // x [N, Cin, H, W]; activatedTimeEmbedding = SiLU(emb) [1 or N, T] or undefined.
    // Returns [N, Cout, H, W].
    torch::Tensor forward(const torch::Tensor& x,
                          const torch::Tensor& activatedTimeEmbedding) const;

    std::shared_ptr<GroupNorm> norm1;
    std::shared_ptr<Conv2d> conv1;
    std::shared_ptr<Linear> time_emb_proj;  // null without time embedding
    std::shared_ptr<GroupNorm> norm2;
    std::shared_ptr<Conv2d> conv2;
    std::shared_ptr<Conv2d> conv_shortcut;  // null when in == out
};

}  // namespace vx::nn
