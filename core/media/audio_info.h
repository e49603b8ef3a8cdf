// What the UI and the engine need to know about an audio source before decoding it.
#pragma once

#include <string>

namespace vx::media {

struct AudioInfo {
    std::string path;
    std::string codecName;            // FFmpeg's short name: "mp3", "aac", "pcm_s16le", "opus"...
    int sampleRateHz = 0;             // the source's own rate
    int channelCount = 0;             // the source's own channel count
    double durationSeconds = 0.0;     // as the container declares it; 0 when it declares none
    bool durationIsEstimate = false;  // true when FFmpeg guessed it from the bit rate (VBR MP3)
};

}  // namespace vx::media
