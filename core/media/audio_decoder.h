// The voice recording as the engine wants it: mono float samples at 16 kHz, made exactly as
// V-Express makes them (spec §6.1): decode with libavcodec, resample each channel with
// torchaudio's windowed-sinc resampler, then average the channels.
#pragma once

#include "media/audio_info.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <vector>

namespace vx::media {

enum class AudioResampler {
    // torchaudio's resampler (SincResampler), per channel: the sample count is
    // ceil(16000*len/rate) and the samples match torchaudio to float rounding. The engine's
    // choice, because the sample count fixes the video length and the samples feed wav2vec2.
    TorchaudioSinc,
    // libswresample's default resampler: faster, but its filter and its start/end handling
    // differ from torchaudio, so both the samples and (by a few) the count differ. For previews.
    Swresample,
};

enum class SilencePolicy { Reject, Accept };

struct AudioDecodeOptions {
    int targetRateHz = 16000;
    // Longer recordings are refused with a message saying so; 0 means no limit. An hour at
    // 16 kHz is 230 MB of float samples.
    double maxDurationSeconds = 3600.0;
    AudioResampler resampler = AudioResampler::TorchaudioSinc;
    // A recording whose every sample is below one 16-bit step is refused by default: V-Express
    // would animate nothing from it.
    SilencePolicy silence = SilencePolicy::Reject;
    // Checked once per packet; returning true stops decoding with vx::Error(Cancelled).
    std::function<bool()> shouldAbort;
};

struct DecodedAudio {
    std::vector<float> samples;  // mono, in [-1, 1], at sampleRateHz
    int sampleRateHz = 0;
    AudioInfo source;                   // the file's own rate, channels, codec, declared duration
    std::int64_t sourceFrameCount = 0;  // samples per channel decoded at the source rate
    double durationSeconds() const {
        return sampleRateHz > 0 ? static_cast<double>(samples.size()) / sampleRateHz : 0.0;
    }
};

// Decodes the (best) audio stream of any file FFmpeg reads: WAV, MP3, FLAC, M4A/AAC,
// OGG/Opus/Vorbis, or a video's audio track. Decodes in chunks: only the mono result is held
// whole. Throws vx::Error(BadInput) naming the file for a missing, empty, corrupt or truncated
// file, a file with no audio stream, a stream with no samples, silence (unless accepted) and a
// recording longer than maxDurationSeconds; vx::Error(Cancelled) when shouldAbort says so.
DecodedAudio decodeAudio(const std::filesystem::path& path, const AudioDecodeOptions& options = {});

// Duration, rate, channels and codec of the file's audio stream, without decoding it (for the
// UI). Throws vx::Error(BadInput) like decodeAudio for files it cannot open.
AudioInfo probeAudio(const std::filesystem::path& path);

}  // namespace vx::media
