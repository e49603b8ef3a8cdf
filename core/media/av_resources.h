// The one place FFmpeg resources are owned: a deleter per AV* type and a std::unique_ptr alias
// for each, so every context, frame and packet in vx_media is released on every path
// (exceptions included). Also the av_strerror helper used in every error message.
#pragma once

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/audio_fifo.h>
#include <libavutil/frame.h>
#include <libswresample/swresample.h>
#include <libswscale/swscale.h>
}

#include <memory>
#include <string>

namespace vx::media {

// FFmpeg's free functions come in two shapes: f(T*) and f(T**). AvDeleter<T> picks the right
// one for each type through the overloads below.
inline void avRelease(AVCodecContext* p) {
    avcodec_free_context(&p);
}
inline void avRelease(AVFrame* p) {
    av_frame_free(&p);
}
inline void avRelease(AVPacket* p) {
    av_packet_free(&p);
}
inline void avRelease(SwsContext* p) {
    sws_freeContext(p);
}
inline void avRelease(SwrContext* p) {
    swr_free(&p);
}
inline void avRelease(AVAudioFifo* p) {
    av_audio_fifo_free(p);
}

template <typename T>
struct AvDeleter {
    void operator()(T* p) const noexcept {
        if (p)
            avRelease(p);
    }
};

// An input (demuxing) context from avformat_open_input: closed with avformat_close_input.
struct AvInputFormatDeleter {
    void operator()(AVFormatContext* p) const noexcept {
        if (p)
            avformat_close_input(&p);
    }
};

// An output (muxing) context: its AVIOContext (if opened) is closed first, then the context
// freed. Closing does not write a trailer; callers that finish a file call av_write_trailer.
struct AvOutputFormatDeleter {
    void operator()(AVFormatContext* p) const noexcept {
        if (!p)
            return;
        if (p->oformat && !(p->oformat->flags & AVFMT_NOFILE) && p->pb)
            avio_closep(&p->pb);
        avformat_free_context(p);
    }
};

using AvInputFormatPtr = std::unique_ptr<AVFormatContext, AvInputFormatDeleter>;
using AvOutputFormatPtr = std::unique_ptr<AVFormatContext, AvOutputFormatDeleter>;
using AvCodecContextPtr = std::unique_ptr<AVCodecContext, AvDeleter<AVCodecContext>>;
using AvFramePtr = std::unique_ptr<AVFrame, AvDeleter<AVFrame>>;
using AvPacketPtr = std::unique_ptr<AVPacket, AvDeleter<AVPacket>>;
using SwsContextPtr = std::unique_ptr<SwsContext, AvDeleter<SwsContext>>;
using SwrContextPtr = std::unique_ptr<SwrContext, AvDeleter<SwrContext>>;
using AvAudioFifoPtr = std::unique_ptr<AVAudioFifo, AvDeleter<AVAudioFifo>>;

// Factories that never return null: they throw vx::Error(Internal) when FFmpeg is out of memory.
AvFramePtr makeFrame();
AvPacketPtr makePacket();
AvCodecContextPtr makeCodecContext(const AVCodec* codec);

// Opens a file for demuxing and reads its stream info. Throws vx::Error(BadInput) naming the
// file when it is missing, unreadable or not a media file FFmpeg understands.
AvInputFormatPtr openInput(const std::string& path);

// The text of an FFmpeg error code ("Invalid data found when processing input").
std::string avErrorText(int errorCode);

}  // namespace vx::media
