#include "engine/nn/resampling.h"

#include <torch/nn/functional/upsampling.h>

namespace vx::nn {

Downsample2D::Downsample2D(int64_t channels, int64_t padding_, const torch::TensorOptions& options)
    : padding(padding_) {
    conv = register_module("conv",
                           std::make_shared<Conv2d>(channels, channels, 3, 2, padding_, options));
}

torch::Tensor Downsample2D::forward(const torch::Tensor& x) const {
    if (padding == 0)
        return conv->forward(torch::constant_pad_nd(x, {0, 1, 0, 1}, 0));
    return conv->forward(x);
}

Upsample2D::Upsample2D(int64_t channels, const torch::TensorOptions& options) {
    conv = register_module("conv", std::make_shared<Conv2d>(channels, channels, 3, 1, 1, options));
}

torch::Tensor Upsample2D::forward(const torch::Tensor& x,
                                  std::optional<std::vector<int64_t>> size) const {
    namespace F = torch::nn::functional;
    auto interpolation = F::InterpolateFuncOptions().mode(torch::kNearest);
    if (size)
        interpolation.size(*size);
    else
        interpolation.scale_factor(std::vector<double>{2.0, 2.0});
    // Nearest interpolation of non-contiguous large fp16 inputs is slow; diffusers makes them
    // contiguous as well.
    return conv->forward(F::interpolate(x.contiguous(), interpolation));
}

}  // namespace vx::nn
