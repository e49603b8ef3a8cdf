// What flows from the ReferenceNet into the denoising UNet (spec §3.2, §5.1): one bank per
// transformer block, and the attn1_5 keys/values of those banks, computed once per video and
// reused for every denoising step and every context window (the math is identical each time).
#pragma once

#include <torch/types.h>

#include <map>
#include <string>

#include "engine/nn/attention.h"

namespace vx::nn {

// Bank per writer block path, e.g. "down_blocks.0.attentions.1.transformer_blocks.0" ->
// norm2 output [1, N, C] (N = H·W tokens of the reference latent at that level).
using BankMap = std::map<std::string, torch::Tensor>;

// attn1_5 keys and values of the conditional bank per reader block path, [1, heads, N, d].
// The unconditional CFG half reads an all-zero bank; its keys/values are zero and are never
// stored (see SpatialRun::exploitZeroReference).
struct ReferenceContext {
    std::map<std::string, KeyValue> keyValues;

    // Throws vx::Error(Internal) naming the path when it is absent.
    const KeyValue& at(const std::string& blockPath) const;
};

enum class BankMode {
    Plain,  // diffusers semantics, no bank
    Write,  // ReferenceNet: store norm2 output per block
    Read,   // denoising UNet: attn1_5 over the reference, weights on attn1_5 and attn2
};

// Per-call state handed down through the UNet blocks to the spatial transformers.
struct SpatialRun {
    BankMode mode = BankMode::Plain;
    int64_t frames = 1;  // F: rows of the 2-D batch are (b·F + f)

    // Write mode.
    BankMap* banksOut = nullptr;
    std::string stopAfterBankOf;  // block path after whose bank the rest is dead computation

    // Read mode.
    const ReferenceContext* reference = nullptr;
    bool classifierFree = false;  // batch is [uncond (F rows), cond (F rows)]
    // The unconditional half's bank is zero, so attn1_5 returns exactly its to_out.0 bias:
    // skip its query projection and attention (identical result).
    bool exploitZeroReference = true;
    double referenceWeight = 1.0;
    double audioWeight = 1.0;
    // Keyframed weights, for a window whose frames differ: [B·F, 1, 1] in the run dtype on the
    // run device, row b·F + f holding frame f's weight in both CFG halves. When defined they
    // replace the scalar above; undefined keeps the scalar path (and its exact numbers).
    torch::Tensor referenceWeightRows;
    torch::Tensor audioWeightRows;

    bool stopped = false;  // set once the bank named by stopAfterBankOf was written
};

// Per-frame weights [F] -> the per-row weights of SpatialRun [B·F, 1, 1] in `options`: row
// b·F + f holds frame f's weight for every batch entry b (both CFG halves alike).
torch::Tensor attentionWeightRows(const torch::Tensor& perFrame, int64_t batch,
                                  const torch::TensorOptions& options);

}  // namespace vx::nn
