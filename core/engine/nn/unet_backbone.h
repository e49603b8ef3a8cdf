// The skeleton both V-Express UNets share (spec §2.7): conv_in, timestep embedding, down
// blocks, mid block, up blocks with the skip stack, optional conv_norm_out, conv_out. The
// ReferenceNet and the DenoisingUNet derive from it and add their own entry points.
#pragma once

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>

#include <memory>
#include <string>
#include <vector>

#include "engine/nn/layers.h"
#include "engine/nn/reference_context.h"
#include "engine/nn/timestep_embedding.h"
#include "engine/nn/unet_architecture.h"
#include "engine/nn/unet_blocks.h"

namespace vx::nn {

enum class UNetVariant {
    Reference,  // 2-D: no conv_norm_out, no motion modules, transformer blocks write banks
    Denoising,  // 3-D: conv_norm_out, motion modules, attn1_5/norm1_5 read banks
};

// Keys: conv_in, time_embedding.linear_{1,2}, down_blocks.i.*, mid_block.*, up_blocks.i.*,
// [conv_norm_out], conv_out.
class UNetBackbone : public torch::nn::Module {
public:
    UNetBackbone(const UNetArchitecture& arch, UNetVariant variant,
                 const torch::TensorOptions& options);

    // The spatial transformers in module order (down blocks, up blocks, mid block: the order
    // PyTorch's named_modules gives, which V-Express sorts to pair writers with readers).
    std::vector<std::shared_ptr<Transformer2D>> transformersInModuleOrder() const;
    // transformersInModuleOrder stable-sorted by channel count, descending: the order of the
    // fixture's bank_i.
    std::vector<std::shared_ptr<Transformer2D>> transformersByChannels() const;

    const UNetArchitecture& architecture() const { return m_arch; }

    std::shared_ptr<Conv2d> conv_in;
    std::shared_ptr<TimestepEmbedding> time_embedding;
    torch::nn::ModuleList down_blocks;
    std::shared_ptr<MidBlock> mid_block;
    torch::nn::ModuleList up_blocks;
    std::shared_ptr<GroupNorm> conv_norm_out;  // Denoising only
    std::shared_ptr<Conv2d> conv_out;

protected:
    // sample [B·F, Cin, H, W]; addAfterConvIn [B·F, C0, H, W] or undefined; context
    // [B·F, M, D]. Returns [B·F, Cout, H, W], or undefined once run.stopAfterBankOf was met.
    torch::Tensor run(const torch::Tensor& sample, int64_t timestep,
                      const torch::Tensor& addAfterConvIn, const torch::Tensor& context,
                      SpatialRun& run) const;

    std::vector<std::shared_ptr<DownBlock>> m_down;
    std::vector<std::shared_ptr<UpBlock>> m_up;

private:
    UNetArchitecture m_arch;
};

}  // namespace vx::nn
