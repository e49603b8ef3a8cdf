#include "media/video_decoder.h"

#include "common/error.h"
#include "media/av_resources.h"

#include <cmath>

namespace vx::media {

struct VideoDecoder::State {
    std::string path;
    AvInputFormatPtr input;
    AvCodecContextPtr decoder;
    AvFramePtr frame;
    AvPacketPtr packet;
    SwsContextPtr sws;
    int streamIndex = -1;
    bool draining = false;
    bool finished = false;
    double lastTime = 0.0;
    VideoInfo info;

    [[noreturn]] void fail(const std::string& what, int rc) const {
        throw Error(ErrorKind::BadInput,
                    what + " (" + avErrorText(rc) + "); the file may be damaged", path);
    }

    // Returns 0 with a frame in `frame`, AVERROR(EAGAIN) when the decoder needs input, or
    // AVERROR_EOF at the end.
    int receive() {
        for (;;) {
            const int rc = avcodec_receive_frame(decoder.get(), frame.get());
            if (rc == AVERROR_INVALIDDATA)
                continue;
            if (rc < 0 && rc != AVERROR(EAGAIN) && rc != AVERROR_EOF)
                fail("the video could not be decoded", rc);
            return rc;
        }
    }

    void toRgb(cv::Mat& rgb) {
        sws.reset(sws_getCachedContext(sws.release(), frame->width, frame->height,
                                       static_cast<AVPixelFormat>(frame->format), frame->width,
                                       frame->height, AV_PIX_FMT_RGB24, SWS_BILINEAR, nullptr,
                                       nullptr, nullptr));
        if (!sws)
            throw Error(ErrorKind::BadInput,
                        path + ": the video's pixel format cannot be converted to RGB", path);
        rgb.create(frame->height, frame->width, CV_8UC3);
        std::uint8_t* destination[1] = {rgb.data};
        const int destinationStride[1] = {static_cast<int>(rgb.step[0])};
        sws_scale(sws.get(), frame->data, frame->linesize, 0, frame->height, destination,
                  destinationStride);
        const AVStream& stream = *input->streams[streamIndex];
        const std::int64_t pts = frame->best_effort_timestamp;
        if (pts != AV_NOPTS_VALUE) {
            const std::int64_t start = stream.start_time != AV_NOPTS_VALUE ? stream.start_time : 0;
            lastTime = static_cast<double>(pts - start) * av_q2d(stream.time_base);
        }
        av_frame_unref(frame.get());
    }
};

VideoDecoder::VideoDecoder(const std::filesystem::path& filePath)
    : m_state(std::make_unique<State>()) {
    State& s = *m_state;
    s.path = filePath.string();
    s.input = openInput(s.path);
    s.frame = makeFrame();
    s.packet = makePacket();
    s.streamIndex = av_find_best_stream(s.input.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (s.streamIndex < 0)
        throw Error(ErrorKind::BadInput, s.path + ": the file has no video track", s.path);
    AVStream& stream = *s.input->streams[s.streamIndex];
    const AVCodec* codec = avcodec_find_decoder(stream.codecpar->codec_id);
    if (!codec)
        throw Error(ErrorKind::BadInput,
                    s.path + ": the video codec '" + avcodec_get_name(stream.codecpar->codec_id) +
                        "' is not supported; convert the file to H.264 MP4",
                    s.path);
    s.decoder = makeCodecContext(codec);
    int rc = avcodec_parameters_to_context(s.decoder.get(), stream.codecpar);
    if (rc >= 0)
        rc = avcodec_open2(s.decoder.get(), codec, nullptr);
    if (rc < 0)
        s.fail("the video decoder could not be opened", rc);

    VideoInfo& info = s.info;
    info.path = s.path;
    info.codecName = avcodec_get_name(stream.codecpar->codec_id);
    info.width = stream.codecpar->width;
    info.height = stream.codecpar->height;
    AVRational rate = stream.avg_frame_rate;
    if (rate.num <= 0 || rate.den <= 0)
        rate = av_guess_frame_rate(s.input.get(), &stream, nullptr);
    if (rate.num > 0 && rate.den > 0) {
        info.fpsNumerator = rate.num;
        info.fpsDenominator = rate.den;
        info.fps = av_q2d(rate);
    }
    if (stream.duration != AV_NOPTS_VALUE && stream.duration > 0)
        info.durationSeconds = static_cast<double>(stream.duration) * av_q2d(stream.time_base);
    else if (s.input->duration != AV_NOPTS_VALUE && s.input->duration > 0)
        info.durationSeconds = static_cast<double>(s.input->duration) / AV_TIME_BASE;
    info.frameCount =
        stream.nb_frames > 0
            ? stream.nb_frames
            : static_cast<std::int64_t>(std::llround(info.durationSeconds * info.fps));
    info.hasAudio = av_find_best_stream(s.input.get(), AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0) >= 0;
    for (unsigned i = 0; i < s.input->nb_streams; ++i)
        if (static_cast<int>(i) != s.streamIndex)
            s.input->streams[i]->discard = AVDISCARD_ALL;
}

VideoDecoder::~VideoDecoder() = default;

const VideoInfo& VideoDecoder::info() const {
    return m_state->info;
}

double VideoDecoder::lastFrameTimeSeconds() const {
    return m_state->lastTime;
}

bool VideoDecoder::readFrame(cv::Mat& rgb) {
    State& s = *m_state;
    while (!s.finished) {
        int rc = s.receive();
        if (rc == 0) {
            rgb = cv::Mat();  // a fresh buffer: frames handed out earlier stay intact
            s.toRgb(rgb);
            return true;
        }
        if (rc == AVERROR_EOF) {
            s.finished = true;
            break;
        }
        if (s.draining) {  // the drained decoder wants no more input: nothing is left
            s.finished = true;
            break;
        }
        rc = av_read_frame(s.input.get(), s.packet.get());
        if (rc == AVERROR_EOF) {
            s.draining = true;
            avcodec_send_packet(s.decoder.get(), nullptr);
            continue;
        }
        if (rc < 0)
            s.fail("reading the video failed", rc);
        if (s.packet->stream_index == s.streamIndex) {
            rc = avcodec_send_packet(s.decoder.get(), s.packet.get());
            if (rc < 0 && rc != AVERROR_INVALIDDATA && rc != AVERROR(EAGAIN))
                s.fail("the video could not be decoded", rc);
        }
        av_packet_unref(s.packet.get());
    }
    return false;
}

std::int64_t forEachVideoFrame(const std::filesystem::path& path,
                               const std::function<bool(const cv::Mat&, std::int64_t)>& onFrame) {
    VideoDecoder decoder(path);
    cv::Mat rgb;
    std::int64_t index = 0;
    while (decoder.readFrame(rgb)) {
        const bool more = onFrame(rgb, index);
        ++index;
        if (!more)
            break;
    }
    return index;
}

}  // namespace vx::media
