#include "engine/nn/layers.h"

#include <torch/nn/functional.h>

namespace vx::nn {

Linear::Linear(int64_t inFeatures, int64_t outFeatures, bool withBias,
               const torch::TensorOptions& options) {
    weight = register_parameter("weight", torch::empty({outFeatures, inFeatures}, options),
                                /*requires_grad=*/false);
    if (withBias)
        bias = register_parameter("bias", torch::empty({outFeatures}, options), false);
}

torch::Tensor Linear::forward(const torch::Tensor& x) const {
    return torch::linear(x, weight, bias);
}

Conv2d::Conv2d(int64_t inChannels, int64_t outChannels, int64_t kernel, int64_t stride_,
               int64_t padding_, const torch::TensorOptions& options)
    : stride(stride_), padding(padding_) {
    weight = register_parameter(
        "weight", torch::empty({outChannels, inChannels, kernel, kernel}, options), false);
    bias = register_parameter("bias", torch::empty({outChannels}, options), false);
}

torch::Tensor Conv2d::forward(const torch::Tensor& x) const {
    return torch::conv2d(x, weight, bias, {stride, stride}, {padding, padding});
}

GroupNorm::GroupNorm(int64_t groups_, int64_t channels, double eps_,
                     const torch::TensorOptions& options)
    : groups(groups_), eps(eps_) {
    weight = register_parameter("weight", torch::empty({channels}, options), false);
    bias = register_parameter("bias", torch::empty({channels}, options), false);
}

torch::Tensor GroupNorm::forward(const torch::Tensor& x) const {
    return torch::group_norm(x, groups, weight, bias, eps);
}

LayerNorm::LayerNorm(int64_t channels, double eps_, const torch::TensorOptions& options)
    : eps(eps_) {
    weight = register_parameter("weight", torch::empty({channels}, options), false);
    bias = register_parameter("bias", torch::empty({channels}, options), false);
}

torch::Tensor LayerNorm::forward(const torch::Tensor& x) const {
    return torch::layer_norm(x, {weight.size(0)}, weight, bias, eps);
}

}  // namespace vx::nn
