// A recording or driving video that is really an HLS or ffconcat playlist must not make FFmpeg
// open the other files it names (they would end up in the rendered video): such a file is
// refused as unreadable. The playlists name a real WAV, which opens fine on its own.
#include "media/audio_decoder.h"
#include "media/video_decoder.h"

#include "media_fixtures.h"
#include "support/test_support.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

namespace {

namespace fs = std::filesystem;
using namespace vx::media;
using vx::test::generatedMedia;
using vx::test::throwsErrorNamingFile;

void write(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

TEST(PlaylistInput, PlaylistsMayNotOpenOtherFiles) {
    vx::test::TempDir dir;
    const fs::path wav = generatedMedia() / "speech.wav";
    ASSERT_NO_THROW(probeAudio(wav));
    fs::copy_file(wav, dir / "segment.wav");
    // No extension, as a downloaded file could be named anything.
    const fs::path concat = dir / "voice";
    write(concat, "ffconcat version 1.0\nfile segment.wav\n");
    const fs::path hls = dir / "voice-hls";
    write(hls, "#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1,\n" + (dir / "segment.wav").string() +
                   "\n#EXT-X-ENDLIST\n");
    for (const fs::path& path : {concat, hls}) {
        EXPECT_TRUE(throwsErrorNamingFile([&] { probeAudio(path); }, vx::ErrorKind::BadInput, path))
            << path;
        EXPECT_TRUE(
            throwsErrorNamingFile([&] { decodeAudio(path); }, vx::ErrorKind::BadInput, path))
            << path;
        EXPECT_TRUE(throwsErrorNamingFile([&] { VideoDecoder decoder(path); },
                                          vx::ErrorKind::BadInput, path))
            << path;
    }
}
