// V-Express's denoising UNet (spec §4): the SD1.5 UNet inflated to video. Frames are folded
// into the batch everywhere except in the 21 motion modules; its transformer blocks read the
// ReferenceNet banks through attn1_5 and the audio tokens through attn2.
#pragma once

#include "engine/nn/reference_context.h"
#include "engine/nn/unet_backbone.h"

namespace vx::nn {

struct DenoisingInputs {
    torch::Tensor latents;       // [B, Cin, F, H, W]; B = 2 with CFG ([uncond, cond])
    int64_t timestep = 0;        // shared by the batch
    torch::Tensor audioContext;  // [B·F, M, D] batch-major (rows b·F + f)
    torch::Tensor kpsFeatures;   // [B, C0, F, H, W] added after conv_in; may be undefined
    const ReferenceContext* reference = nullptr;  // from prepareReference, required
    bool classifierFree = true;  // batch is [uncond, cond]: the uncond half reads a zero bank
    double referenceAttentionWeight = 1.0;
    double audioAttentionWeight = 1.0;
    // Keyframed weights: [F], one per frame of the window (any float dtype and device), used
    // instead of the scalar above when defined; both CFG halves get frame f's weight.
    torch::Tensor referenceAttentionWeightPerFrame;
    torch::Tensor audioAttentionWeightPerFrame;
    // Use the exact zero-bank identity for the unconditional half (see SpatialRun).
    bool exploitZeroReference = true;
};

class DenoisingUNet : public UNetBackbone {
public:
    DenoisingUNet(const UNetArchitecture& arch, const torch::TensorOptions& options);

    // attn1_5 keys/values of every bank, once per video. `banks` is keyed by block path
    // (ReferenceNet::computeBanks); each must be [1, N, C] with this block's C.
    ReferenceContext prepareReference(const BankMap& banks) const;

    // Noise (v) prediction [B, Cout, F, H, W].
    torch::Tensor forward(const DenoisingInputs& inputs) const;
};

}  // namespace vx::nn
