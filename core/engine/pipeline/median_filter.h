// The 3x3x3 median filter V-Express applies to the decoded video (spec §10.1).
#pragma once

#include <torch/types.h>

#include <cstdint>

namespace vx::engine {

// Median of each voxel's 3x3x3 neighbourhood per channel of `video` [C, T, H, W] (any float
// dtype and device), with reflect padding on T, H and W (index -1 -> 1, T -> T-2). 27 values,
// so the median is the exact 14th smallest and the result does not depend on summation order.
// Works through the video `chunkFrames` output frames at a time (0 = pick a chunk that keeps
// the 27x neighbourhood copy near 256 MiB), so memory stays bounded for long videos; the result
// is the same for every chunk size. Throws vx::Error(BadInput) when T, H or W is below 2
// (reflect padding is undefined there, and the original fails too).
torch::Tensor medianFilter3d(const torch::Tensor& video, int64_t chunkFrames = 0);

}  // namespace vx::engine
