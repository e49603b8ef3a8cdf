// Internal to the MP4 writer: the AAC track re-encoded from the user's original audio file
// (not the 16 kHz copy the engine hears), cut at the video's length. Audio is encoded as the
// video advances, so the muxer can interleave the two tracks.
#pragma once

#include "media/audio_stream_reader.h"
#include "media/av_resources.h"

#include <cstdint>
#include <functional>
#include <string>

namespace vx::media {

class AudioTrackEncoder {
public:
    using PacketSink = std::function<void(AVPacket&)>;

    // Opens the source and adds an AAC stream to `output` (before its header is written).
    // The source's rate is kept when AAC supports it (else 48 kHz); mono stays mono and
    // anything wider is downmixed to stereo. Throws vx::Error(BadInput) for an unusable source.
    AudioTrackEncoder(const std::string& sourcePath, AVFormatContext& output, int bitRate);

    // Encodes the source up to `seconds` of the output timeline (less if the source ends
    // sooner) and hands each packet, in the stream's time base, to `sink`.
    void encodeUntil(double seconds, const PacketSink& sink);
    // Encodes up to exactly `seconds` (the video's length), then drains the encoder.
    void finish(double seconds, const PacketSink& sink);

    std::int64_t samplesEncoded() const { return m_samplesEncoded; }

private:
    void configureConverter(int sampleFormat, int sampleRateHz, const AVChannelLayout& layout);
    bool fillFifo(std::int64_t samplesWanted);
    void encodeFrames(std::int64_t targetSamples, bool allowPartial, const PacketSink& sink);
    void sendToEncoder(const AVFrame* frame, const PacketSink& sink);

    std::string m_sourcePath;
    AudioStreamReader m_reader;
    AvCodecContextPtr m_encoder;
    SwrContextPtr m_swr;
    AvAudioFifoPtr m_fifo;
    AvPacketPtr m_packet;
    AVStream* m_stream = nullptr;
    int m_converterFormat = -1;
    int m_converterRateHz = 0;
    int m_converterChannels = 0;
    bool m_sourceDone = false;
    bool m_finished = false;
    std::int64_t m_samplesEncoded = 0;
};

}  // namespace vx::media
