#include "engine/pipeline/median_filter.h"

#include <torch/torch.h>

#include <algorithm>

#include "common/error.h"

namespace vx::engine {

namespace {

// Indices -1..size of a reflect-padded axis (-1 -> 1, size -> size - 2).
torch::Tensor reflectIndices(int64_t size, int64_t first, int64_t last, torch::Device device) {
    std::vector<int64_t> indices;
    indices.reserve(static_cast<size_t>(last - first));
    for (int64_t i = first; i < last; ++i)
        indices.push_back(i < 0 ? -i : (i >= size ? 2 * size - 2 - i : i));
    return torch::tensor(indices, torch::TensorOptions().dtype(torch::kLong)).to(device);
}

}  // namespace

torch::Tensor medianFilter3d(const torch::Tensor& video, int64_t chunkFrames) {
    if (video.dim() != 4)
        throw Error(ErrorKind::Internal, "medianFilter3d expects [C, T, H, W]");
    const int64_t channels = video.size(0);
    const int64_t frames = video.size(1);
    const int64_t height = video.size(2);
    const int64_t width = video.size(3);
    if (frames < 2 || height < 2 || width < 2)
        throw Error(ErrorKind::BadInput,
                    "the median filter needs at least 2 frames and 2x2 pixels, got " +
                        std::to_string(frames) + " frames of " + std::to_string(width) + "x" +
                        std::to_string(height));
    if (chunkFrames <= 0) {
        constexpr int64_t kBudgetElements = int64_t{1} << 26;  // 256 MiB of fp32
        const int64_t perFrame = std::max<int64_t>(1, channels * height * width * 27);
        chunkFrames = std::max<int64_t>(1, kBudgetElements / perFrame);
    }
    const torch::Device device = video.device();
    // Spatial padding once (a 1-pixel border is small); time padding per chunk by index.
    torch::Tensor padded = video.index_select(2, reflectIndices(height, -1, height + 1, device))
                               .index_select(3, reflectIndices(width, -1, width + 1, device));
    torch::Tensor output = torch::empty_like(video);
    for (int64_t start = 0; start < frames; start += chunkFrames) {
        const int64_t stop = std::min(frames, start + chunkFrames);
        // [C, n+2, H+2, W+2] -> [C, n, H, W, 3, 3, 3] -> median over the 27 neighbours.
        torch::Tensor slab =
            padded.index_select(1, reflectIndices(frames, start - 1, stop + 1, device));
        torch::Tensor neighbours = slab.unfold(1, 3, 1).unfold(2, 3, 1).unfold(3, 3, 1);
        neighbours = neighbours.reshape({channels, stop - start, height, width, 27});
        output.slice(1, start, stop).copy_(std::get<0>(neighbours.median(-1)));
    }
    return output;
}

}  // namespace vx::engine
