#include "media/sinc_resampler.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

namespace vx::media {
namespace {

constexpr int kLowpassFilterWidth = 6;
constexpr double kRolloff = 0.99;
constexpr double kPi = 3.14159265358979323846;
constexpr float kNegligibleTap = 1e-20f;

// W = ceil(6*o/base), base = min(o,u)*0.99, in double (o may be near 2^31).
std::int64_t halfWidthFor(std::int64_t inputStride, std::int64_t phaseCount) {
    const double base = static_cast<double>(std::min(inputStride, phaseCount)) * kRolloff;
    return static_cast<std::int64_t>(
        std::ceil(kLowpassFilterWidth * static_cast<double>(inputStride) / base));
}

}  // namespace

std::int64_t SincResampler::kernelTapCount(int inputRateHz, int outputRateHz) {
    if (inputRateHz <= 0 || outputRateHz <= 0 || inputRateHz == outputRateHz)
        return 0;
    const std::int64_t g = std::gcd(inputRateHz, outputRateHz);
    const std::int64_t o = inputRateHz / g;
    const std::int64_t u = outputRateHz / g;
    return u * (2 * halfWidthFor(o, u) + o);
}

SincResampler::SincResampler(int inputRateHz, int outputRateHz) {
    if (inputRateHz <= 0 || outputRateHz <= 0)
        throw Error(ErrorKind::Internal, "SincResampler: sample rates must be positive, got " +
                                             std::to_string(inputRateHz) + " and " +
                                             std::to_string(outputRateHz));
    const int g = std::gcd(inputRateHz, outputRateHz);
    m_inputStride = inputRateHz / g;
    m_phaseCount = outputRateHz / g;
    m_identity = inputRateHz == outputRateHz;
    if (m_identity)
        return;
    // Checked before any arithmetic in int: 6*o overflows for rates near 2^31 (found by
    // fuzz_media_probe), and even far below that the kernel would not fit in memory.
    if (kernelTapCount(inputRateHz, outputRateHz) > kMaxKernelTaps)
        throw Error(ErrorKind::Internal, "SincResampler: the kernel for " +
                                             std::to_string(inputRateHz) + " Hz to " +
                                             std::to_string(outputRateHz) + " Hz is too large");
    m_halfWidth = static_cast<int>(halfWidthFor(m_inputStride, m_phaseCount));
    const int taps = 2 * m_halfWidth + m_inputStride;
    m_phases.resize(static_cast<std::size_t>(m_phaseCount));
    for (int j = 0; j < m_phaseCount; ++j) {
        std::vector<float> row = kernelRow(j);
        int first = 0;
        int last = taps - 1;
        while (first < last && std::fabs(row[static_cast<std::size_t>(first)]) < kNegligibleTap)
            ++first;
        while (last > first && std::fabs(row[static_cast<std::size_t>(last)]) < kNegligibleTap)
            --last;
        Phase& phase = m_phases[static_cast<std::size_t>(j)];
        phase.firstTap = first;
        phase.weights.assign(row.begin() + first, row.begin() + last + 1);
    }
    // The left padding of W zeros.
    m_buffer.assign(static_cast<std::size_t>(m_halfWidth), 0.0f);
}

std::vector<float> SincResampler::kernelRow(int phase) const {
    const int taps = 2 * m_halfWidth + m_inputStride;
    std::vector<float> row(static_cast<std::size_t>(taps), 0.0f);
    if (m_identity)
        return row;
    // Every step in float32, in the order torchaudio's _get_sinc_resample_kernel uses: Python
    // scalars (base, pi, scale) are cast to float before they meet the float32 tensor.
    const float base = static_cast<float>(std::min(m_inputStride, m_phaseCount) * kRolloff);
    const float scale =
        static_cast<float>(std::min(m_inputStride, m_phaseCount) * kRolloff / m_inputStride);
    const float pi = static_cast<float>(kPi);
    const float width = static_cast<float>(kLowpassFilterWidth);
    const float phaseOffset = static_cast<float>(-phase) / static_cast<float>(m_phaseCount);
    for (int m = 0; m < taps; ++m) {
        const float idx = static_cast<float>(m - m_halfWidth) / static_cast<float>(m_inputStride);
        float t = phaseOffset + idx;
        t *= base;
        t = std::clamp(t, -width, width);
        const float c = std::cos(t * pi / width / 2.0f);
        const float window = c * c;
        t *= pi;
        const float sinc = t == 0.0f ? 1.0f : std::sin(t) / t;
        row[static_cast<std::size_t>(m)] = sinc * (window * scale);
    }
    return row;
}

std::int64_t SincResampler::outputLength(std::int64_t inputLength, int inputRateHz,
                                         int outputRateHz) {
    if (inputRateHz == outputRateHz)
        return inputLength;
    const int g = std::gcd(inputRateHz, outputRateHz);
    const double o = inputRateHz / g;
    const double u = outputRateHz / g;
    return static_cast<std::int64_t>(std::ceil(u * static_cast<double>(inputLength) / o));
}

void SincResampler::emitReadyFrames(std::int64_t availableEnd, std::vector<float>& out) {
    const std::int64_t taps = 2 * m_halfWidth + m_inputStride;
    const std::int64_t limit =
        m_finished ? outputLength(m_inputLength, m_inputStride, m_phaseCount) : INT64_MAX;
    // Frame f reads p[f*o, f*o + taps).
    while (m_nextFrame * m_inputStride + taps <= availableEnd && m_emitted < limit) {
        const float* window = m_buffer.data() + (m_nextFrame * m_inputStride - m_bufferStart);
        for (int j = 0; j < m_phaseCount && m_emitted < limit; ++j) {
            const Phase& phase = m_phases[static_cast<std::size_t>(j)];
            const float* x = window + phase.firstTap;
            double sum = 0.0;
            for (std::size_t m = 0; m < phase.weights.size(); ++m)
                sum += static_cast<double>(x[m]) * static_cast<double>(phase.weights[m]);
            out.push_back(static_cast<float>(sum));
            ++m_emitted;
        }
        ++m_nextFrame;
    }
    // Drop the input no later frame needs.
    const std::int64_t keepFrom = m_nextFrame * m_inputStride;
    if (keepFrom > m_bufferStart) {
        const auto drop = std::min<std::int64_t>(keepFrom - m_bufferStart,
                                                 static_cast<std::int64_t>(m_buffer.size()));
        m_buffer.erase(m_buffer.begin(), m_buffer.begin() + drop);
        m_bufferStart += drop;
    }
}

void SincResampler::push(const float* samples, std::size_t count, std::vector<float>& out) {
    if (m_finished)
        throw Error(ErrorKind::Internal, "SincResampler::push after finish");
    m_inputLength += static_cast<std::int64_t>(count);
    if (m_identity) {
        out.insert(out.end(), samples, samples + count);
        return;
    }
    m_buffer.insert(m_buffer.end(), samples, samples + count);
    emitReadyFrames(m_bufferStart + static_cast<std::int64_t>(m_buffer.size()), out);
}

void SincResampler::finish(std::vector<float>& out) {
    if (m_finished)
        return;
    m_finished = true;
    if (m_identity)
        return;
    // The right padding of W + o zeros.
    m_buffer.insert(m_buffer.end(), static_cast<std::size_t>(m_halfWidth + m_inputStride), 0.0f);
    emitReadyFrames(m_bufferStart + static_cast<std::int64_t>(m_buffer.size()), out);
}

std::vector<float> resampleSinc(const std::vector<float>& samples, int inputRateHz,
                                int outputRateHz) {
    SincResampler resampler(inputRateHz, outputRateHz);
    std::vector<float> out;
    out.reserve(static_cast<std::size_t>(SincResampler::outputLength(
        static_cast<std::int64_t>(samples.size()), inputRateHz, outputRateHz)));
    resampler.push(samples.data(), samples.size(), out);
    resampler.finish(out);
    return out;
}

}  // namespace vx::media
