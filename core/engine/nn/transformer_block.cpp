#include "engine/nn/transformer_block.h"

#include "common/error.h"

namespace vx::nn {

namespace {

// An attention output [B·F, T, C] times its weight (spec §4.2: the whole output, bias
// included): per row when the frames of the window carry different weights, else the scalar,
// whose multiply is skipped at exactly 1.0 as in V-Express.
torch::Tensor weighted(const torch::Tensor& out, double weight, const torch::Tensor& rows) {
    if (rows.defined())
        return out * rows;
    return weight == 1.0 ? out : out * weight;
}

}  // namespace

BasicTransformerBlock::BasicTransformerBlock(const TransformerBlockOptions& config,
                                             const torch::TensorOptions& options) {
    const int64_t c = config.channels;
    const double eps = 1e-5;
    norm1 = register_module("norm1", std::make_shared<LayerNorm>(c, eps, options));
    attn1 = register_module(
        "attn1", std::make_shared<Attention>(AttentionOptions{c, 0, config.heads, false}, options));
    if (config.withReferenceAttention) {
        norm1_5 = register_module("norm1_5", std::make_shared<LayerNorm>(c, eps, options));
        attn1_5 = register_module(
            "attn1_5",
            std::make_shared<Attention>(AttentionOptions{c, 0, config.heads, false}, options));
    }
    norm2 = register_module("norm2", std::make_shared<LayerNorm>(c, eps, options));
    attn2 = register_module(
        "attn2", std::make_shared<Attention>(
                     AttentionOptions{c, config.contextDim, config.heads, false}, options));
    norm3 = register_module("norm3", std::make_shared<LayerNorm>(c, eps, options));
    ff = register_module("ff", std::make_shared<FeedForward>(c, 4, options));
}

torch::Tensor BasicTransformerBlock::forward(const torch::Tensor& h,
                                             const torch::Tensor& context) const {
    torch::Tensor bank;
    return forwardWrite(h, context, bank, false);
}

torch::Tensor BasicTransformerBlock::forwardWrite(const torch::Tensor& input,
                                                  const torch::Tensor& context, torch::Tensor& bank,
                                                  bool stopAfterBank) const {
    torch::Tensor h = input + attn1->forward(norm1->forward(input));
    bank = norm2->forward(h);
    if (stopAfterBank)
        return {};
    h = h + attn2->forward(bank, context);
    return h + ff->forward(norm3->forward(h));
}

KeyValue BasicTransformerBlock::referenceKeyValue(const torch::Tensor& bank) const {
    if (!attn1_5)
        throw Error(ErrorKind::Internal, "referenceKeyValue called on a block without attn1_5");
    return attn1_5->projectKeyValue(bank);
}

torch::Tensor BasicTransformerBlock::referenceAttention(const torch::Tensor& h,
                                                        const KeyValue& reference,
                                                        const SpatialRun& run) const {
    const int64_t rows = h.size(0);  // B·F
    torch::Tensor out;
    if (run.classifierFree && run.exploitZeroReference) {
        // Unconditional rows read a zero bank: zero keys and values give a zero attention
        // result, so to_out.0 yields exactly its bias. Only the conditional rows attend.
        const int64_t half = rows / 2;
        torch::Tensor query = attn1_5->projectQuery(norm1_5->forward(h.narrow(0, half, half)));
        KeyValue shared{reference.key.expand({half, -1, -1, -1}),
                        reference.value.expand({half, -1, -1, -1})};
        torch::Tensor conditional = attn1_5->attend(query, shared);  // [F, T, C]
        torch::Tensor unconditional = attn1_5->outputBias().expand_as(conditional);
        out = torch::cat({unconditional, conditional}, 0);
    } else {
        torch::Tensor query = attn1_5->projectQuery(norm1_5->forward(h));
        KeyValue perRow;
        if (run.classifierFree) {
            const int64_t half = rows / 2;
            torch::Tensor zeros = torch::zeros_like(reference.key).expand({half, -1, -1, -1});
            perRow.key = torch::cat({zeros, reference.key.expand({half, -1, -1, -1})}, 0);
            perRow.value = torch::cat({zeros, reference.value.expand({half, -1, -1, -1})}, 0);
        } else {
            perRow = {reference.key.expand({rows, -1, -1, -1}),
                      reference.value.expand({rows, -1, -1, -1})};
        }
        out = attn1_5->attend(query, perRow);
    }
    return weighted(out, run.referenceWeight, run.referenceWeightRows);
}

torch::Tensor BasicTransformerBlock::forwardRead(const torch::Tensor& input,
                                                 const torch::Tensor& context,
                                                 const KeyValue& reference,
                                                 const SpatialRun& run) const {
    if (!attn1_5)
        throw Error(ErrorKind::Internal, "read-mode transformer block without attn1_5");
    // [B·F, T, C]
    torch::Tensor h = input + attn1->forward(norm1->forward(input));
    h = h + referenceAttention(h, reference, run);
    torch::Tensor audio = attn2->forward(norm2->forward(h), context);
    h = h + weighted(audio, run.audioWeight, run.audioWeightRows);
    return h + ff->forward(norm3->forward(h));
}

}  // namespace vx::nn
