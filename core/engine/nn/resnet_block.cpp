#include "engine/nn/resnet_block.h"

namespace vx::nn {

ResnetBlock2D::ResnetBlock2D(const ResnetBlockOptions& config,
                             const torch::TensorOptions& options) {
    const int64_t in = config.inChannels;
    const int64_t out = config.outChannels;
    norm1 = register_module("norm1",
                            std::make_shared<GroupNorm>(config.groups, in, config.eps, options));
    conv1 = register_module("conv1", std::make_shared<Conv2d>(in, out, 3, 1, 1, options));
    if (config.timeEmbedChannels > 0) {
        time_emb_proj =
            register_module("time_emb_proj",
                            std::make_shared<Linear>(config.timeEmbedChannels, out, true, options));
    }
    norm2 = register_module("norm2",
                            std::make_shared<GroupNorm>(config.groups, out, config.eps, options));
    conv2 = register_module("conv2", std::make_shared<Conv2d>(out, out, 3, 1, 1, options));
    if (in != out)
        conv_shortcut =
            register_module("conv_shortcut", std::make_shared<Conv2d>(in, out, 1, 1, 0, options));
}

torch::Tensor ResnetBlock2D::forward(const torch::Tensor& x,
                                     const torch::Tensor& activatedTimeEmbedding) const {
    torch::Tensor h = conv1->forward(torch::silu(norm1->forward(x)));
    if (time_emb_proj && activatedTimeEmbedding.defined()) {
        // [1 or N, Cout] broadcast over H, W (and over frames folded into N)
        h = h + time_emb_proj->forward(activatedTimeEmbedding).unsqueeze(-1).unsqueeze(-1);
    }
    h = conv2->forward(torch::silu(norm2->forward(h)));
    torch::Tensor shortcut = conv_shortcut ? conv_shortcut->forward(x) : x;
    return shortcut + h;
}

}  // namespace vx::nn
