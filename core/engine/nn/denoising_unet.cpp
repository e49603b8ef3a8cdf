#include "engine/nn/denoising_unet.h"

#include "common/error.h"

namespace vx::nn {

namespace {

std::string shapeText(const torch::Tensor& t) {
    std::string text = "[";
    for (int64_t i = 0; i < t.dim(); ++i)
        text += (i ? "," : "") + std::to_string(t.size(i));
    return text + "]";
}

// [B, C, F, H, W] -> [B·F, C, H, W] (batch-major frames)
torch::Tensor foldFrames(const torch::Tensor& video) {
    return video.permute({0, 2, 1, 3, 4})
        .reshape({-1, video.size(1), video.size(3), video.size(4)});
}

// attentionWeightRows of a window's per-frame weights, after checking there is one per frame.
torch::Tensor weightRows(const torch::Tensor& perFrame, int64_t batch, int64_t frames,
                         const torch::TensorOptions& options, const char* name) {
    if (!perFrame.defined())
        return {};
    if (perFrame.dim() != 1 || perFrame.size(0) != frames)
        throw Error(ErrorKind::Internal, std::string(name) + " must be [" + std::to_string(frames) +
                                             "], got " + shapeText(perFrame));
    return attentionWeightRows(perFrame, batch, options);
}

}  // namespace

DenoisingUNet::DenoisingUNet(const UNetArchitecture& arch, const torch::TensorOptions& options)
    : UNetBackbone(arch, UNetVariant::Denoising, options) {}

ReferenceContext DenoisingUNet::prepareReference(const BankMap& banks) const {
    ReferenceContext context;
    for (const auto& transformer : transformersInModuleOrder()) {
        const std::string& path = transformer->blockPath();
        auto it = banks.find(path);
        if (it == banks.end())
            throw Error(ErrorKind::Internal, "no reference bank for " + path);
        const torch::Tensor& bank = it->second;  // [1, N, C]
        if (bank.dim() != 3 || bank.size(0) != 1 || bank.size(2) != transformer->channels()) {
            throw Error(ErrorKind::Internal, "reference bank for " + path + " has shape " +
                                                 shapeText(bank) + ", expected [1, N, " +
                                                 std::to_string(transformer->channels()) + "]");
        }
        context.keyValues[path] =
            transformer->block().referenceKeyValue(bank.to(conv_in->weight.options()));
    }
    return context;
}

torch::Tensor DenoisingUNet::forward(const DenoisingInputs& inputs) const {
    const torch::Tensor& latents = inputs.latents;
    if (latents.dim() != 5)
        throw Error(ErrorKind::Internal,
                    "denoising UNet latents must be [B, C, F, H, W], got " + shapeText(latents));
    if (!inputs.reference)
        throw Error(ErrorKind::Internal, "denoising UNet called without a reference context");
    const int64_t batch = latents.size(0);
    const int64_t frames = latents.size(2);
    if (inputs.classifierFree && batch % 2 != 0)
        throw Error(ErrorKind::Internal,
                    "classifier-free batch must be even, got " + shapeText(latents));
    if (inputs.audioContext.dim() != 3 || inputs.audioContext.size(0) != batch * frames)
        throw Error(ErrorKind::Internal,
                    "audio context must be [B·F, M, D], got " + shapeText(inputs.audioContext));

    SpatialRun state;
    state.mode = BankMode::Read;
    state.frames = frames;
    state.reference = inputs.reference;
    state.classifierFree = inputs.classifierFree;
    state.exploitZeroReference = inputs.exploitZeroReference;
    state.referenceWeight = inputs.referenceAttentionWeight;
    state.audioWeight = inputs.audioAttentionWeight;
    const torch::TensorOptions runOptions = conv_in->weight.options();
    state.referenceWeightRows = weightRows(inputs.referenceAttentionWeightPerFrame, batch, frames,
                                           runOptions, "referenceAttentionWeightPerFrame");
    state.audioWeightRows = weightRows(inputs.audioAttentionWeightPerFrame, batch, frames,
                                       runOptions, "audioAttentionWeightPerFrame");

    torch::Tensor kps;
    if (inputs.kpsFeatures.defined())
        kps = foldFrames(inputs.kpsFeatures);  // [B·F, C0, H, W]
    torch::Tensor out = run(foldFrames(latents), inputs.timestep, kps, inputs.audioContext, state);
    // [B·F, Cout, H, W] -> [B, Cout, F, H, W]
    return out.view({batch, frames, out.size(1), out.size(2), out.size(3)})
        .permute({0, 2, 1, 3, 4})
        .contiguous();
}

}  // namespace vx::nn
