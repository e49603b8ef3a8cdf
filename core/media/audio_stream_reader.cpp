#include "media/audio_stream_reader.h"

#include "common/error.h"

namespace vx::media {
namespace {

AudioInfo describeStream(const std::string& path, const AVFormatContext& input,
                         const AVStream& stream) {
    AudioInfo info;
    info.path = path;
    info.codecName = avcodec_get_name(stream.codecpar->codec_id);
    info.sampleRateHz = stream.codecpar->sample_rate;
    info.channelCount = stream.codecpar->ch_layout.nb_channels;
    if (stream.duration != AV_NOPTS_VALUE && stream.duration > 0)
        info.durationSeconds = static_cast<double>(stream.duration) * av_q2d(stream.time_base);
    else if (input.duration != AV_NOPTS_VALUE && input.duration > 0)
        info.durationSeconds = static_cast<double>(input.duration) / AV_TIME_BASE;
    info.durationIsEstimate = input.duration_estimation_method == AVFMT_DURATION_FROM_BITRATE;
    return info;
}

int findAudioStream(const std::string& path, AVFormatContext& input) {
    const int index = av_find_best_stream(&input, AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
    if (index < 0)
        throw Error(ErrorKind::BadInput,
                    path + ": the file has no audio track; choose a recording with a voice", path);
    const AVCodecParameters& par = *input.streams[index]->codecpar;
    if (par.sample_rate <= 0 || par.ch_layout.nb_channels <= 0)
        throw Error(ErrorKind::BadInput,
                    path +
                        ": the audio track has no sample rate or no channels; the file may "
                        "be damaged",
                    path);
    if (par.sample_rate > kMaxSampleRateHz)
        throw Error(ErrorKind::BadInput,
                    path + ": the audio track declares a sample rate of " +
                        std::to_string(par.sample_rate) +
                        " Hz, which no recording has; the file is damaged",
                    path);
    return index;
}

}  // namespace

AudioStreamReader::AudioStreamReader(const std::string& path)
    : m_path(path), m_input(openInput(path)), m_frame(makeFrame()), m_packet(makePacket()) {
    m_streamIndex = findAudioStream(path, *m_input);
    const AVStream& stream = *m_input->streams[m_streamIndex];
    m_info = describeStream(path, *m_input, stream);

    const AVCodec* codec = avcodec_find_decoder(stream.codecpar->codec_id);
    if (!codec)
        throw Error(ErrorKind::BadInput,
                    path + ": the audio codec '" + m_info.codecName +
                        "' is not supported; convert the file to WAV or MP3",
                    path);
    m_decoder = makeCodecContext(codec);
    int rc = avcodec_parameters_to_context(m_decoder.get(), stream.codecpar);
    if (rc >= 0)
        rc = avcodec_open2(m_decoder.get(), codec, nullptr);
    if (rc < 0)
        throw Error(ErrorKind::BadInput,
                    path + ": the audio decoder could not be opened (" + avErrorText(rc) +
                        "); the file may be damaged",
                    path);
    // Discard every other stream so that video packets of a movie are not even read into
    // packets we would throw away.
    for (unsigned i = 0; i < m_input->nb_streams; ++i)
        if (static_cast<int>(i) != m_streamIndex)
            m_input->streams[i]->discard = AVDISCARD_ALL;
}

int AudioStreamReader::receive() {
    for (;;) {
        const int rc = avcodec_receive_frame(m_decoder.get(), m_frame.get());
        if (rc == AVERROR_INVALIDDATA) {
            ++m_skippedPackets;
            continue;
        }
        if (rc < 0 && rc != AVERROR(EAGAIN) && rc != AVERROR_EOF)
            throw Error(ErrorKind::BadInput,
                        m_path + ": the audio could not be decoded (" + avErrorText(rc) +
                            "); the file may be damaged",
                        m_path);
        return rc;
    }
}

const AVFrame* AudioStreamReader::nextFrame(const std::function<bool()>& shouldAbort) {
    av_frame_unref(m_frame.get());
    while (!m_finished) {
        int rc = receive();
        if (rc == 0)
            return m_frame.get();
        if (rc == AVERROR_EOF || m_draining) {
            m_finished = true;
            break;
        }
        if (shouldAbort && shouldAbort())
            throw Error(ErrorKind::Cancelled, m_path + ": decoding was cancelled", m_path);
        rc = av_read_frame(m_input.get(), m_packet.get());
        if (rc == AVERROR_EOF) {
            m_draining = true;
            avcodec_send_packet(m_decoder.get(), nullptr);
            continue;
        }
        if (rc < 0)
            throw Error(ErrorKind::BadInput,
                        m_path + ": reading the audio failed (" + avErrorText(rc) +
                            "); the file may be truncated or damaged",
                        m_path);
        if (m_packet->stream_index == m_streamIndex) {
            rc = avcodec_send_packet(m_decoder.get(), m_packet.get());
            if (rc == AVERROR_INVALIDDATA)
                ++m_skippedPackets;
            else if (rc < 0 && rc != AVERROR(EAGAIN))
                throw Error(ErrorKind::BadInput,
                            m_path + ": the audio could not be decoded (" + avErrorText(rc) +
                                "); the file may be damaged",
                            m_path);
        }
        av_packet_unref(m_packet.get());
    }
    return nullptr;
}

void AudioStreamReader::decode(const std::function<void(const AVFrame&)>& onFrame,
                               const std::function<bool()>& shouldAbort) {
    while (const AVFrame* frame = nextFrame(shouldAbort))
        onFrame(*frame);
}

AudioInfo probeAudioStream(const std::string& path) {
    AvInputFormatPtr input = openInput(path);
    const int index = findAudioStream(path, *input);
    return describeStream(path, *input, *input->streams[index]);
}

}  // namespace vx::media
