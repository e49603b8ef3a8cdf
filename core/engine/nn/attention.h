// Multi-head attention with diffusers' `Attention` key layout (spec §2.4): to_q, to_k, to_v
// (no bias in the UNets, bias in the VAE) and to_out.0 with bias. No residual inside.
#pragma once

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>

#include <memory>

#include "engine/nn/layers.h"

namespace vx::nn {

struct AttentionOptions {
    int64_t queryDim = 0;
    int64_t contextDim = 0;  // 0: self-attention (context width = queryDim)
    int64_t heads = 1;
    bool qkvBias = false;
};

// Keys and values of one context, split into heads: [B, heads, M, headDim] each.
struct KeyValue {
    torch::Tensor key;
    torch::Tensor value;
};

class Attention : public torch::nn::Module {
public:
    Attention(const AttentionOptions& config, const torch::TensorOptions& options);

    // x [B, N, C]; context [B, M, D] or undefined for self-attention. Returns [B, N, C].
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& context = {}) const;

    // The pieces of forward, for keys/values computed once and reused (the reference banks).
    torch::Tensor projectQuery(const torch::Tensor& x) const;      // [B,N,C] -> [B,h,N,d]
    KeyValue projectKeyValue(const torch::Tensor& context) const;  // [B,M,D] -> 2×[B,h,M,d]
    // SDPA over heads, merge heads, to_out.0: q [B,h,N,d], k/v [B,h,M,d] -> [B, N, C].
    torch::Tensor attend(const torch::Tensor& query, const KeyValue& keyValue) const;
    // The to_out.0 bias, [C]: what the block returns for an all-zero context (exactly).
    const torch::Tensor& outputBias() const { return m_out->bias; }

    int64_t heads() const { return m_heads; }

    std::shared_ptr<Linear> to_q;
    std::shared_ptr<Linear> to_k;
    std::shared_ptr<Linear> to_v;
    torch::nn::ModuleList to_out;  // to_out.0 = Linear(C, C) with bias; to_out.1 was dropout

private:
    torch::Tensor splitHeads(const torch::Tensor& x) const;  // [B,N,h·d] -> [B,h,N,d]

    std::shared_ptr<Linear> m_out;
    int64_t m_heads;
};

}  // namespace vx::nn
