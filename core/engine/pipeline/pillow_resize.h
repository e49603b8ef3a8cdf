// The original resizes the reference photo with Pillow's `Image.resize` and its default bicubic
// filter (spec §7.5). The model saw images made that way, so the engine reproduces Pillow's
// resampler bit for bit: a separable convolution, horizontal pass first, each pass rounding to
// uint8 through fixed-point weights. Neither OpenCV's INTER_CUBIC nor torch's bicubic does that.
#pragma once

#include <torch/torch.h>

#include <cstdint>

namespace vx::engine {

// uint8 [H, W, C] (any C, channels resampled independently) -> uint8 [height, width, C].
// Returns a copy when the size is unchanged. Throws vx::Error(BadInput) for other dtypes,
// shapes or sizes below 1.
torch::Tensor pillowBicubicResize(const torch::Tensor& image, int64_t height, int64_t width);

}  // namespace vx::engine
