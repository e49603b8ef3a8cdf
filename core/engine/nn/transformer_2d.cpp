#include "engine/nn/transformer_2d.h"

namespace vx::nn {

Transformer2D::Transformer2D(const TransformerBlockOptions& block, int64_t groups, std::string path,
                             const torch::TensorOptions& options)
    : m_blockPath(std::move(path) + ".transformer_blocks.0"), m_channels(block.channels) {
    const int64_t c = block.channels;
    norm = register_module("norm", std::make_shared<GroupNorm>(groups, c, 1e-6, options));
    proj_in = register_module("proj_in", std::make_shared<Conv2d>(c, c, 1, 1, 0, options));
    m_block = std::make_shared<BasicTransformerBlock>(block, options);
    transformer_blocks->push_back(m_block);
    transformer_blocks = register_module("transformer_blocks", transformer_blocks);
    proj_out = register_module("proj_out", std::make_shared<Conv2d>(c, c, 1, 1, 0, options));
}

torch::Tensor Transformer2D::forward(const torch::Tensor& x, const torch::Tensor& context,
                                     SpatialRun& run) const {
    // x [N', C, H, W] with N' = B·F
    const int64_t rows = x.size(0);
    const int64_t c = x.size(1);
    const int64_t height = x.size(2);
    const int64_t width = x.size(3);
    torch::Tensor tokens = proj_in->forward(norm->forward(x));
    tokens = tokens.permute({0, 2, 3, 1}).reshape({rows, height * width, c});  // [N', H·W, C]

    switch (run.mode) {
        case BankMode::Plain:
            tokens = m_block->forward(tokens, context);
            break;
        case BankMode::Write: {
            torch::Tensor bank;
            const bool stop = !run.stopAfterBankOf.empty() && run.stopAfterBankOf == m_blockPath;
            tokens = m_block->forwardWrite(tokens, context, bank, stop);
            if (run.banksOut)
                (*run.banksOut)[m_blockPath] = bank;
            if (stop) {
                run.stopped = true;
                return {};
            }
            break;
        }
        case BankMode::Read:
            tokens = m_block->forwardRead(tokens, context, run.reference->at(m_blockPath), run);
            break;
    }
    torch::Tensor y = tokens.reshape({rows, height, width, c}).permute({0, 3, 1, 2}).contiguous();
    return proj_out->forward(y) + x;  // [N', C, H, W]
}

}  // namespace vx::nn
