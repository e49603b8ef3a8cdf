#include "media/audio_envelope.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace vx::media {

std::vector<float> audioEnvelope(const std::vector<float>& samples, int sampleRateHz, double fps) {
    if (sampleRateHz <= 0 || !(fps > 0.0))
        throw Error(ErrorKind::Internal, "audioEnvelope: the sample rate (" +
                                             std::to_string(sampleRateHz) + ") and fps (" +
                                             std::to_string(fps) + ") must be positive");
    const double samplesPerFrame = sampleRateHz / fps;
    const auto total = static_cast<double>(samples.size());
    const auto frameCount = static_cast<std::size_t>(std::ceil(total / samplesPerFrame - 1e-9));
    std::vector<float> envelope(frameCount, 0.0f);
    for (std::size_t i = 0; i < frameCount; ++i) {
        const auto begin = static_cast<std::size_t>(
            std::min(total, std::round(static_cast<double>(i) * samplesPerFrame)));
        const auto end = static_cast<std::size_t>(
            std::min(total, std::round(static_cast<double>(i + 1) * samplesPerFrame)));
        if (end <= begin)
            continue;
        double sumSquares = 0.0;
        for (std::size_t s = begin; s < end; ++s)
            sumSquares += static_cast<double>(samples[s]) * samples[s];
        envelope[i] = static_cast<float>(std::sqrt(sumSquares / static_cast<double>(end - begin)));
    }
    return envelope;
}

}  // namespace vx::media
