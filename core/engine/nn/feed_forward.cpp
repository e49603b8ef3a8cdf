#include "engine/nn/feed_forward.h"

#include <torch/nn/modules/linear.h>

namespace vx::nn {

Geglu::Geglu(int64_t dim, int64_t innerDim, const torch::TensorOptions& options) {
    proj = register_module("proj", std::make_shared<Linear>(dim, innerDim * 2, true, options));
}

torch::Tensor Geglu::forward(const torch::Tensor& x) const {
    auto halves = proj->forward(x).chunk(2, -1);  // first half value, second half gate
    return halves[0] * torch::gelu(halves[1]);
}

FeedForward::FeedForward(int64_t dim, int64_t mult, const torch::TensorOptions& options) {
    m_gated = std::make_shared<Geglu>(dim, dim * mult, options);
    m_out = std::make_shared<Linear>(dim * mult, dim, true, options);
    net->push_back(m_gated);
    net->push_back(torch::nn::Identity());  // the dropout slot keeps net.2's index
    net->push_back(m_out);
    net = register_module("net", net);
}

torch::Tensor FeedForward::forward(const torch::Tensor& x) const {
    return m_out->forward(m_gated->forward(x));
}

}  // namespace vx::nn
