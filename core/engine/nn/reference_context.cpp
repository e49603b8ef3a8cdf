#include "engine/nn/reference_context.h"

#include "common/error.h"

namespace vx::nn {

const KeyValue& ReferenceContext::at(const std::string& blockPath) const {
    auto it = keyValues.find(blockPath);
    if (it == keyValues.end())
        throw Error(ErrorKind::Internal, "reference context has no bank for " + blockPath);
    return it->second;
}

torch::Tensor attentionWeightRows(const torch::Tensor& perFrame, int64_t batch,
                                  const torch::TensorOptions& options) {
    const int64_t frames = perFrame.size(0);
    // repeat lays the batch entries one after the other, matching the frames folded into the
    // batch (rows b·F + f); the trailing ones broadcast over a row's tokens and channels.
    return perFrame.to(options).repeat({batch}).view({batch * frames, 1, 1});
}

}  // namespace vx::nn
