// GEGLU feed-forward (spec §2.5): net.0.proj Lin(C→8C) split into value and gate halves,
// value ⊙ GELU(gate) (exact erf GELU), then net.2 Lin(4C→C). net.1 was dropout.
#pragma once

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>

#include <memory>

#include "engine/nn/layers.h"

namespace vx::nn {

// Holder of net.0.proj.
class Geglu : public torch::nn::Module {
public:
    Geglu(int64_t dim, int64_t innerDim, const torch::TensorOptions& options);
    torch::Tensor forward(const torch::Tensor& x) const;  // [.., C] -> [.., inner]

    std::shared_ptr<Linear> proj;
};

class FeedForward : public torch::nn::Module {
public:
    FeedForward(int64_t dim, int64_t mult, const torch::TensorOptions& options);
    torch::Tensor forward(const torch::Tensor& x) const;  // [.., C] -> [.., C]

    torch::nn::ModuleList net;

private:
    std::shared_ptr<Geglu> m_gated;
    std::shared_ptr<Linear> m_out;
};

}  // namespace vx::nn
