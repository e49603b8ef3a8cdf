// The part of a recording a draft of a range renders: the right samples, clear refusals, and a
// temporary WAV that decodes to the same sound and is gone afterwards.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <vector>

#include "common/error.h"
#include "media/audio_decoder.h"
#include "studio/audio_excerpt.h"

namespace {

std::vector<float> ramp(size_t n) {
    std::vector<float> v(n);
    for (size_t i = 0; i < n; ++i)
        v[i] = float(std::sin(0.01 * double(i)) * 0.5);
    return v;
}

TEST(AudioExcerpt, CutsTheRangeAndClampsItsEnd) {
    const std::vector<float> samples = ramp(16000 * 3);  // 3 s at 16 kHz
    const auto part = vx::studio::cutAudio(samples, 16000, {0.5, 1.25}, "voice.wav");
    ASSERT_EQ(part.size(), 12000u);
    EXPECT_EQ(part.front(), samples[8000]);
    EXPECT_EQ(part.back(), samples[19999]);
    EXPECT_EQ(vx::studio::cutAudio(samples, 16000, {2.5, 9.0}, "voice.wav").size(), 8000u);
}

TEST(AudioExcerpt, RefusesRangesOutsideTheRecording) {
    const std::vector<float> samples = ramp(16000);
    for (const vx::studio::AudioRange range :
         {vx::studio::AudioRange{1.5, 2.0}, vx::studio::AudioRange{0.5, 0.5},
          vx::studio::AudioRange{-0.1, 0.5}}) {
        try {
            vx::studio::cutAudio(samples, 16000, range, "voice.wav");
            FAIL() << "accepted " << range.startSeconds << ".." << range.endSeconds;
        } catch (const vx::Error& e) {
            EXPECT_EQ(e.kind(), vx::ErrorKind::BadInput);
            EXPECT_EQ(e.file(), "voice.wav");
        }
    }
}

TEST(AudioExcerpt, TemporaryWavDecodesToTheSamplesAndIsRemoved) {
    const std::vector<float> samples = ramp(16000);
    std::filesystem::path path;
    {
        const vx::studio::TemporaryWav wav(samples, 16000);
        path = wav.path();
        ASSERT_TRUE(std::filesystem::exists(path));
        const auto decoded = vx::media::decodeAudio(path);
        ASSERT_EQ(decoded.sampleRateHz, 16000);
        ASSERT_EQ(decoded.samples.size(), samples.size());
        double worst = 0.0;
        for (size_t i = 0; i < samples.size(); ++i)
            worst = std::max(worst, double(std::abs(decoded.samples[i] - samples[i])));
        EXPECT_LT(worst, 1.0 / 32767 + 1e-6);  // 16-bit quantisation
    }
    EXPECT_FALSE(std::filesystem::exists(path));
}

}  // namespace
