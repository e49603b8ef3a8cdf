#include "engine/pipeline/audio_chunks.h"

#include <torch/torch.h>

#include <algorithm>
#include <vector>

#include "common/error.h"

namespace vx::engine {

SampleSpan samplesOfFrames(const Wav2Vec2Config& config, int64_t first, int64_t end) {
    // Hop: the product of the strides. Receptive field: grown backwards through the layers.
    int64_t hop = 1;
    for (int64_t stride : config.convStride)
        hop *= stride;
    int64_t receptive = 1;
    for (size_t i = config.convKernel.size(); i-- > 0;)
        receptive = (receptive - 1) * config.convStride[i] + config.convKernel[i];
    return {first * hop, (end - 1) * hop + receptive};
}

torch::Tensor encodeAudioInChunks(Wav2Vec2Model& encoder, const torch::Tensor& inputValues,
                                  const torch::TensorOptions& device, const AudioChunking& chunking,
                                  const std::function<void()>& checkAbort) {
    if (chunking.coreFrames < 1 || chunking.marginFrames < 0)
        throw Error(ErrorKind::Internal, "audio chunking needs at least one frame per chunk");
    const Wav2Vec2Config& config = encoder->config();
    const int64_t total = config.outputFrames(inputValues.size(-1));
    if (total <= chunking.coreFrames + 2 * chunking.marginFrames) {
        if (checkAbort)
            checkAbort();
        return encoder->forward(inputValues.to(device)).to(torch::kCPU);
    }
    std::vector<torch::Tensor> parts;
    for (int64_t first = 0; first < total; first += chunking.coreFrames) {
        if (checkAbort)
            checkAbort();
        const int64_t end = std::min(total, first + chunking.coreFrames);
        const int64_t contextFirst = std::max<int64_t>(0, first - chunking.marginFrames);
        const int64_t contextEnd = std::min(total, end + chunking.marginFrames);
        const SampleSpan span = samplesOfFrames(config, contextFirst, contextEnd);
        torch::Tensor hidden =
            encoder->forward(inputValues.narrow(-1, span.begin, span.end - span.begin).to(device));
        // Kept on the CPU: an hour of 768-wide frames is 0.5 GB, fine there, not on a GPU.
        parts.push_back(hidden.narrow(1, first - contextFirst, end - first).to(torch::kCPU));
    }
    return torch::cat(parts, 1);
}

}  // namespace vx::engine
