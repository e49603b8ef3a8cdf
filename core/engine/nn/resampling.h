// Down- and upsamplers of the UNets (spec §2.3) and the VAE (§7.7).
#pragma once

#include <torch/nn/module.h>

#include <memory>
#include <optional>

#include "engine/nn/layers.h"

namespace vx::nn {

// Stride-2 3×3 conv. padding 1 (UNets) pads all sides; padding 0 (the VAE encoder) first pads
// right and bottom by one, which is asymmetric. Key: conv.
class Downsample2D : public torch::nn::Module {
public:
    Downsample2D(int64_t channels, int64_t padding, const torch::TensorOptions& options);
    torch::Tensor forward(const torch::Tensor& x) const;  // [N,C,H,W] -> [N,C,H/2,W/2]

    std::shared_ptr<Conv2d> conv;
    int64_t padding;
};

// Nearest ×2 in H and W (never in time), then a 3×3 conv. Key: conv.
class Upsample2D : public torch::nn::Module {
public:
    Upsample2D(int64_t channels, const torch::TensorOptions& options);
    // [N,C,H,W] -> [N,C,2H,2W], or to `size` (the skip's H, W) when given.
    torch::Tensor forward(const torch::Tensor& x,
                          std::optional<std::vector<int64_t>> size = std::nullopt) const;

    std::shared_ptr<Conv2d> conv;
};

}  // namespace vx::nn
