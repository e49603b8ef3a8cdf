#include "engine/nn/attention.h"

#include <ATen/ops/scaled_dot_product_attention.h>

namespace vx::nn {

Attention::Attention(const AttentionOptions& config, const torch::TensorOptions& options)
    : m_heads(config.heads) {
    const int64_t c = config.queryDim;
    const int64_t d = config.contextDim > 0 ? config.contextDim : c;
    to_q = register_module("to_q", std::make_shared<Linear>(c, c, config.qkvBias, options));
    to_k = register_module("to_k", std::make_shared<Linear>(d, c, config.qkvBias, options));
    to_v = register_module("to_v", std::make_shared<Linear>(d, c, config.qkvBias, options));
    m_out = std::make_shared<Linear>(c, c, true, options);
    to_out->push_back(m_out);
    to_out = register_module("to_out", to_out);
}

torch::Tensor Attention::splitHeads(const torch::Tensor& x) const {
    const int64_t batch = x.size(0);
    const int64_t tokens = x.size(1);
    return x.view({batch, tokens, m_heads, x.size(2) / m_heads}).transpose(1, 2);
}

torch::Tensor Attention::projectQuery(const torch::Tensor& x) const {
    return splitHeads(to_q->forward(x));
}

KeyValue Attention::projectKeyValue(const torch::Tensor& context) const {
    return {splitHeads(to_k->forward(context)), splitHeads(to_v->forward(context))};
}

torch::Tensor Attention::attend(const torch::Tensor& query, const KeyValue& keyValue) const {
    // [B,h,N,d], scale 1/sqrt(d), no mask, no dropout
    torch::Tensor attended = at::scaled_dot_product_attention(query, keyValue.key, keyValue.value);
    const int64_t batch = attended.size(0);
    const int64_t tokens = attended.size(2);
    attended = attended.transpose(1, 2).reshape({batch, tokens, -1});  // [B,N,C]
    return m_out->forward(attended);
}

torch::Tensor Attention::forward(const torch::Tensor& x, const torch::Tensor& context) const {
    return attend(projectQuery(x), projectKeyValue(context.defined() ? context : x));
}

}  // namespace vx::nn
