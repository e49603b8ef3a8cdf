#include "media/av_resources.h"

#include "common/error.h"

#include <filesystem>
#include <system_error>

namespace vx::media {

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

    AVFormatContext* raw = nullptr;
    int rc = avformat_open_input(&raw, path.c_str(), nullptr, nullptr);
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
