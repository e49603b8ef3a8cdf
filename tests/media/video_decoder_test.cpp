// VideoDecoder on generated clips: stream facts, every frame as RGB, early stop, errors.
#include "media/video_decoder.h"
#include "media/audio_decoder.h"

#include "media_fixtures.h"

#include <gtest/gtest.h>
#include <opencv2/core.hpp>

namespace {

namespace fs = std::filesystem;
using namespace vx::media;
using vx::ErrorKind;
using vx::test::generatedMedia;
using vx::test::throwsErrorNamingFile;

TEST(VideoDecoder, ReportsTheStreamAndDecodesEveryFrameAsRgb) {
    VideoDecoder decoder(generatedMedia() / "with-audio.mp4");
    const VideoInfo& info = decoder.info();
    EXPECT_EQ(info.codecName, "h264");
    EXPECT_EQ(info.width, 64);
    EXPECT_EQ(info.height, 48);
    EXPECT_EQ(info.fpsNumerator, 25);
    EXPECT_EQ(info.fpsDenominator, 1);
    EXPECT_DOUBLE_EQ(info.fps, 25.0);
    EXPECT_EQ(info.frameCount, 75);
    EXPECT_NEAR(info.durationSeconds, 3.0, 0.05);
    EXPECT_TRUE(info.hasAudio);

    cv::Mat rgb;
    cv::Mat first;
    int count = 0;
    double lastTime = -1.0;
    while (decoder.readFrame(rgb)) {
        ASSERT_EQ(rgb.type(), CV_8UC3);
        ASSERT_EQ(rgb.size(), cv::Size(64, 48));
        EXPECT_GT(decoder.lastFrameTimeSeconds(), lastTime);
        lastTime = decoder.lastFrameTimeSeconds();
        if (count == 0)
            first = rgb;
        ++count;
    }
    EXPECT_EQ(count, 75);
    EXPECT_NEAR(lastTime, 74.0 / 25.0, 1e-6);
    // testsrc's colour bars: a picture, not a blank frame; and the earlier frame survived the
    // later reads (each frame gets its own buffer).
    cv::Scalar mean;
    cv::Scalar deviation;
    cv::meanStdDev(first, mean, deviation);
    EXPECT_GT(deviation[0] + deviation[1] + deviation[2], 30.0);
    EXPECT_GT(cv::norm(first, rgb, cv::NORM_INF), 0.0);
    EXPECT_FALSE(decoder.readFrame(rgb));  // stays at the end
}

TEST(VideoDecoder, ForEachFrameStopsWhenAsked) {
    const fs::path path = generatedMedia() / "no-audio.mp4";
    std::int64_t seen = 0;
    EXPECT_EQ(forEachVideoFrame(path,
                                [&seen](const cv::Mat&, std::int64_t index) {
                                    EXPECT_EQ(index, seen);
                                    ++seen;
                                    return index < 9;
                                }),
              10);
    EXPECT_EQ(forEachVideoFrame(path, [](const cv::Mat&, std::int64_t) { return true; }), 25);
    EXPECT_FALSE(VideoDecoder(path).info().hasAudio);
}

TEST(VideoDecoder, TheAudioTrackDecodesThroughTheAudioDecoder) {
    const DecodedAudio audio = decodeAudio(generatedMedia() / "with-audio.mp4");
    EXPECT_EQ(audio.source.channelCount, 2);
    EXPECT_NEAR(audio.durationSeconds(), 3.0, 0.03);
}

TEST(VideoDecoder, FilesWithoutVideoRaiseBadInput) {
    for (const char* name : {"stereo44k.wav", "text.mp3", "empty.wav", "missing.mp4"}) {
        const fs::path path = generatedMedia() / name;
        EXPECT_TRUE(
            throwsErrorNamingFile([&] { VideoDecoder decoder(path); }, ErrorKind::BadInput, path))
            << name;
    }
}

}  // namespace
