#include "engine/pipeline/audio_windows.h"

#include <torch/torch.h>

#include "common/error.h"

namespace vx::engine {

torch::Tensor audioWindows(const torch::Tensor& hiddenStates, int64_t videoLength,
                           int64_t numPadAudioFrames) {
    torch::NoGradGuard noGrad;
    if (videoLength <= 0 || numPadAudioFrames < 0)
        throw Error(ErrorKind::Internal, "audioWindows needs a positive video length");
    torch::Tensor states = hiddenStates;
    if (states.dim() == 3) {
        if (states.size(0) != 1)
            throw Error(ErrorKind::Internal, "audioWindows expects one sequence");
        states = states[0];
    }
    if (states.dim() != 2)
        throw Error(ErrorKind::Internal, "audioWindows expects [1, T, D] or [T, D]");
    if (states.size(0) == 0)
        throw Error(ErrorKind::BadInput, "the audio encoder produced no frames");
    const int64_t dim = states.size(1);

    // [T, D] -> [1, D, T] -> linear resize to 2L in fp32 -> [2L, D] in the input dtype.
    torch::Tensor resized =
        torch::nn::functional::interpolate(states.to(torch::kFloat32).t().unsqueeze(0),
                                           torch::nn::functional::InterpolateFuncOptions()
                                               .size(std::vector<int64_t>{2 * videoLength})
                                               .mode(torch::kLinear)
                                               .align_corners(false));
    resized = resized[0].t().to(states.scalar_type());

    torch::Tensor padding = torch::zeros({2 * numPadAudioFrames, dim}, resized.options());
    torch::Tensor padded = torch::cat({padding, resized, padding}, 0);
    // [2L + 4p, D] -> windows of 2(2p+1) tokens every 2 tokens: [L, D, 2(2p+1)] -> [L, 2(2p+1), D]
    const int64_t windowTokens = 2 * (2 * numPadAudioFrames + 1);
    return padded.unfold(0, windowTokens, 2).permute({0, 2, 1}).contiguous();
}

}  // namespace vx::engine
