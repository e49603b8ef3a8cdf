// decodeAudio/probeAudio on generated files: every format, the 16 kHz mono result (count and
// values), the errors for broken inputs, and the loudness envelope.
#include "media/audio_decoder.h"
#include "media/audio_envelope.h"
#include "media/sinc_resampler.h"

#include "media_fixtures.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <fstream>
#include <vector>

namespace {

namespace fs = std::filesystem;
using namespace vx::media;
using vx::ErrorKind;
using vx::test::generatedMedia;
using vx::test::throwsErrorNamingFile;

// The 16-bit samples of a PCM WAV written by ffmpeg, parsed here independently of FFmpeg.
std::vector<std::int16_t> readPcm16Wav(const fs::path& path) {
    std::ifstream file(path, std::ios::binary);
    std::vector<char> bytes((std::istreambuf_iterator<char>(file)),
                            std::istreambuf_iterator<char>());
    std::size_t at = 12;
    while (at + 8 <= bytes.size()) {
        std::uint32_t size = 0;
        std::memcpy(&size, bytes.data() + at + 4, 4);
        if (std::memcmp(bytes.data() + at, "data", 4) == 0) {
            std::vector<std::int16_t> samples(size / 2);
            std::memcpy(samples.data(), bytes.data() + at + 8, samples.size() * 2);
            return samples;
        }
        at += 8 + size + (size & 1);
    }
    return {};
}

struct FormatCase {
    const char* file;
    const char* codec;
    int rateHz;
    int channels;
    double seconds;
    std::int64_t frameTolerance;  // lossy codecs may add or drop priming samples
};

TEST(AudioDecoder, DecodesEveryFormatToMono16kHz) {
    const FormatCase cases[] = {
        {"speech.wav", "pcm_s16le", 22050, 1, -1.0, 0},
        {"stereo44k.wav", "pcm_s16le", 44100, 2, 2.0, 0},
        {"stereo48k.wav", "pcm_s16le", 48000, 2, 2.0, 0},
        {"mono8k.wav", "pcm_s16le", 8000, 1, 2.0, 0},
        {"mono22k.wav", "pcm_s16le", 22050, 1, 2.0, 0},
        {"mono16k.wav", "pcm_s16le", 16000, 1, 2.0, 0},
        {"stereo44k.mp3", "mp3", 44100, 2, 2.0, 1200},
        {"stereo48k.flac", "flac", 48000, 2, 2.0, 0},
        {"stereo44k.m4a", "aac", 44100, 2, 2.0, 1100},
        {"stereo48k.opus.ogg", "opus", 48000, 2, 2.0, 1000},
        {"with-audio.mp4", "aac", 44100, 2, 3.0, 1100},
    };
    for (const FormatCase& c : cases) {
        SCOPED_TRACE(c.file);
        const fs::path path = generatedMedia() / c.file;
        const DecodedAudio audio = decodeAudio(path);
        EXPECT_EQ(audio.source.codecName, c.codec);
        EXPECT_EQ(audio.source.sampleRateHz, c.rateHz);
        EXPECT_EQ(audio.source.channelCount, c.channels);
        EXPECT_EQ(audio.sampleRateHz, 16000);
        if (c.seconds > 0) {
            EXPECT_NEAR(static_cast<double>(audio.sourceFrameCount), c.seconds * c.rateHz,
                        static_cast<double>(c.frameTolerance));
        }
        // The count torchaudio would produce from the decoded samples.
        EXPECT_EQ(static_cast<std::int64_t>(audio.samples.size()),
                  (16000 * audio.sourceFrameCount + c.rateHz - 1) / c.rateHz);
        EXPECT_NEAR(audio.durationSeconds(), static_cast<double>(audio.sourceFrameCount) / c.rateHz,
                    1.0 / 16000);
        float peak = 0.0f;
        for (float v : audio.samples)
            peak = std::max(peak, std::fabs(v));
        EXPECT_GT(peak, 0.05f);
        EXPECT_LE(peak, 1.0f);
    }
}

TEST(AudioDecoder, WavSamplesAreNormalisedBy32768) {
    // At 16 kHz nothing is resampled: the result is the file's int16 samples / 32768 exactly.
    const fs::path path = generatedMedia() / "mono16k.wav";
    const std::vector<std::int16_t> raw = readPcm16Wav(path);
    ASSERT_EQ(raw.size(), 32000u);
    const DecodedAudio audio = decodeAudio(path);
    ASSERT_EQ(audio.samples.size(), raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i)
        ASSERT_EQ(audio.samples[i], static_cast<float>(raw[i]) / 32768.0f) << "sample " << i;
}

TEST(AudioDecoder, ResamplesWithTheTorchaudioFilter) {
    // 22.05 kHz mono WAV: the decoder's output equals the resampler applied to the raw samples.
    const fs::path path = generatedMedia() / "mono22k.wav";
    const std::vector<std::int16_t> raw = readPcm16Wav(path);
    std::vector<float> x(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i)
        x[i] = static_cast<float>(raw[i]) / 32768.0f;
    const std::vector<float> expected = resampleSinc(x, 22050, 16000);
    EXPECT_EQ(decodeAudio(path).samples, expected);
}

TEST(AudioDecoder, MonoIsTheMeanOfTheResampledChannels) {
    const DecodedAudio stereo = decodeAudio(generatedMedia() / "stereo44k.wav");
    const DecodedAudio left = decodeAudio(generatedMedia() / "stereo44k-left.wav");
    const DecodedAudio right = decodeAudio(generatedMedia() / "stereo44k-right.wav");
    ASSERT_EQ(stereo.samples.size(), 32000u);
    ASSERT_EQ(left.samples.size(), stereo.samples.size());
    ASSERT_EQ(right.samples.size(), stereo.samples.size());
    double maxError = 0.0;
    double difference = 0.0;
    for (std::size_t i = 0; i < stereo.samples.size(); ++i) {
        maxError = std::max(
            maxError, std::fabs(stereo.samples[i] - (left.samples[i] + right.samples[i]) / 2.0));
        difference = std::max(difference,
                              static_cast<double>(std::fabs(left.samples[i] - right.samples[i])));
    }
    EXPECT_LT(maxError, 1e-7);
    EXPECT_GT(difference, 0.1);  // the channels really differ (440 vs 660 Hz)
}

TEST(AudioDecoder, SwresamplePathGivesTheSameSignalApproximately) {
    const fs::path path = generatedMedia() / "stereo48k.flac";
    const DecodedAudio exact = decodeAudio(path);
    AudioDecodeOptions options;
    options.resampler = AudioResampler::Swresample;
    const DecodedAudio fast = decodeAudio(path, options);
    EXPECT_EQ(fast.sampleRateHz, 16000);
    EXPECT_NEAR(static_cast<double>(fast.samples.size()), static_cast<double>(exact.samples.size()),
                64.0);
    // Same tone, aligned: compare away from the edges.
    double maxError = 0.0;
    for (std::size_t i = 1000; i + 1000 < std::min(fast.samples.size(), exact.samples.size()); ++i)
        maxError =
            std::max(maxError, static_cast<double>(std::fabs(fast.samples[i] - exact.samples[i])));
    EXPECT_LT(maxError, 0.02);
}

TEST(AudioDecoder, ProbeReportsRateChannelsCodecAndDuration) {
    const AudioInfo flac = probeAudio(generatedMedia() / "stereo48k.flac");
    EXPECT_EQ(flac.codecName, "flac");
    EXPECT_EQ(flac.sampleRateHz, 48000);
    EXPECT_EQ(flac.channelCount, 2);
    EXPECT_NEAR(flac.durationSeconds, 2.0, 1e-3);
    const AudioInfo movie = probeAudio(generatedMedia() / "with-audio.mp4");
    EXPECT_EQ(movie.codecName, "aac");
    EXPECT_EQ(movie.sampleRateHz, 44100);
    EXPECT_NEAR(movie.durationSeconds, 3.0, 0.05);
}

TEST(AudioDecoder, BrokenInputsRaiseBadInputNamingTheFile) {
    for (const char* name :
         {"empty.wav", "zero-length.wav", "text.mp3", "corrupt.mp3", "silent.wav", "truncated.wav",
          "truncated.flac", "no-audio.mp4", "does-not-exist.wav"}) {
        const fs::path path = generatedMedia() / name;
        EXPECT_TRUE(throwsErrorNamingFile([&] { decodeAudio(path); }, ErrorKind::BadInput, path))
            << name;
    }
    EXPECT_TRUE(throwsErrorNamingFile([&] { probeAudio(generatedMedia() / "no-audio.mp4"); },
                                      ErrorKind::BadInput, generatedMedia() / "no-audio.mp4"));
}

TEST(AudioDecoder, SilenceIsAcceptedWhenAsked) {
    AudioDecodeOptions options;
    options.silence = SilencePolicy::Accept;
    const DecodedAudio audio = decodeAudio(generatedMedia() / "silent.wav", options);
    ASSERT_EQ(audio.samples.size(), 32000u);
    for (float v : audio.samples)
        ASSERT_EQ(v, 0.0f);
}

TEST(AudioDecoder, RecordingsLongerThanTheMaximumAreRefused) {
    AudioDecodeOptions options;
    options.maxDurationSeconds = 1.5;
    const fs::path path = generatedMedia() / "stereo44k.mp3";
    try {
        decodeAudio(path, options);
        FAIL() << "no error";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::BadInput);
        EXPECT_NE(std::string(e.what()).find("longer than the maximum"), std::string::npos)
            << e.what();
    }
    options.maxDurationSeconds = 2.5;
    EXPECT_NO_THROW(decodeAudio(path, options));
}

TEST(AudioDecoder, AbortStopsWithCancelled) {
    AudioDecodeOptions options;
    int calls = 0;
    options.shouldAbort = [&calls] { return ++calls > 3; };
    try {
        decodeAudio(generatedMedia() / "speech.wav", options);
        FAIL() << "no error";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Cancelled) << e.what();
    }
    EXPECT_EQ(calls, 4);
}

TEST(AudioEnvelope, IsTheRmsOfEachVideoFrame) {
    // 1 s at 16 kHz: 0.4 s silence, then a sine of amplitude 0.5, at 25 fps (640 samples/frame).
    std::vector<float> samples(16000, 0.0f);
    for (std::size_t i = 6400; i < samples.size(); ++i)
        samples[i] = static_cast<float>(
            0.5 * std::sin(2 * 3.14159265358979 * 400.0 * static_cast<double>(i) / 16000));
    const std::vector<float> envelope = audioEnvelope(samples, 16000, 25.0);
    ASSERT_EQ(envelope.size(), 25u);
    for (std::size_t f = 0; f < 10; ++f)
        EXPECT_EQ(envelope[f], 0.0f) << f;
    for (std::size_t f = 10; f < 25; ++f)  // 640 samples = 16 whole periods of 400 Hz
        EXPECT_NEAR(envelope[f], 0.5 / std::sqrt(2.0), 1e-4) << f;
}

TEST(AudioEnvelope, CountsAPartialLastFrameAndRejectsBadRates) {
    const std::vector<float> ones(1000, 1.0f);
    const std::vector<float> envelope = audioEnvelope(ones, 16000, 28.4);  // 563.4 samples/frame
    ASSERT_EQ(envelope.size(), 2u);
    EXPECT_FLOAT_EQ(envelope[0], 1.0f);
    EXPECT_FLOAT_EQ(envelope[1], 1.0f);
    EXPECT_TRUE(audioEnvelope({}, 16000, 25.0).empty());
    EXPECT_THROW(audioEnvelope(ones, 0, 25.0), vx::Error);
    EXPECT_THROW(audioEnvelope(ones, 16000, 0.0), vx::Error);
}

}  // namespace
