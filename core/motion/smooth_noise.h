// Seeded, smooth random curves in [-1, 1]: the raw material of natural head motion.
#pragma once

#include <cstdint>
#include <vector>

namespace vx::motion {

// A curve through random keyframes spaced `keyframeSpacing` samples apart, joined with the
// smoothstep-eased cosine blend, so it has a continuous first derivative and never leaves the
// range of its keyframes ([-1, 1]). The same seed gives the same curve.
std::vector<double> smoothNoise(int length, double keyframeSpacing, uint64_t seed);

// Moving average with a raised-cosine window of `radius` samples on each side (edges use the
// available samples only). Used to make envelopes and tracks calm.
std::vector<double> smoothCurve(const std::vector<double>& values, int radius);

}  // namespace vx::motion
