// V-Express's ReferenceNet (spec §3): the 2-D SD1.5 UNet without conv_norm_out whose 16
// transformer blocks hand their norm2 output (the "bank") to the denoising UNet.
#pragma once

#include <string>
#include <vector>

#include "engine/nn/unet_backbone.h"

namespace vx::nn {

class ReferenceNet : public UNetBackbone {
public:
    ReferenceNet(const UNetArchitecture& arch, const torch::TensorOptions& options);

    // Whole network, as diffusers' UNet2DConditionModel with conv_norm_out = None:
    // sample [B, Cin, H, W], context [B, M, D] -> [B, Cout, H, W]. When `banks` is given it
    // receives every transformer block's bank [B, H·W, C].
    torch::Tensor forward(const torch::Tensor& sample, int64_t timestep,
                          const torch::Tensor& context, BankMap* banks = nullptr) const;

    // What V-Express runs once per video (spec §3.3): timestep 0, one all-zero context token,
    // and nothing after the last bank. referenceLatent [1, Cin, H, W] (VAE mean × 0.18215).
    BankMap computeBanks(const torch::Tensor& referenceLatent) const;

    // Bank keys (block paths) stable-sorted by channel count, descending (fixture bank_i order).
    std::vector<std::string> bankPathsByChannels() const;
};

}  // namespace vx::nn
