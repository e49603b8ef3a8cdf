#include "motion/smooth_noise.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace vx::motion {

std::vector<double> smoothNoise(int length, double keyframeSpacing, uint64_t seed) {
    std::vector<double> out(std::max(length, 0), 0.0);
    if (length <= 0)
        return out;
    const double spacing = std::max(keyframeSpacing, 1.0);
    const int keyframes = static_cast<int>(std::ceil(length / spacing)) + 2;
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> uniform(-1.0, 1.0);
    std::vector<double> keys(keyframes);
    for (double& k : keys)
        k = uniform(rng);
    for (int i = 0; i < length; ++i) {
        const double position = i / spacing;
        const int k = static_cast<int>(std::floor(position));
        const double t = position - k;
        // Smoothstep easing: zero slope at every keyframe, so consecutive segments join smoothly
        // and the value stays between the two keys it blends.
        const double w = t * t * (3.0 - 2.0 * t);
        out[i] = keys[k] * (1.0 - w) + keys[k + 1] * w;
    }
    return out;
}

std::vector<double> smoothCurve(const std::vector<double>& values, int radius) {
    if (radius <= 0 || values.empty())
        return values;
    std::vector<double> weights(2 * radius + 1);
    for (int d = -radius; d <= radius; ++d)
        weights[d + radius] = 0.5 * (1.0 + std::cos(M_PI * d / (radius + 1)));
    const int n = static_cast<int>(values.size());
    std::vector<double> out(values.size());
    for (int i = 0; i < n; ++i) {
        double sum = 0.0;
        double norm = 0.0;
        for (int d = -radius; d <= radius; ++d) {
            const int j = i + d;
            if (j < 0 || j >= n)
                continue;
            sum += weights[d + radius] * values[j];
            norm += weights[d + radius];
        }
        out[i] = sum / norm;
    }
    return out;
}

}  // namespace vx::motion
