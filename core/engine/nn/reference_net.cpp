#include "engine/nn/reference_net.h"

#include "common/error.h"

namespace vx::nn {

ReferenceNet::ReferenceNet(const UNetArchitecture& arch, const torch::TensorOptions& options)
    : UNetBackbone(arch, UNetVariant::Reference, options) {}

torch::Tensor ReferenceNet::forward(const torch::Tensor& sample, int64_t timestep,
                                    const torch::Tensor& context, BankMap* banks) const {
    SpatialRun state;
    state.mode = BankMode::Write;
    state.banksOut = banks;
    return run(sample, timestep, {}, context, state);
}

BankMap ReferenceNet::computeBanks(const torch::Tensor& referenceLatent) const {
    if (referenceLatent.dim() != 4 || referenceLatent.size(0) != 1)
        throw Error(ErrorKind::Internal,
                    "ReferenceNet::computeBanks expects a [1, C, H, W] latent");
    // The last transformer in execution order is the last one of the up path, or the mid
    // block's when no up level has attention.
    std::string lastBlock;
    for (const auto& block : m_up) {
        if (!block->attentions().empty())
            lastBlock = block->attentions().back()->blockPath();
    }
    if (lastBlock.empty())
        lastBlock = mid_block->attentions().back()->blockPath();

    BankMap banks;
    SpatialRun state;
    state.mode = BankMode::Write;
    state.banksOut = &banks;
    state.stopAfterBankOf = lastBlock;
    torch::Tensor context = torch::zeros({1, 1, architecture().crossAttentionDim},
                                         referenceLatent.options());  // [1, 1, D]
    run(referenceLatent, 0, {}, context, state);
    return banks;
}

std::vector<std::string> ReferenceNet::bankPathsByChannels() const {
    std::vector<std::string> paths;
    for (const auto& transformer : transformersByChannels())
        paths.push_back(transformer->blockPath());
    return paths;
}

}  // namespace vx::nn
