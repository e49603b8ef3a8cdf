#include "media/audio_decoder.h"

#include "common/error.h"
#include "media/audio_stream_reader.h"
#include "media/av_resources.h"
#include "media/sinc_resampler.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <system_error>
#include <utility>

namespace vx::media {
namespace {

// One 16-bit step: quieter than anything a recording of a voice contains.
constexpr float kSilencePeak = 1.0f / 32768.0f;
// A container that declares more than this fraction of its length beyond what decodes is
// treated as truncated (decoders may drop a few priming or padding samples; never 10 %).
constexpr double kTruncatedFraction = 0.9;
constexpr double kTruncatedSlackSeconds = 0.25;
// torchaudio's kernel grows with the source and target rates reduced by their gcd: small for
// every rate recorders use (160 x 475 taps for 44.1 kHz), but 16000 x 44135 for 44101 Hz and
// beyond memory for rates near 2^31, which a damaged or hostile file may declare (found by
// fuzz_media_probe: minutes per file, then an int overflow). Such recordings are first brought
// to 48 kHz by libswresample; torchaudio itself could not resample them at all.
constexpr std::int64_t kMaxSincKernelTaps = std::int64_t(1) << 22;
constexpr int kIntermediateRateHz = 48000;

std::string seconds(double value) {
    std::ostringstream text;
    text.precision(3);
    text << value << " s";
    return text.str();
}

// Converts decoded frames of any sample format to planar float, at the source rate (a pure
// format conversion: s16 -> float is x/32768, as torchaudio's normalised load) or at the target
// rate (the Swresample path).
class PlanarFloatConverter {
public:
    PlanarFloatConverter(const AVFrame& first, int outputRateHz, const std::string& path)
        : m_path(path),
          m_inputRateHz(first.sample_rate),
          m_channels(first.ch_layout.nb_channels),
          m_planes(static_cast<std::size_t>(m_channels)) {
        SwrContext* raw = nullptr;
        // FFmpeg 5.1 takes the layouts through non-const pointers.
        AVChannelLayout layout = first.ch_layout;
        if (layout.order == AV_CHANNEL_ORDER_UNSPEC)  // e.g. a WAV without a channel mask
            av_channel_layout_default(&layout, layout.nb_channels);
        int rc = swr_alloc_set_opts2(&raw, &layout, AV_SAMPLE_FMT_FLTP, outputRateHz, &layout,
                                     static_cast<AVSampleFormat>(first.format), first.sample_rate,
                                     0, nullptr);
        m_swr.reset(raw);
        if (rc >= 0)
            rc = swr_init(m_swr.get());
        if (rc < 0)
            throw Error(ErrorKind::BadInput,
                        path + ": the audio format cannot be converted (" + avErrorText(rc) + ")",
                        path);
    }

    int channels() const { return m_channels; }

    // Converts one frame (or flushes with nullptr); the planes are valid until the next call.
    const std::vector<std::vector<float>>& convert(const AVFrame* frame, int& sampleCount) {
        if (frame &&
            (frame->sample_rate != m_inputRateHz || frame->ch_layout.nb_channels != m_channels))
            throw Error(ErrorKind::BadInput,
                        m_path +
                            ": the sample rate or channel count changes in the middle of "
                            "the audio; convert the file to WAV first",
                        m_path);
        const int inputCount = frame ? frame->nb_samples : 0;
        const int capacity = swr_get_out_samples(m_swr.get(), inputCount);
        std::vector<std::uint8_t*> pointers(m_planes.size());
        for (std::size_t c = 0; c < m_planes.size(); ++c) {
            m_planes[c].resize(static_cast<std::size_t>(std::max(capacity, 0)));
            pointers[c] = reinterpret_cast<std::uint8_t*>(m_planes[c].data());
        }
        const int converted = swr_convert(
            m_swr.get(), pointers.data(), capacity,
            frame ? const_cast<const std::uint8_t**>(frame->extended_data) : nullptr, inputCount);
        if (converted < 0)
            throw Error(ErrorKind::BadInput,
                        m_path + ": converting the audio failed (" + avErrorText(converted) + ")",
                        m_path);
        sampleCount = converted;
        return m_planes;
    }

private:
    std::string m_path;
    int m_inputRateHz;
    int m_channels;
    SwrContextPtr m_swr;
    std::vector<std::vector<float>> m_planes;
};

// Per-channel resampling to the target rate, then the mean over channels (after resampling,
// as V-Express does).
class MonoResampler {
public:
    MonoResampler(int channels, int inputRateHz, int outputRateHz) : m_perChannel(channels) {
        for (int c = 0; c < channels; ++c)
            m_resamplers.emplace_back(inputRateHz, outputRateHz);
    }

    void push(const std::vector<std::vector<float>>& planes, int count, std::vector<float>& mono) {
        for (std::size_t c = 0; c < m_resamplers.size(); ++c)
            m_resamplers[c].push(planes[c].data(), static_cast<std::size_t>(count),
                                 m_perChannel[c]);
        average(mono);
    }

    void finish(std::vector<float>& mono) {
        for (std::size_t c = 0; c < m_resamplers.size(); ++c)
            m_resamplers[c].finish(m_perChannel[c]);
        average(mono);
    }

private:
    void average(std::vector<float>& mono) {
        // Every channel received the same input, so each holds the same number of new samples.
        const std::size_t count = m_perChannel[0].size();
        const auto channels = static_cast<float>(m_perChannel.size());
        for (std::size_t i = 0; i < count; ++i) {
            float sum = 0.0f;
            for (const auto& channel : m_perChannel)
                sum += channel[i];
            mono.push_back(sum / channels);
        }
        for (auto& channel : m_perChannel)
            channel.clear();
    }

    std::vector<SincResampler> m_resamplers;
    std::vector<std::vector<float>> m_perChannel;
};

void appendChannelMean(const std::vector<std::vector<float>>& planes, int count,
                       std::vector<float>& mono) {
    const auto channels = static_cast<float>(planes.size());
    for (int i = 0; i < count; ++i) {
        float sum = 0.0f;
        for (const auto& plane : planes)
            sum += plane[static_cast<std::size_t>(i)];
        mono.push_back(sum / channels);
    }
}

// FFmpeg's WAV demuxer clamps the declared length to the file's size, so a WAV cut short
// decodes without complaint; its RIFF header still says how many bytes of samples there
// should be. Returns {declared, present} when the file is such a WAV and is short.
std::optional<std::pair<std::uint64_t, std::uint64_t>> truncatedWavData(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    char riff[12];
    if (!file.read(riff, sizeof riff) || std::memcmp(riff, "RIFF", 4) != 0 ||
        std::memcmp(riff + 8, "WAVE", 4) != 0)
        return std::nullopt;
    std::error_code ec;
    const std::uint64_t fileSize = std::filesystem::file_size(path, ec);
    if (ec)
        return std::nullopt;
    unsigned char chunk[8];
    while (file.read(reinterpret_cast<char*>(chunk), sizeof chunk)) {
        const std::uint64_t size = chunk[4] | (chunk[5] << 8) | (chunk[6] << 16) |
                                   (static_cast<std::uint64_t>(chunk[7]) << 24);
        const auto dataStart = static_cast<std::uint64_t>(file.tellg());
        if (std::memcmp(chunk, "data", 4) == 0) {
            // 0 and 0xFFFFFFFF mark a WAV written as a stream, with no length.
            if (size == 0 || size == 0xFFFFFFFFu || dataStart + size <= fileSize)
                return std::nullopt;
            return std::make_pair(size, fileSize - dataStart);
        }
        file.seekg(static_cast<std::streamoff>(size + (size & 1)), std::ios::cur);
    }
    return std::nullopt;
}

bool allFinite(const std::vector<std::vector<float>>& planes, int count) {
    for (const auto& plane : planes)
        for (int i = 0; i < count; ++i)
            if (!std::isfinite(plane[static_cast<std::size_t>(i)]))
                return false;
    return true;
}

float peakOf(const std::vector<std::vector<float>>& planes, int count) {
    float peak = 0.0f;
    for (const auto& plane : planes)
        for (int i = 0; i < count; ++i)
            peak = std::max(peak, std::fabs(plane[static_cast<std::size_t>(i)]));
    return peak;
}

}  // namespace

AudioInfo probeAudio(const std::filesystem::path& path) {
    return probeAudioStream(path.string());
}

DecodedAudio decodeAudio(const std::filesystem::path& filePath, const AudioDecodeOptions& options) {
    const std::string path = filePath.string();
    if (options.targetRateHz <= 0)
        throw Error(ErrorKind::Internal, "decodeAudio: the target rate must be positive");
    AudioStreamReader reader(path);
    DecodedAudio result;
    result.source = reader.info();
    result.sampleRateHz = options.targetRateHz;
    const double maxSeconds = options.maxDurationSeconds;
    const std::string tooLong = path + ": the recording is longer than the maximum of " +
                                seconds(maxSeconds) + "; trim it or split it into parts";
    if (maxSeconds > 0 && result.source.durationSeconds > maxSeconds &&
        !result.source.durationIsEstimate)
        throw Error(ErrorKind::BadInput, tooLong, path);
    if (result.source.durationSeconds > 0)
        result.samples.reserve(static_cast<std::size_t>(
            std::min(result.source.durationSeconds, maxSeconds > 0 ? maxSeconds : 1e9) *
                options.targetRateHz +
            options.targetRateHz));

    std::unique_ptr<PlanarFloatConverter> converter;
    std::unique_ptr<MonoResampler> sinc;
    const bool useSinc = options.resampler == AudioResampler::TorchaudioSinc;
    float peak = 0.0f;
    int sourceRateHz = 0;
    bool viaIntermediate = false;  // the sinc resampler starts from kIntermediateRateHz
    reader.decode(
        [&](const AVFrame& frame) {
            if (!converter) {
                // The decoder may output another rate than the container declared.
                if (frame.sample_rate <= 0 || frame.sample_rate > kMaxSampleRateHz)
                    throw Error(ErrorKind::BadInput,
                                path + ": the audio decodes at " +
                                    std::to_string(frame.sample_rate) +
                                    " Hz, which no recording has; the file is damaged",
                                path);
                sourceRateHz = frame.sample_rate;
                viaIntermediate =
                    useSinc && SincResampler::kernelTapCount(
                                   frame.sample_rate, options.targetRateHz) > kMaxSincKernelTaps;
                const int sincInputRateHz =
                    viaIntermediate ? kIntermediateRateHz : frame.sample_rate;
                converter = std::make_unique<PlanarFloatConverter>(
                    frame, useSinc ? sincInputRateHz : options.targetRateHz, path);
                if (useSinc)
                    sinc = std::make_unique<MonoResampler>(converter->channels(), sincInputRateHz,
                                                           options.targetRateHz);
            }
            int count = 0;
            const auto& planes = converter->convert(&frame, count);
            // A float recording may hold NaN or infinity: refused here, at once, rather than by
            // the AAC encoder after the whole job.
            if (!allFinite(planes, count))
                throw Error(ErrorKind::BadInput,
                            path +
                                ": the recording holds samples that are not numbers (NaN or "
                                "infinite values); export it again as 16-bit PCM WAV",
                            path);
            peak = std::max(peak, peakOf(planes, count));
            if (useSinc) {
                result.sourceFrameCount += viaIntermediate ? frame.nb_samples : count;
                sinc->push(planes, count, result.samples);
            } else {
                result.sourceFrameCount += frame.nb_samples;
                appendChannelMean(planes, count, result.samples);
            }
            if (maxSeconds > 0 &&
                static_cast<double>(result.sourceFrameCount) / frame.sample_rate > maxSeconds)
                throw Error(ErrorKind::BadInput, tooLong, path);
        },
        options.shouldAbort);

    if (!converter || result.sourceFrameCount == 0)
        throw Error(
            ErrorKind::BadInput,
            path + ": the audio track contains no samples" +
                (reader.skippedPackets() > 0 ? " that could be decoded (the file is damaged)"
                                             : "") +
                "; choose another recording",
            path);
    if (useSinc) {
        if (viaIntermediate) {  // what libswresample still holds
            int count = 0;
            const auto& planes = converter->convert(nullptr, count);
            sinc->push(planes, count, result.samples);
        }
        sinc->finish(result.samples);
    } else {
        int count = 0;
        const auto& planes = converter->convert(nullptr, count);
        appendChannelMean(planes, count, result.samples);
    }

    if (const auto wav = truncatedWavData(path))
        throw Error(ErrorKind::BadInput,
                    path + ": the WAV header promises " + std::to_string(wav->first) +
                        " bytes of audio but the file holds only " + std::to_string(wav->second) +
                        "; it is truncated, copy or export it again",
                    path);
    const double decodedSeconds = static_cast<double>(result.sourceFrameCount) / sourceRateHz;
    const double declared = result.source.durationSeconds;
    if (declared > 0 && !result.source.durationIsEstimate &&
        decodedSeconds < declared * kTruncatedFraction - kTruncatedSlackSeconds)
        throw Error(ErrorKind::BadInput,
                    path + ": the file declares " + seconds(declared) + " of audio but only " +
                        seconds(decodedSeconds) +
                        " could be decoded; it is truncated or damaged, export it again",
                    path);
    if (options.silence == SilencePolicy::Reject && peak < kSilencePeak)
        throw Error(ErrorKind::BadInput,
                    path + ": the recording is silent; choose a recording with speech", path);
    return result;
}

}  // namespace vx::media
