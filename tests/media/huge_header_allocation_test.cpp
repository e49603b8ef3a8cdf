// A 93-byte WAV whose INFO tag claims 1.6 GB (found by fuzz_media_probe): FFmpeg allocated and
// zeroed the whole claim before reading it, for each of the three opens of an input check.
// With the allocation limit of av_resources.cpp the open fails at once and the file is refused.
#include "media/audio_decoder.h"
#include "media/video_decoder.h"

#include "media_fixtures.h"
#include "support/test_support.h"

#include <gtest/gtest.h>
#include <sys/resource.h>

#include <fstream>
#include <string>

namespace {

namespace fs = std::filesystem;

long peakRssKb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// RIFF/WAVE, a valid fmt chunk (22.05 kHz mono 16-bit), then a LIST/INFO chunk whose second
// tag ("data" read as a tag name) claims 0x5f66113a bytes.
std::string hostileWav() {
    const unsigned char bytes[] = {
        'R',  'I',  'F',  'F',  0x80, 0x11, 0x00, 0x00, 'W',  'A',  'V',  'E',  'f',  'm',
        't',  ' ',  0x10, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x22, 0x56, 0x00, 0x00,
        0x44, 0xac, 0x00, 0x00, 0x02, 0x00, 0x10, 0x00, 'L',  'I',  'S',  'T',  0x1a, 0x00,
        0x00, 0xd8, 'I',  'N',  'F',  'O',  'I',  'S',  'F',  'T',  0x0e, 0x00, 0x00, 0x00,
        'L',  'a',  'v',  'f',  '1',  '8',  '.',  '2',  '7',  '.',  '1',  '0',  '0',  0x00,
        'd',  'a',  't',  'a',  0x3a, 0x11, 0x66, 0x5f, 's',  't',  'r',  'i',  'c',  't',
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x22, 0x00};
    return std::string(reinterpret_cast<const char*>(bytes), sizeof bytes);
}

}  // namespace

TEST(HugeHeaderAllocation, ClaimedGigabytesAreRefusedWithoutAllocatingThem) {
    vx::test::TempDir dir;
    const fs::path path = dir / "voice.wav";
    std::ofstream(path, std::ios::binary) << hostileWav();
    const long before = peakRssKb();
    EXPECT_TRUE(vx::test::throwsErrorNamingFile([&] { vx::media::probeAudio(path); },
                                                vx::ErrorKind::BadInput, path));
    EXPECT_TRUE(vx::test::throwsErrorNamingFile([&] { vx::media::decodeAudio(path); },
                                                vx::ErrorKind::BadInput, path));
    EXPECT_TRUE(vx::test::throwsErrorNamingFile([&] { vx::media::VideoDecoder decoder(path); },
                                                vx::ErrorKind::BadInput, path));
    // The peak grows by the zeroed claim (1.6 GB) without the limit.
    EXPECT_LT(peakRssKb() - before, 512L * 1024);
}
