// The spatial transformer block (spec §3.2 write mode, §4.2 read mode). One class for both
// UNets: the 3-D one adds attn1_5/norm1_5 (cross-attention to the reference bank).
#pragma once

#include <torch/nn/module.h>

#include <memory>

#include "engine/nn/attention.h"
#include "engine/nn/feed_forward.h"
#include "engine/nn/layers.h"
#include "engine/nn/reference_context.h"

namespace vx::nn {

struct TransformerBlockOptions {
    int64_t channels = 0;
    int64_t heads = 8;
    int64_t contextDim = 768;
    bool withReferenceAttention = false;  // attn1_5 + norm1_5 (denoising UNet)
};

// Keys: norm1, attn1, [norm1_5, attn1_5], norm2, attn2, norm3, ff. All LayerNorms eps 1e-5.
class BasicTransformerBlock : public torch::nn::Module {
public:
    BasicTransformerBlock(const TransformerBlockOptions& config,
                          const torch::TensorOptions& options);

    // Plain diffusers block: h [N', T, C], context [N', M, D] -> [N', T, C].
    torch::Tensor forward(const torch::Tensor& h, const torch::Tensor& context) const;
    // Write mode: as forward, and `bank` receives norm2(h after self-attention) [N', T, C].
    // With stopAfterBank the rest is skipped and an undefined tensor is returned.
    torch::Tensor forwardWrite(const torch::Tensor& h, const torch::Tensor& context,
                               torch::Tensor& bank, bool stopAfterBank) const;
    // Read mode: h [B·F, T, C], context [B·F, M, D] (audio tokens), reference = attn1_5 K/V of
    // the conditional bank [1, heads, Nref, d].
    torch::Tensor forwardRead(const torch::Tensor& h, const torch::Tensor& context,
                              const KeyValue& reference, const SpatialRun& run) const;

    // attn1_5 keys/values of a bank [1, Nref, C].
    KeyValue referenceKeyValue(const torch::Tensor& bank) const;

    std::shared_ptr<LayerNorm> norm1;
    std::shared_ptr<Attention> attn1;
    std::shared_ptr<LayerNorm> norm1_5;  // null in the ReferenceNet
    std::shared_ptr<Attention> attn1_5;  // null in the ReferenceNet
    std::shared_ptr<LayerNorm> norm2;
    std::shared_ptr<Attention> attn2;
    std::shared_ptr<LayerNorm> norm3;
    std::shared_ptr<FeedForward> ff;

private:
    // w·attn1_5(norm1_5(h), bank) for the read path (w per row when run has per-row weights).
    torch::Tensor referenceAttention(const torch::Tensor& h, const KeyValue& reference,
                                     const SpatialRun& run) const;
};

}  // namespace vx::nn
