#include "media/audio_track_encoder.h"

#include "common/error.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
}

#include <algorithm>
#include <cmath>

namespace vx::media {
namespace {

int chooseSampleRate(const AVCodec& codec, int sourceRateHz) {
    if (!codec.supported_samplerates)
        return sourceRateHz;
    for (const int* rate = codec.supported_samplerates; *rate; ++rate)
        if (*rate == sourceRateHz)
            return sourceRateHz;
    return 48000;
}

[[noreturn]] void internalFailure(const std::string& what, int rc) {
    throw Error(ErrorKind::Internal, "AAC encoding: " + what + " (" + avErrorText(rc) + ")");
}

}  // namespace

AudioTrackEncoder::AudioTrackEncoder(const std::string& sourcePath, AVFormatContext& output,
                                     int bitRate)
    : m_sourcePath(sourcePath), m_reader(sourcePath), m_packet(makePacket()) {
    const AVCodec* codec = avcodec_find_encoder(AV_CODEC_ID_AAC);
    if (!codec)
        throw Error(ErrorKind::Internal, "this FFmpeg build has no AAC encoder");
    const AudioInfo& source = m_reader.info();
    m_encoder = makeCodecContext(codec);
    m_encoder->sample_fmt = AV_SAMPLE_FMT_FLTP;
    m_encoder->sample_rate = chooseSampleRate(*codec, source.sampleRateHz);
    if (source.channelCount == 1)
        av_channel_layout_default(&m_encoder->ch_layout, 1);
    else
        av_channel_layout_default(&m_encoder->ch_layout, 2);
    // FFmpeg's AAC encoder spends at most 6144 bits per channel per 1024-sample frame: ask
    // for no more (192 kb/s is too much for 22.05 kHz mono, for example).
    const std::int64_t maxBitRate =
        std::int64_t{6144} * m_encoder->ch_layout.nb_channels * m_encoder->sample_rate / 1024;
    m_encoder->bit_rate = std::min<std::int64_t>(bitRate, maxBitRate);
    m_encoder->time_base = AVRational{1, m_encoder->sample_rate};
    if (output.oformat->flags & AVFMT_GLOBALHEADER)
        m_encoder->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    int rc = avcodec_open2(m_encoder.get(), codec, nullptr);
    if (rc < 0)
        internalFailure("the encoder could not be opened", rc);

    m_stream = avformat_new_stream(&output, nullptr);
    if (!m_stream)
        throw Error(ErrorKind::Internal, "the MP4 muxer could not add an audio stream");
    m_stream->time_base = m_encoder->time_base;
    rc = avcodec_parameters_from_context(m_stream->codecpar, m_encoder.get());
    if (rc < 0)
        internalFailure("the stream parameters could not be set", rc);

    const AVCodecContext& decoder = m_reader.codec();
    configureConverter(decoder.sample_fmt, decoder.sample_rate, decoder.ch_layout);
    m_fifo.reset(av_audio_fifo_alloc(m_encoder->sample_fmt, m_encoder->ch_layout.nb_channels,
                                     m_encoder->frame_size > 0 ? m_encoder->frame_size : 1024));
    if (!m_fifo)
        throw Error(ErrorKind::Internal, "AAC encoding: out of memory for the sample queue");
}

// A converter from the source's format to the encoder's. Rebuilt when a decoded frame turns
// out to differ from what the decoder announced (some decoders settle their format only on
// the first frame).
void AudioTrackEncoder::configureConverter(int sampleFormat, int sampleRateHz,
                                           const AVChannelLayout& layout) {
    SwrContext* raw = nullptr;
    AVChannelLayout sourceLayout = layout;  // FFmpeg 5.1 wants non-const pointers
    if (sourceLayout.order == AV_CHANNEL_ORDER_UNSPEC)
        av_channel_layout_default(&sourceLayout, sourceLayout.nb_channels);
    int rc = swr_alloc_set_opts2(
        &raw, &m_encoder->ch_layout, m_encoder->sample_fmt, m_encoder->sample_rate, &sourceLayout,
        static_cast<AVSampleFormat>(sampleFormat), sampleRateHz, 0, nullptr);
    m_swr.reset(raw);
    if (rc >= 0)
        rc = swr_init(m_swr.get());
    if (rc < 0)
        throw Error(
            ErrorKind::BadInput,
            m_sourcePath + ": the audio cannot be converted for AAC (" + avErrorText(rc) + ")",
            m_sourcePath);
    m_converterFormat = sampleFormat;
    m_converterRateHz = sampleRateHz;
    m_converterChannels = layout.nb_channels;
}

// Decodes and converts until the queue holds samplesWanted or the source ends.
bool AudioTrackEncoder::fillFifo(std::int64_t samplesWanted) {
    while (av_audio_fifo_size(m_fifo.get()) < samplesWanted && !m_sourceDone) {
        const AVFrame* frame = m_reader.nextFrame();
        if (frame &&
            (frame->format != m_converterFormat || frame->sample_rate != m_converterRateHz ||
             frame->ch_layout.nb_channels != m_converterChannels))
            configureConverter(frame->format, frame->sample_rate, frame->ch_layout);
        const int inputCount = frame ? frame->nb_samples : 0;
        const int capacity = swr_get_out_samples(m_swr.get(), inputCount);
        if (capacity > 0) {
            AvFramePtr converted = makeFrame();
            converted->format = m_encoder->sample_fmt;
            converted->nb_samples = capacity;
            av_channel_layout_copy(&converted->ch_layout, &m_encoder->ch_layout);
            int rc = av_frame_get_buffer(converted.get(), 0);
            if (rc < 0)
                internalFailure("out of memory for converted audio", rc);
            const int count = swr_convert(
                m_swr.get(), converted->extended_data, capacity,
                frame ? const_cast<const std::uint8_t**>(frame->extended_data) : nullptr,
                inputCount);
            if (count < 0)
                throw Error(
                    ErrorKind::BadInput,
                    m_sourcePath + ": converting the audio failed (" + avErrorText(count) + ")",
                    m_sourcePath);
            if (count > 0 && av_audio_fifo_write(m_fifo.get(),
                                                 reinterpret_cast<void**>(converted->extended_data),
                                                 count) < count)
                throw Error(ErrorKind::Internal, "AAC encoding: the sample queue is full");
        }
        if (!frame)
            m_sourceDone = true;
    }
    return av_audio_fifo_size(m_fifo.get()) >= samplesWanted;
}

void AudioTrackEncoder::sendToEncoder(const AVFrame* frame, const PacketSink& sink) {
    int rc = avcodec_send_frame(m_encoder.get(), frame);
    if (rc < 0 && rc != AVERROR_EOF)
        internalFailure("the encoder refused a frame", rc);
    for (;;) {
        rc = avcodec_receive_packet(m_encoder.get(), m_packet.get());
        if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
            return;
        if (rc < 0)
            internalFailure("the encoder failed", rc);
        m_packet->stream_index = m_stream->index;
        av_packet_rescale_ts(m_packet.get(), m_encoder->time_base, m_stream->time_base);
        sink(*m_packet);
        av_packet_unref(m_packet.get());
    }
}

// Encodes whole encoder frames up to targetSamples, and with allowPartial a last short frame.
void AudioTrackEncoder::encodeFrames(std::int64_t targetSamples, bool allowPartial,
                                     const PacketSink& sink) {
    const int frameSize = m_encoder->frame_size > 0 ? m_encoder->frame_size : 1024;
    for (;;) {
        const std::int64_t remaining = targetSamples - m_samplesEncoded;
        if (remaining <= 0)
            return;
        const std::int64_t wanted = std::min<std::int64_t>(frameSize, remaining);
        const bool haveAll = fillFifo(wanted);
        if (!haveAll && !allowPartial && !m_sourceDone)
            return;
        if (wanted < frameSize && !allowPartial)
            return;
        const int count =
            static_cast<int>(std::min<std::int64_t>(wanted, av_audio_fifo_size(m_fifo.get())));
        if (count <= 0)
            return;  // the source has ended
        AvFramePtr frame = makeFrame();
        frame->format = m_encoder->sample_fmt;
        frame->nb_samples = count;
        frame->sample_rate = m_encoder->sample_rate;
        av_channel_layout_copy(&frame->ch_layout, &m_encoder->ch_layout);
        int rc = av_frame_get_buffer(frame.get(), 0);
        if (rc < 0)
            internalFailure("out of memory for an audio frame", rc);
        if (av_audio_fifo_read(m_fifo.get(), reinterpret_cast<void**>(frame->extended_data),
                               count) < count)
            internalFailure("the sample queue ran dry", AVERROR_BUG);
        frame->pts = m_samplesEncoded;
        m_samplesEncoded += count;
        sendToEncoder(frame.get(), sink);
        if (count < frameSize)
            return;  // a short frame is the last one the encoder accepts
    }
}

void AudioTrackEncoder::encodeUntil(double seconds, const PacketSink& sink) {
    if (m_finished)
        return;
    encodeFrames(std::llround(seconds * m_encoder->sample_rate), false, sink);
}

void AudioTrackEncoder::finish(double seconds, const PacketSink& sink) {
    if (m_finished)
        return;
    encodeFrames(std::llround(seconds * m_encoder->sample_rate), true, sink);
    m_finished = true;
    sendToEncoder(nullptr, sink);
}

}  // namespace vx::media
