// The spatial transformer wrapper (spec §2.6): GN(groups, 1e-6), 1×1 conv proj_in, one
// BasicTransformerBlock on the H·W tokens, 1×1 conv proj_out, residual. Applied per frame in
// the 3-D UNet (frames folded into the batch).
#pragma once

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>

#include <memory>
#include <string>

#include "engine/nn/layers.h"
#include "engine/nn/reference_context.h"
#include "engine/nn/transformer_block.h"

namespace vx::nn {

// Keys: norm, proj_in, transformer_blocks.0.*, proj_out.
class Transformer2D : public torch::nn::Module {
public:
    // `path` is this module's key prefix in the UNet ("down_blocks.0.attentions.1"); the bank
    // of its block is keyed by blockPath().
    Transformer2D(const TransformerBlockOptions& block, int64_t groups, std::string path,
                  const torch::TensorOptions& options);

    // x [B·F, C, H, W]; context [B·F, M, D]. Returns [B·F, C, H, W], or an undefined tensor
    // when run.stopAfterBankOf names this block (run.stopped is then set).
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& context,
                          SpatialRun& run) const;

    const std::string& blockPath() const { return m_blockPath; }
    int64_t channels() const { return m_channels; }
    const BasicTransformerBlock& block() const { return *m_block; }

    std::shared_ptr<GroupNorm> norm;
    std::shared_ptr<Conv2d> proj_in;
    torch::nn::ModuleList transformer_blocks;
    std::shared_ptr<Conv2d> proj_out;

private:
    std::shared_ptr<BasicTransformerBlock> m_block;
    std::string m_blockPath;
    int64_t m_channels;
};

}  // namespace vx::nn
