// libFuzzer target: arbitrary bytes as the voice recording or the driving video. Goes through
// the three ways the application opens such a file: probeAudio (the studio's input check),
// decodeAudio (the render) and VideoDecoder (driving videos), each over FFmpeg's probing of
// every demuxer it has. Decoding stops after a few packets or frames, so that inputs stay fast;
// the opening, probing and first decode steps are where a damaged file is met.
#include <opencv2/core/mat.hpp>

#include <cstddef>
#include <cstdint>

#include "fuzz_check.h"
#include "fuzz_input_file.h"
#include "media/audio_decoder.h"
#include "media/library_logging.h"
#include "media/video_decoder.h"

namespace {

constexpr int kAudioPackets = 64;
constexpr int kVideoFrames = 3;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    vx::media::setLibraryLogLevel(vx::media::LibraryLogLevel::Quiet);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string path = vx::fuzz::writeInputFile(data, size, "media");
    vx::fuzz::expectOnlyVxErrors("probeAudio", [&] { (void)vx::media::probeAudio(path); });
    vx::fuzz::expectOnlyVxErrors("decodeAudio", [&] {
        vx::media::AudioDecodeOptions options;
        int packets = 0;
        // Cancelling is a vx::Error(Cancelled), an accepted outcome.
        options.shouldAbort = [&] { return ++packets > kAudioPackets; };
        (void)vx::media::decodeAudio(path, options);
    });
    vx::fuzz::expectOnlyVxErrors("VideoDecoder", [&] {
        vx::media::VideoDecoder decoder(path);
        cv::Mat rgb;
        for (int i = 0; i < kVideoFrames && decoder.readFrame(rgb); ++i) {
        }
    });
    return 0;
}
