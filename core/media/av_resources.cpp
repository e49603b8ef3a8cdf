#include "media/av_resources.h"

#include "common/error.h"

#include <atomic>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <system_error>

namespace vx::media {
namespace {

// FFmpeg recognises HLS and ffconcat playlists by their content, whatever the file's name, and
// their demuxers then open the files the text names: a "recording" that is a playlist would
// pull other media from the user's disk into the video. Found while writing fuzz_media_probe
// (whose inputs could name any file); the fuzzer itself cannot see it. Every demuxer opens its
// files through AVFormatContext::io_open, including the chosen file itself, so only that one
// may be opened.
using IoOpen = int (*)(AVFormatContext*, AVIOContext**, const char*, int, AVDictionary**);
std::atomic<IoOpen> g_defaultIoOpen{nullptr};  // FFmpeg's own, the same for every context

int openOnlyTheChosenFile(AVFormatContext* context, AVIOContext** pb, const char* url, int flags,
                          AVDictionary** options) {
    if (!context->url || std::strcmp(url, context->url) != 0)
        return AVERROR(EPERM);
    return g_defaultIoOpen.load()(context, pb, url, flags, options);
}

// Demuxers that read other files or network streams named in the file's text. io_open above
// stops those that go through it (HLS, DASH, IMF); concat opens nested contexts of its own and
// SDP opens sockets, so these are refused by name before anything is opened.
bool readsOtherResources(const char* demuxer) {
    for (const char* name : {"concat", "hls", "dash", "imf", "sdp", "rtsp", "webm_dash_manifest"})
        if (std::strcmp(demuxer, name) == 0)
            return true;
    return false;
}

// What FFmpeg would take the file for, from its content and name (as avformat_open_input).
const AVInputFormat* probeFormat(const std::string& path) {
    AVIOContext* io = nullptr;
    if (avio_open(&io, path.c_str(), AVIO_FLAG_READ) < 0)
        return nullptr;  // avformat_open_input reports the error
    const AVInputFormat* format = nullptr;
    av_probe_input_buffer2(io, &format, path.c_str(), nullptr, 0, 0);
    avio_closep(&io);
    return format;
}

// FFmpeg allocates what a header claims before it reads what follows: FFmpeg 5.1's WAV demuxer
// zeroes a 1.6 GB buffer for the INFO tag of a 93-byte file (found by fuzz_media_probe as an
// out-of-memory report, seconds per open). No buffer a portrait video or a voice needs comes
// near 256 MB (an 8K RGB48 frame is 200 MB), so FFmpeg's single-allocation limit (2 GB by
// default) is lowered to that; a larger request fails, and the open fails with it.
constexpr std::size_t kMaxLibraryAllocation = std::size_t(256) << 20;

void limitLibraryAllocations() {
    static std::once_flag once;
    std::call_once(once, [] { av_max_alloc(kMaxLibraryAllocation); });
}

}  // namespace

std::string avErrorText(int errorCode) {
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    if (av_strerror(errorCode, text, sizeof text) < 0)
        return "FFmpeg error " + std::to_string(errorCode);
    return text;
}

AvFramePtr makeFrame() {
    AvFramePtr frame(av_frame_alloc());
    if (!frame)
        throw Error(ErrorKind::Internal, "FFmpeg could not allocate a frame (out of memory)");
    return frame;
}

AvPacketPtr makePacket() {
    AvPacketPtr packet(av_packet_alloc());
    if (!packet)
        throw Error(ErrorKind::Internal, "FFmpeg could not allocate a packet (out of memory)");
    return packet;
}

AvCodecContextPtr makeCodecContext(const AVCodec* codec) {
    AvCodecContextPtr context(avcodec_alloc_context3(codec));
    if (!context)
        throw Error(ErrorKind::Internal,
                    "FFmpeg could not allocate a codec context (out of memory)");
    return context;
}

AvInputFormatPtr openInput(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        throw Error(ErrorKind::BadInput, path + ": the file does not exist; choose another file",
                    path);
    if (std::filesystem::is_directory(path, ec))
        throw Error(ErrorKind::BadInput, path + ": this is a folder, not a media file", path);
    // Only regular files: FFmpeg would block forever on a named pipe nobody writes to (and the
    // MP4 writer opens the recording a second time for its sound track), or read a device
    // without end.
    if (!std::filesystem::is_regular_file(path, ec))
        throw Error(ErrorKind::BadInput,
                    path +
                        ": not a regular file (a pipe, socket or device); save the recording to a "
                        "file and choose that",
                    path);
    if (std::filesystem::file_size(path, ec) == 0 && !ec)
        throw Error(ErrorKind::BadInput, path + ": the file is empty; choose another file", path);

    limitLibraryAllocations();
    const AVInputFormat* format = probeFormat(path);
    if (format && readsOtherResources(format->name))
        throw Error(ErrorKind::BadInput,
                    path + ": this is a playlist (" + format->name +
                        "), which names other files; choose the media file itself",
                    path);
    AVFormatContext* raw = avformat_alloc_context();
    if (!raw)
        throw Error(ErrorKind::Internal, "FFmpeg could not allocate a context (out of memory)");
    g_defaultIoOpen.store(raw->io_open);
    raw->io_open = openOnlyTheChosenFile;
    // On failure avformat_open_input frees the context itself.
    int rc = avformat_open_input(&raw, path.c_str(), format, nullptr);
    if (rc < 0)
        throw Error(ErrorKind::BadInput,
                    path + ": not a readable audio or video file (" + avErrorText(rc) +
                        "); check that it is not damaged, or convert it to WAV or MP4",
                    path);
    AvInputFormatPtr input(raw);
    rc = avformat_find_stream_info(input.get(), nullptr);
    if (rc < 0)
        throw Error(ErrorKind::BadInput,
                    path + ": the file's streams cannot be read (" + avErrorText(rc) +
                        "); it may be damaged",
                    path);
    return input;
}

}  // namespace vx::media
