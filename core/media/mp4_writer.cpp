#include "media/mp4_writer.h"

#include "common/error.h"
#include "media/audio_track_encoder.h"
#include "media/av_resources.h"

extern "C" {
#include <libavutil/opt.h>
#include <libavutil/rational.h>
}

#include <opencv2/core.hpp>

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <cerrno>
#include <optional>
#include <random>
#include <sstream>
#include <system_error>

namespace vx::media {
namespace fs = std::filesystem;

FrameRate FrameRate::fromDouble(double fps) {
    if (!(fps > 0.0))
        throw Error(ErrorKind::BadInput,
                    "the frame rate must be positive, got " + std::to_string(fps));
    const AVRational q = av_d2q(fps, 100000);
    return FrameRate{q.num, q.den};
}

namespace {
// H.264 and AAC go into these containers with the same settings (and +faststart).
const std::pair<const char*, const char*> kContainers[] = {
    {".mp4", "mp4"}, {".m4v", "mp4"}, {".mov", "mov"}};
}  // namespace

std::optional<std::string> containerForOutput(const fs::path& target) {
    std::string extension = target.extension().string();
    for (char& c : extension)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const auto& [suffix, muxer] : kContainers)
        if (extension == suffix)
            return std::string(muxer);
    return std::nullopt;
}

std::string supportedOutputExtensions() {
    return ".mp4, .m4v or .mov";
}

namespace {

// ".<stem>.vx-partial-<host>-": the host keeps a writer on shared storage from taking another
// machine's live file for an abandoned one.
std::string partialPrefixFor(const fs::path& target) {
    char host[256] = {};
    if (::gethostname(host, sizeof host - 1) != 0)
        host[0] = '\0';
    return "." + target.stem().string() + ".vx-partial-" + host + "-";
}

fs::path temporaryPathFor(const fs::path& target) {
    static std::atomic<unsigned> counter{0};
    std::random_device random;
    std::ostringstream name;
    name << partialPrefixFor(target) << ::getpid() << "-" << std::hex << random() << "-"
         << counter++ << ".mp4";
    return target.parent_path() / name.str();
}

// A writer killed with SIGKILL or by a power cut cannot delete its temporary file; the next writer
// of the same target removes those whose process (on this host) is gone.
void removeAbandonedPartials(const fs::path& target) {
    const std::string prefix = partialPrefixFor(target);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code ec;
    for (auto it = fs::directory_iterator(folder, ec); !ec && it != fs::directory_iterator();
         it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.rfind(prefix, 0) != 0)
            continue;
        const std::string rest = name.substr(prefix.size());
        const size_t dash = rest.find('-');
        if (dash == 0 || dash == std::string::npos || rest.find_first_not_of("0123456789") != dash)
            continue;
        const long pid = std::stol(rest.substr(0, dash));
        if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH) {
            std::error_code removeError;
            fs::remove(it->path(), removeError);
        }
    }
}

// x264 0.164 (Debian 12) reads memory it never wrote in its AVX-512 routines: the same frames,
// encoded after other work has left different bytes on the heap, give a different bitstream (and
// different decoded pixels). A video must depend on its frames and settings only, so x264 gets
// the instruction sets up to AVX2 that this CPU has. Encoding is a small part of a render.
std::optional<std::string> x264InstructionSets() {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") &&
        __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2"))
        return "AVX2";
    if (__builtin_cpu_supports("avx"))
        return "AVX";
    if (__builtin_cpu_supports("sse4.2"))
        return "SSE4.2";
    if (__builtin_cpu_supports("ssse3"))
        return "SSSE3";
    if (__builtin_cpu_supports("sse2"))
        return "SSE2";
#endif
    return std::nullopt;  // other architectures: x264's own choice
}

[[noreturn]] void ioFailure(const fs::path& target, const std::string& what, int rc) {
    throw Error(ErrorKind::Io,
                what + " (" + avErrorText(rc) +
                    "); check that the folder exists, is writable and has free space",
                target.string());
}

}  // namespace

struct Mp4Writer::State {
    fs::path target;
    fs::path temporary;
    Mp4WriterOptions options;
    int encodedWidth = 0;
    int encodedHeight = 0;
    AvOutputFormatPtr output;
    AvCodecContextPtr video;
    AVStream* videoStream = nullptr;
    std::optional<AudioTrackEncoder> audio;
    SwsContextPtr sws;
    AvFramePtr yuv;
    AvPacketPtr packet;
    std::int64_t frames = 0;
    bool headerWritten = false;
    bool done = false;  // finished or cancelled

    void writePacket(AVPacket& p) {
        const int rc = av_interleaved_write_frame(output.get(), &p);
        if (rc < 0)
            ioFailure(target, "writing the video failed", rc);
    }

    void drainVideo(const AVFrame* frame) {
        int rc = avcodec_send_frame(video.get(), frame);
        if (rc < 0 && rc != AVERROR_EOF)
            throw Error(ErrorKind::Internal,
                        "H.264 encoding: the encoder refused a frame (" + avErrorText(rc) + ")");
        for (;;) {
            rc = avcodec_receive_packet(video.get(), packet.get());
            if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
                return;
            if (rc < 0)
                throw Error(ErrorKind::Internal, "H.264 encoding failed (" + avErrorText(rc) + ")");
            packet->stream_index = videoStream->index;
            av_packet_rescale_ts(packet.get(), video->time_base, videoStream->time_base);
            writePacket(*packet);
        }
    }

    double videoSeconds() const {
        return static_cast<double>(frames) * options.fps.denominator / options.fps.numerator;
    }

    void openVideoEncoder() {
        const AVCodec* codec = avcodec_find_encoder_by_name("libx264");
        if (!codec)
            throw Error(ErrorKind::Internal, "this FFmpeg build has no libx264 encoder");
        video = makeCodecContext(codec);
        video->width = encodedWidth;
        video->height = encodedHeight;
        video->pix_fmt = AV_PIX_FMT_YUV420P;
        video->time_base = AVRational{options.fps.denominator, options.fps.numerator};
        video->framerate = AVRational{options.fps.numerator, options.fps.denominator};
        // swscale's RGB->YUV conversion uses the BT.601 matrix and limited range: say so.
        video->colorspace = AVCOL_SPC_SMPTE170M;
        video->color_primaries = AVCOL_PRI_SMPTE170M;
        video->color_trc = AVCOL_TRC_SMPTE170M;
        video->color_range = AVCOL_RANGE_MPEG;
        if (output->oformat->flags & AVFMT_GLOBALHEADER)
            video->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
        AVDictionary* settings = nullptr;
        av_dict_set(&settings, "crf", std::to_string(options.crf).c_str(), 0);
        av_dict_set(&settings, "preset", options.x264Preset.c_str(), 0);
        if (const auto sets = x264InstructionSets())
            av_dict_set(&settings, "x264-params", ("asm=" + *sets).c_str(), 0);
        const int rc = avcodec_open2(video.get(), codec, &settings);
        av_dict_free(&settings);
        if (rc < 0)
            throw Error(ErrorKind::Internal,
                        "H.264 encoding: libx264 could not be opened (" + avErrorText(rc) + ")");
        videoStream = avformat_new_stream(output.get(), nullptr);
        if (!videoStream)
            throw Error(ErrorKind::Internal, "the MP4 muxer could not add a video stream");
        videoStream->time_base = video->time_base;
        videoStream->avg_frame_rate = video->framerate;
        avcodec_parameters_from_context(videoStream->codecpar, video.get());

        yuv = makeFrame();
        yuv->format = video->pix_fmt;
        yuv->width = encodedWidth;
        yuv->height = encodedHeight;
        if (av_frame_get_buffer(yuv.get(), 0) < 0)
            throw Error(ErrorKind::Internal, "H.264 encoding: out of memory for a frame");
        sws.reset(sws_getContext(encodedWidth, encodedHeight, AV_PIX_FMT_RGB24, encodedWidth,
                                 encodedHeight, AV_PIX_FMT_YUV420P, SWS_BICUBIC, nullptr, nullptr,
                                 nullptr));
        if (!sws)
            throw Error(ErrorKind::Internal, "H.264 encoding: no RGB to YUV converter");
    }

    // However the writer ends without finish() (exception in the constructor included), the
    // temporary file goes.
    ~State() {
        if (!done)
            removeTemporary();
    }

    void removeTemporary() noexcept {
        output.reset();  // closes the file first
        std::error_code ec;
        fs::remove(temporary, ec);
    }
};

Mp4Writer::Mp4Writer(const fs::path& target, const Mp4WriterOptions& options)
    : m_state(std::make_unique<State>()) {
    State& s = *m_state;
    s.target = target;
    s.options = options;
    if (options.width <= 0 || options.height <= 0)
        throw Error(ErrorKind::BadInput, target.string() + ": the video size must be positive",
                    target.string());
    if (options.fps.numerator <= 0 || options.fps.denominator <= 0)
        throw Error(ErrorKind::BadInput, target.string() + ": the frame rate must be positive",
                    target.string());
    if (options.crf < 0 || options.crf > 51)
        throw Error(ErrorKind::BadInput,
                    target.string() + ": the quality (CRF) must be between 0 and 51",
                    target.string());
    s.encodedWidth = options.width + (options.width % 2);
    s.encodedHeight = options.height + (options.height % 2);
    std::error_code ec;
    if (fs::is_directory(target, ec))
        throw Error(ErrorKind::Io, target.string() + ": is a folder; choose a file name",
                    target.string());
    const auto container = containerForOutput(target);
    if (!container)
        throw Error(ErrorKind::BadInput,
                    "the extension '" + target.extension().string() +
                        "' names no container this writer supports; use " +
                        supportedOutputExtensions(),
                    target.string());
    removeAbandonedPartials(target);
    s.temporary = temporaryPathFor(target);
    s.packet = makePacket();

    AVFormatContext* raw = nullptr;
    int rc = avformat_alloc_output_context2(&raw, nullptr, container->c_str(),
                                            s.temporary.string().c_str());
    if (rc < 0 || !raw)
        throw Error(ErrorKind::Internal,
                    "the MP4 muxer is not available (" + avErrorText(rc) + ")");
    s.output.reset(raw);
    s.openVideoEncoder();
    if (options.audio == AudioTrackMode::FromFile)
        s.audio.emplace(options.audioPath.string(), *s.output, options.audioBitRate);

    rc = avio_open(&s.output->pb, s.temporary.string().c_str(), AVIO_FLAG_WRITE);
    if (rc < 0)
        ioFailure(target, "the file cannot be created", rc);
    AVDictionary* muxerSettings = nullptr;
    av_dict_set(&muxerSettings, "movflags", "+faststart", 0);
    rc = avformat_write_header(s.output.get(), &muxerSettings);
    av_dict_free(&muxerSettings);
    if (rc < 0)
        ioFailure(target, "the file header cannot be written", rc);
    s.headerWritten = true;
}

Mp4Writer::~Mp4Writer() {
    cancel();
}

void Mp4Writer::cancel() noexcept {
    if (!m_state || m_state->done)
        return;
    m_state->done = true;
    m_state->removeTemporary();
}

std::int64_t Mp4Writer::framesWritten() const {
    return m_state->frames;
}

const fs::path& Mp4Writer::temporaryPath() const {
    return m_state->temporary;
}

void Mp4Writer::writeFrame(const cv::Mat& rgb) {
    State& s = *m_state;
    if (s.done)
        throw Error(ErrorKind::Internal, "Mp4Writer::writeFrame after finish() or cancel()");
    if (rgb.type() != CV_8UC3 || rgb.cols != s.options.width || rgb.rows != s.options.height)
        throw Error(ErrorKind::Internal,
                    "Mp4Writer::writeFrame: expected an 8-bit RGB frame of " +
                        std::to_string(s.options.width) + "x" + std::to_string(s.options.height) +
                        ", got " + std::to_string(rgb.cols) + "x" + std::to_string(rgb.rows) +
                        " with " + std::to_string(rgb.channels()) + " channels");
    cv::Mat source = rgb;
    if (s.encodedWidth != rgb.cols || s.encodedHeight != rgb.rows)
        cv::copyMakeBorder(rgb, source, 0, s.encodedHeight - rgb.rows, 0, s.encodedWidth - rgb.cols,
                           cv::BORDER_REPLICATE);
    if (av_frame_make_writable(s.yuv.get()) < 0)
        throw Error(ErrorKind::Internal, "H.264 encoding: out of memory for a frame");
    const std::uint8_t* planes[1] = {source.data};
    const int strides[1] = {static_cast<int>(source.step[0])};
    sws_scale(s.sws.get(), planes, strides, 0, s.encodedHeight, s.yuv->data, s.yuv->linesize);
    s.yuv->pts = s.frames;
    s.drainVideo(s.yuv.get());
    ++s.frames;
    if (s.audio)
        s.audio->encodeUntil(s.videoSeconds(), [&s](AVPacket& p) { s.writePacket(p); });
}

void Mp4Writer::finish() {
    State& s = *m_state;
    if (s.done)
        throw Error(ErrorKind::Internal, "Mp4Writer::finish called twice or after cancel()");
    try {
        if (s.frames == 0)
            throw Error(ErrorKind::Internal, "Mp4Writer::finish: no frame was written");
        s.drainVideo(nullptr);
        if (s.audio)
            s.audio->finish(s.videoSeconds(), [&s](AVPacket& p) { s.writePacket(p); });
        const int rc = av_write_trailer(s.output.get());
        if (rc < 0)
            ioFailure(s.target, "finishing the file failed", rc);
        const int closed = avio_closep(&s.output->pb);
        if (closed < 0)
            ioFailure(s.target, "closing the file failed", closed);
        s.output.reset();
        std::error_code ec;
        fs::rename(s.temporary, s.target, ec);
        if (ec)
            throw Error(ErrorKind::Io,
                        s.target.string() + ": the finished video could not be moved into place (" +
                            ec.message() + ")",
                        s.target.string());
        s.done = true;
    } catch (...) {
        cancel();
        throw;
    }
}

}  // namespace vx::media
