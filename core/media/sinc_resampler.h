// torchaudio's default resampler (torchaudio.functional.resample with lowpass_filter_width 6,
// rolloff 0.99, sinc_interp_hann), which V-Express applies to each channel of the voice before
// wav2vec2 (spec §6.1). Implemented as a streaming polyphase FIR so an hour of audio never has to
// sit in memory at its original rate: push() decoded chunks, then finish().
//
// With g = gcd(in, out), o = in/g, u = out/g, base = min(o,u)*0.99, W = ceil(6*o/base):
//   kernel row j (0..u-1), tap m (0..2W+o-1): tau = (-j/u + (m-W)/o)*base clamped to [-6,6],
//   k = sinc(tau)*cos(tau*pi/12)^2*base/o;
//   output[f*u + j] = sum_m x[f*o + m - W]*k[j][m] (x zero outside the signal), truncated to
//   ceil(u*len/o) samples.
// The kernel is computed in float32 with torch's operation order, so it equals torchaudio's
// kernel; the sums are accumulated in double (torch's conv1d accumulates in float32 in an order
// of its own, so agreement is to float rounding, not bit for bit). Taps that the clamp drives
// below 1e-20 (far outside the sinc's six zero crossings) are skipped: they cannot change a
// float32 result.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace vx::media {

class SincResampler {
public:
    SincResampler(int inputRateHz, int outputRateHz);

    // Appends to `out` every output sample whose input window is now complete.
    void push(const float* samples, std::size_t count, std::vector<float>& out);
    // Ends the signal (zero padding on the right) and appends the remaining output samples.
    void finish(std::vector<float>& out);

    // ceil(outputRate*inputLength/inputRate) after reducing the rates by their gcd, as torchaudio.
    static std::int64_t outputLength(std::int64_t inputLength, int inputRateHz, int outputRateHz);
    // The number of taps of the whole kernel, u rows of 2W + o: the work and the memory of
    // building it. It follows the rates reduced by their gcd, so it is 160 x 475 for 44.1 kHz
    // to 16 kHz but 16000 x 44135 for 44101 Hz, a rate a damaged or hostile file can declare.
    static std::int64_t kernelTapCount(int inputRateHz, int outputRateHz);
    // The constructor refuses (vx::Error Internal) kernels larger than this (64 MB of floats);
    // callers bring such rates to a common one first (decodeAudio does).
    static constexpr std::int64_t kMaxKernelTaps = std::int64_t(1) << 24;

    int inputStride() const { return m_inputStride; }  // o
    int phaseCount() const { return m_phaseCount; }    // u
    int halfWidth() const { return m_halfWidth; }      // W
    // The full kernel row j (2W + o taps), as torchaudio computes it (float32).
    std::vector<float> kernelRow(int phase) const;

private:
    struct Phase {
        int firstTap = 0;            // taps before this are below 1e-20 and skipped
        std::vector<float> weights;  // the taps from firstTap on
    };

    void emitReadyFrames(std::int64_t availableEnd, std::vector<float>& out);

    int m_inputStride = 1;
    int m_phaseCount = 1;
    int m_halfWidth = 0;
    bool m_identity = false;
    std::vector<Phase> m_phases;
    // The zero-padded signal p (p[i] = x[i - W]) from index m_bufferStart on.
    std::vector<float> m_buffer;
    std::int64_t m_bufferStart = 0;
    std::int64_t m_inputLength = 0;
    std::int64_t m_nextFrame = 0;
    std::int64_t m_emitted = 0;
    bool m_finished = false;
};

// Resamples one whole channel (convenience for tests and short clips).
std::vector<float> resampleSinc(const std::vector<float>& samples, int inputRateHz,
                                int outputRateHz);

}  // namespace vx::media
