// The four parameterised layers the UNets and the VAE are made of, built directly on the caller's
// device and dtype. torch::nn's own Linear/Conv2d always allocate and initialise on the CPU in
// fp32 first, which costs 5.4 GB and seconds of random init for the release 3-D UNet; these
// allocate once where the weights will live (or nowhere, on the meta device) and leave the
// values uninitialised: every parameter is overwritten by the checkpoint (loading is strict
// about missing keys).
#pragma once

#include <torch/nn/module.h>
#include <torch/types.h>

#include <memory>

namespace vx::nn {

// y = x·Wᵀ + b over the last dim. Keys: weight [out,in], bias [out] (when used).
class Linear : public torch::nn::Module {
public:
    Linear(int64_t inFeatures, int64_t outFeatures, bool withBias,
           const torch::TensorOptions& options);
    torch::Tensor forward(const torch::Tensor& x) const;

    torch::Tensor weight;
    torch::Tensor bias;  // undefined without bias
};

// 2-D convolution with square kernel, symmetric zero padding. Keys: weight [out,in,k,k], bias.
class Conv2d : public torch::nn::Module {
public:
    Conv2d(int64_t inChannels, int64_t outChannels, int64_t kernel, int64_t stride, int64_t padding,
           const torch::TensorOptions& options);
    torch::Tensor forward(const torch::Tensor& x) const;  // [N,Cin,H,W] -> [N,Cout,H',W']

    torch::Tensor weight;
    torch::Tensor bias;
    int64_t stride;
    int64_t padding;
};

// GroupNorm over [N,C,...]; statistics per sample, so a 5-D video folded to [(B·F),C,H,W] gets
// per-frame statistics (the "inflated" GroupNorm of the 3-D UNet).
class GroupNorm : public torch::nn::Module {
public:
    GroupNorm(int64_t groups, int64_t channels, double eps, const torch::TensorOptions& options);
    torch::Tensor forward(const torch::Tensor& x) const;

    torch::Tensor weight;
    torch::Tensor bias;
    int64_t groups;
    double eps;
};

// Affine LayerNorm over the last dim.
class LayerNorm : public torch::nn::Module {
public:
    LayerNorm(int64_t channels, double eps, const torch::TensorOptions& options);
    torch::Tensor forward(const torch::Tensor& x) const;

    torch::Tensor weight;
    torch::Tensor bias;
    double eps;
};

}  // namespace vx::nn
