#include "engine/nn/timestep_embedding.h"

#include <cmath>

namespace vx::nn {

torch::Tensor sinusoidalTimestepEmbedding(int64_t timestep, int64_t dim, bool flipSinToCos,
                                          double freqShift) {
    const int64_t half = dim / 2;
    auto fp32 = torch::TensorOptions().dtype(torch::kFloat32);
    // Same op order as diffusers' Timesteps so the fp32 rounding agrees.
    torch::Tensor exponent = torch::arange(0, half, fp32) * static_cast<float>(-std::log(10000.0)) /
                             static_cast<float>(static_cast<double>(half) - freqShift);
    torch::Tensor angles = torch::tensor({static_cast<float>(timestep)}, fp32).unsqueeze(1) *
                           exponent.exp().unsqueeze(0);
    torch::Tensor embedding = torch::cat({angles.sin(), angles.cos()}, -1);
    if (flipSinToCos)
        embedding = torch::cat({embedding.narrow(1, half, half), embedding.narrow(1, 0, half)}, -1);
    if (dim % 2 == 1)
        embedding = torch::constant_pad_nd(embedding, {0, 1});
    return embedding;
}

TimestepEmbedding::TimestepEmbedding(int64_t inDim, int64_t embedDim,
                                     const torch::TensorOptions& options) {
    linear_1 =
        register_module("linear_1", std::make_shared<Linear>(inDim, embedDim, true, options));
    linear_2 =
        register_module("linear_2", std::make_shared<Linear>(embedDim, embedDim, true, options));
}

torch::Tensor TimestepEmbedding::forward(const torch::Tensor& sinusoid) const {
    return linear_2->forward(torch::silu(linear_1->forward(sinusoid)));
}

}  // namespace vx::nn
