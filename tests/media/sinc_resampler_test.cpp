// The torchaudio resampler (spec §6.1) against an independent float64 evaluation of the same
// continuous filter: y[n] = sum_k x[k] * h(base*(k/o - n/u)) * base/o with
// h(t) = sinc(t)*cos(pi*t/12)^2 for |t| < 6 (the time-domain form; the library computes it as a
// zero-padded polyphase correlation with a float32 kernel).
#include "media/sinc_resampler.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <numeric>
#include <random>
#include <vector>

namespace {

using vx::media::resampleSinc;
using vx::media::SincResampler;

constexpr double kPi = 3.14159265358979323846;

double windowedSinc(double t) {
    if (std::fabs(t) >= 6.0)
        return 0.0;
    const double window = std::cos(kPi * t / 12.0) * std::cos(kPi * t / 12.0);
    return (t == 0.0 ? 1.0 : std::sin(kPi * t) / (kPi * t)) * window;
}

std::vector<double> directResample(const std::vector<float>& x, int inRate, int outRate) {
    const int g = std::gcd(inRate, outRate);
    const double o = inRate / g;
    const double u = outRate / g;
    const double base = std::min(o, u) * 0.99;
    const auto count = static_cast<std::size_t>(
        (static_cast<std::int64_t>(u) * static_cast<std::int64_t>(x.size()) +
         static_cast<std::int64_t>(o) - 1) /
        static_cast<std::int64_t>(o));
    std::vector<double> y(count, 0.0);
    for (std::size_t n = 0; n < count; ++n) {
        double sum = 0.0;
        for (std::size_t k = 0; k < x.size(); ++k)
            sum += x[k] *
                   windowedSinc(base * (static_cast<double>(k) / o - static_cast<double>(n) / u));
        y[n] = sum * base / o;
    }
    return y;
}

std::vector<float> randomSignal(std::size_t length, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
    std::vector<float> x(length);
    for (auto& v : x)
        v = uniform(rng);
    return x;
}

TEST(SincResampler, KernelMatchesTheFormulaInFloat64) {
    for (int rate : {8000, 22050, 44100, 48000}) {
        SincResampler resampler(rate, 16000);
        const int o = resampler.inputStride();
        const int u = resampler.phaseCount();
        const int w = resampler.halfWidth();
        const double base = std::min(o, u) * 0.99;
        EXPECT_EQ(w, static_cast<int>(std::ceil(6.0 * o / base)));
        double maxError = 0.0;
        for (int j = 0; j < u; ++j) {
            const std::vector<float> row = resampler.kernelRow(j);
            ASSERT_EQ(row.size(), static_cast<std::size_t>(2 * w + o));
            for (int m = 0; m < 2 * w + o; ++m) {
                const double tau =
                    (-static_cast<double>(j) / u + static_cast<double>(m - w) / o) * base;
                const double expected = windowedSinc(tau) * base / o;
                maxError =
                    std::max(maxError, std::fabs(row[static_cast<std::size_t>(m)] - expected));
            }
        }
        // torchaudio builds the kernel in float32 (spec §6.1), and tau = t*base with t rounded
        // to float32 carries an absolute error of up to about base*2^-24 (1.9e-5 at 22.05 kHz,
        // where base = 316.8); a wrong window, width or phase would be off by 1e-2 or more.
        EXPECT_LT(maxError, 2.0 * base * std::ldexp(1.0, -24) + 1e-7) << "rate " << rate;
    }
}

TEST(SincResampler, SpecExamplesOfReducedRatesAndWidth) {
    SincResampler r44(44100, 16000);
    EXPECT_EQ(r44.inputStride(), 441);
    EXPECT_EQ(r44.phaseCount(), 160);
    EXPECT_EQ(r44.halfWidth(), 17);
    SincResampler r48(48000, 16000);
    EXPECT_EQ(r48.inputStride(), 3);
    EXPECT_EQ(r48.phaseCount(), 1);
    EXPECT_EQ(r48.halfWidth(), 19);
}

TEST(SincResampler, MatchesTheDirectSumInFloat64) {
    for (int rate : {8000, 22050, 44100, 48000, 24000}) {
        const std::vector<float> x = randomSignal(1237, static_cast<unsigned>(rate));
        const std::vector<float> actual = resampleSinc(x, rate, 16000);
        const std::vector<double> expected = directResample(x, rate, 16000);
        ASSERT_EQ(actual.size(), expected.size()) << "rate " << rate;
        double maxError = 0.0;
        for (std::size_t i = 0; i < actual.size(); ++i)
            maxError = std::max(maxError, std::fabs(actual[i] - expected[i]));
        // The float32 kernel (see above) summed over ~35 significant taps of a signal in
        // [-1, 1]: at most a few 1e-5. A structural error would be 1e-2 or more.
        EXPECT_LT(maxError, 1e-4) << "rate " << rate;
        std::cout << "[ measured ] " << rate
                  << " Hz -> 16 kHz, max |error| vs float64 direct sum: " << maxError << "\n";
    }
}

TEST(SincResampler, SampleCountIsCeilOf16000TimesLengthOverRate) {
    for (int rate : {8000, 22050, 44100, 48000}) {
        for (std::int64_t length : {0, 1, 2, 440, 441, 442, 1000, 22050, 100003}) {
            const std::int64_t expected = (16000 * length + rate - 1) / rate;
            EXPECT_EQ(SincResampler::outputLength(length, rate, 16000), expected)
                << rate << " Hz, " << length;
            if (length <= 22050) {
                const std::vector<float> x(static_cast<std::size_t>(length), 0.25f);
                EXPECT_EQ(static_cast<std::int64_t>(resampleSinc(x, rate, 16000).size()), expected)
                    << rate << " Hz, " << length;
            }
        }
    }
}

TEST(SincResampler, SameRateIsTheIdentity) {
    const std::vector<float> x = randomSignal(500, 3);
    EXPECT_EQ(resampleSinc(x, 16000, 16000), x);
}

TEST(SincResampler, StreamingInAnyChunksEqualsOneCall) {
    const std::vector<float> x = randomSignal(20000, 11);
    const std::vector<float> whole = resampleSinc(x, 44100, 16000);
    for (std::size_t chunk : {1u, 7u, 441u, 4096u}) {
        SincResampler resampler(44100, 16000);
        std::vector<float> streamed;
        for (std::size_t at = 0; at < x.size(); at += chunk)
            resampler.push(x.data() + at, std::min(chunk, x.size() - at), streamed);
        resampler.finish(streamed);
        EXPECT_EQ(streamed, whole) << "chunk " << chunk;
    }
}

TEST(SincResampler, KeepsAToneBelowTheCutoff) {
    // 1 kHz at 44.1 kHz stays a 1 kHz sine at 16 kHz (away from the zero-padded edges).
    std::vector<float> x(44100);
    for (std::size_t i = 0; i < x.size(); ++i)
        x[i] =
            static_cast<float>(0.5 * std::sin(2 * kPi * 1000.0 * static_cast<double>(i) / 44100));
    const std::vector<float> y = resampleSinc(x, 44100, 16000);
    ASSERT_EQ(y.size(), 16000u);
    double maxError = 0.0;
    for (std::size_t n = 200; n < 15800; ++n)
        maxError = std::max(
            maxError,
            std::fabs(y[n] - 0.5 * std::sin(2 * kPi * 1000.0 * static_cast<double>(n) / 16000)));
    EXPECT_LT(maxError, 2e-3);
}

}  // namespace
