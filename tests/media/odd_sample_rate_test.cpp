// Recordings whose sample rate makes torchaudio's resampling kernel huge (found by
// fuzz_media_probe): a WAV at 44101 Hz took minutes to decode, one declaring ~948 MHz overflowed
// an int in the kernel size. The WAVs are written here byte by byte, at rates ffmpeg's tools
// would not choose.
#include "media/audio_decoder.h"
#include "media/sinc_resampler.h"

#include "media_fixtures.h"
#include "support/test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using namespace vx::media;

void put(std::ofstream& out, std::uint32_t value, int bytes) {
    for (int i = 0; i < bytes; ++i)
        out.put(static_cast<char>((value >> (8 * i)) & 0xFF));
}

// A mono 16-bit PCM WAV of a 440 Hz sine at half scale.
void writeWav(const fs::path& path, std::uint32_t rateHz, std::uint32_t frames) {
    std::ofstream out(path, std::ios::binary);
    out.write("RIFF", 4);
    put(out, 36 + frames * 2, 4);
    out.write("WAVEfmt ", 8);
    put(out, 16, 4);
    put(out, 1, 2);  // PCM
    put(out, 1, 2);  // mono
    put(out, rateHz, 4);
    put(out, rateHz * 2, 4);
    put(out, 2, 2);
    put(out, 16, 2);
    out.write("data", 4);
    put(out, frames * 2, 4);
    for (std::uint32_t i = 0; i < frames; ++i) {
        const double t = static_cast<double>(i) / 44100.0;
        const auto sample = static_cast<std::int16_t>(std::lround(16384 * std::sin(2765.0 * t)));
        put(out, static_cast<std::uint16_t>(sample), 2);
    }
}

}  // namespace

TEST(OddSampleRate, KernelSizeFollowsTheReducedRates) {
    EXPECT_EQ(SincResampler::kernelTapCount(44100, 16000), 160 * (2 * 17 + 441));
    EXPECT_EQ(SincResampler::kernelTapCount(16000, 16000), 0);
    EXPECT_EQ(SincResampler::kernelTapCount(44101, 16000), 16000LL * (2 * 17 + 44101));
    // No int overflow for rates near 2^31, and the constructor refuses with a vx::Error.
    EXPECT_GT(SincResampler::kernelTapCount(947923729, 16000), SincResampler::kMaxKernelTaps);
    EXPECT_THROW(SincResampler(947923729, 16000), vx::Error);
}

TEST(OddSampleRate, UnusualRateIsDecodedThrough48kHz) {
    vx::test::TempDir dir;
    const fs::path path = dir / "odd.wav";
    writeWav(path, 44101, 22050);  // 0.49997 s
    const auto start = std::chrono::steady_clock::now();
    const DecodedAudio audio = decodeAudio(path);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 5.0);  // minutes before the fix
    EXPECT_EQ(audio.source.sampleRateHz, 44101);
    EXPECT_EQ(audio.sourceFrameCount, 22050);
    EXPECT_EQ(audio.sampleRateHz, 16000);
    EXPECT_NEAR(static_cast<double>(audio.samples.size()), 16000 * 22050 / 44101.0, 2.0);
    float peak = 0.0f;
    for (float v : audio.samples)
        peak = std::max(peak, std::fabs(v));
    EXPECT_NEAR(peak, 0.5f, 0.02f);
}

TEST(OddSampleRate, RatesNoRecordingHasAreRefused) {
    vx::test::TempDir dir;
    const fs::path path = dir / "absurd.wav";
    writeWav(path, 947923729, 2000);
    EXPECT_TRUE(
        vx::test::throwsErrorNamingFile([&] { decodeAudio(path); }, vx::ErrorKind::BadInput, path));
    EXPECT_TRUE(
        vx::test::throwsErrorNamingFile([&] { probeAudio(path); }, vx::ErrorKind::BadInput, path));
}
