// The UNets' timestep embedding (spec §2.1): a sinusoid of the integer timestep, computed in
// fp32, then a two-layer SiLU MLP. The result is shared by every ResNet of the network.
#pragma once

#include <torch/nn/module.h>

#include <memory>

#include "engine/nn/layers.h"

namespace vx::nn {

// [cos(t·ω_k), sin(t·ω_k)] (cosines first when flipSinToCos), ω_k = exp(−ln(10000)·k/(half −
// freqShift)), k < half = dim/2. Always fp32, shape [1, dim]; the caller casts.
torch::Tensor sinusoidalTimestepEmbedding(int64_t timestep, int64_t dim, bool flipSinToCos,
                                          double freqShift);

// Keys: linear_1 [embedDim, inDim], linear_2 [embedDim, embedDim].
class TimestepEmbedding : public torch::nn::Module {
public:
    TimestepEmbedding(int64_t inDim, int64_t embedDim, const torch::TensorOptions& options);
    // [1, inDim] -> [1, embedDim]
    torch::Tensor forward(const torch::Tensor& sinusoid) const;

    std::shared_ptr<Linear> linear_1;
    std::shared_ptr<Linear> linear_2;
};

}  // namespace vx::nn
