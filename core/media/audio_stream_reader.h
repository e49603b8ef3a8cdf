// Internal: the audio stream of any file FFmpeg reads (WAV, MP3, FLAC, M4A, OGG, or the audio
// track of a video), decoded packet by packet. Shared by decodeAudio() and the MP4 writer's AAC
// track, so both see exactly the same samples.
#pragma once

#include "media/audio_info.h"
#include "media/av_resources.h"

#include <functional>
#include <string>

namespace vx::media {

// The highest sample rate a recording has (768 kHz, studio DXD and above). A stream that
// declares more is damaged; resampling from such rates would need filters larger than memory.
inline constexpr int kMaxSampleRateHz = 768000;

class AudioStreamReader {
public:
    // Throws vx::Error(BadInput) naming the file when it cannot be opened, has no audio stream
    // or its codec is not supported.
    explicit AudioStreamReader(const std::string& path);

    const AudioInfo& info() const { return m_info; }
    const AVCodecContext& codec() const { return *m_decoder; }

    // Calls onFrame for every decoded frame, in order, until the end of the stream. Packets
    // the decoder rejects as invalid are skipped (as the ffmpeg tool does) and counted. A read
    // error other than the end of the file throws vx::Error(BadInput). shouldAbort, when set,
    // is checked per packet; it returning true throws vx::Error(Cancelled).
    void decode(const std::function<void(const AVFrame&)>& onFrame,
                const std::function<bool()>& shouldAbort = {});
    // The same, one frame at a time: the next decoded frame (valid until the next call), or
    // nullptr at the end of the stream.
    const AVFrame* nextFrame(const std::function<bool()>& shouldAbort = {});

    int skippedPackets() const { return m_skippedPackets; }

private:
    // 0 with a frame in m_frame, AVERROR(EAGAIN) when the decoder needs input, AVERROR_EOF.
    int receive();

    std::string m_path;
    AvInputFormatPtr m_input;
    AvCodecContextPtr m_decoder;
    AvFramePtr m_frame;
    AvPacketPtr m_packet;
    int m_streamIndex = -1;
    int m_skippedPackets = 0;
    bool m_draining = false;
    bool m_finished = false;
    AudioInfo m_info;
};

// Opens the file and reads its audio stream's description without decoding.
AudioInfo probeAudioStream(const std::string& path);

}  // namespace vx::media
