#include "engine/nn/vkps_guider.h"

#include <torch/torch.h>

#include "common/error.h"
#include "engine/io/checkpoint.h"
#include "engine/nn/state_loading.h"

namespace vx::engine {

namespace {

torch::nn::Conv2d conv3x3(int64_t in, int64_t out, int64_t stride) {
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).stride(stride).padding(1));
}

}  // namespace

VKpsGuiderImpl::VKpsGuiderImpl(const VKpsGuiderConfig& config) {
    const std::vector<int64_t>& channels = config.blockOutChannels;
    if (channels.empty())
        throw Error(ErrorKind::Model, "VKpsGuider needs at least one block width");
    m_convIn = register_module("conv_in", conv3x3(config.conditioningChannels, channels[0], 1));
    m_blocks = register_module("blocks", torch::nn::ModuleList());
    for (size_t i = 0; i + 1 < channels.size(); ++i) {
        m_blocks->push_back(conv3x3(channels[i], channels[i], 1));
        m_blocks->push_back(conv3x3(channels[i], channels[i + 1], 2));
    }
    m_convOut = register_module("conv_out",
                                conv3x3(channels.back(), config.conditioningEmbeddingChannels, 1));
}

torch::Tensor VKpsGuiderImpl::forwardFrames(const torch::Tensor& frames) {
    torch::Tensor e = torch::silu(m_convIn(frames));
    for (const auto& block : *m_blocks)
        e = torch::silu(block->as<torch::nn::Conv2dImpl>()->forward(e));
    return m_convOut(e);
}

torch::Tensor VKpsGuiderImpl::forward(const torch::Tensor& images, int64_t chunkFrames) {
    if (images.dim() != 5)
        throw Error(ErrorKind::Internal, "VKpsGuider expects [B, 3, F, H, W]");
    const int64_t batch = images.size(0);
    const int64_t frames = images.size(2);
    // [B, 3, F, H, W] -> [(B·F), 3, H, W] (batch-major) -> per frame -> [B, C, F, h, w]
    torch::Tensor flat =
        images.permute({0, 2, 1, 3, 4})
            .reshape({batch * frames, images.size(1), images.size(3), images.size(4)});
    torch::Tensor features;
    if (chunkFrames <= 0 || chunkFrames >= flat.size(0)) {
        features = forwardFrames(flat);
    } else {
        std::vector<torch::Tensor> parts;
        for (int64_t start = 0; start < flat.size(0); start += chunkFrames)
            parts.push_back(forwardFrames(flat.slice(0, start, start + chunkFrames)));
        features = torch::cat(parts, 0);
    }
    return features.reshape({batch, frames, features.size(1), features.size(2), features.size(3)})
        .permute({0, 2, 1, 3, 4});
}

VKpsGuider loadVKpsGuider(const std::string& file, const VKpsGuiderConfig& config) {
    VKpsGuider guider(config);
    vx::nn::loadStrict(*guider, io::loadCheckpoint(file), file);
    guider->eval();
    return guider;
}

}  // namespace vx::engine
