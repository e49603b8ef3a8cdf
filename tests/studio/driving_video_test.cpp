// The driving keypoint track of a video (studio/driving_video.h), on videos made at test time with
// ffmpeg: the astronaut photo panned under a 256x256 window by a known number of pixels per frame,
// with and without frames blacked out, and lavfi's test pattern (no face). Detection uses dlib
// (no model folder), as it does for the portrait without SCRFD.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "common/error.h"
#include "studio/driving_video.h"
#include "studio/render_job.h"
#include "support/test_support.h"

namespace {

namespace fs = std::filesystem;
using vx::faces::FaceKps;

const char* kAstronaut = "/usr/lib/python3/dist-packages/skimage/data/astronaut.png";
constexpr int kFrames = 50;
constexpr int kFps = 25;

// The window moves 2 px right and 1 px up per frame over the photo (padded by 64 px of grey so
// the window may pass its top edge), so the face moves by (-2, +1) px per frame in the video.
cv::Point2f knownShift(int frame) {
    return {-2.0f * static_cast<float>(frame), 1.0f * static_cast<float>(frame)};
}

// The astronaut's keypoints measured by hand in the photo (tests/faces/face_detector_test.cpp),
// seen through the window of frame 0: + (64, 64) padding - (110, 80) window corner.
const FaceKps kFirstFrameByHand = {cv::Point2f(157.f, 85.f), cv::Point2f(200.f, 87.f),
                                   cv::Point2f(177.f, 111.f)};

std::string quoted(const std::string& s) {
    return "'" + s + "'";
}

std::string runAndRead(const std::string& command) {
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    std::string out;
    char buffer[4096];
    while (pipe && fgets(buffer, sizeof buffer, pipe.get()))
        out += buffer;
    return out;
}

// The panning video, with frames `blackFrom`..`blackTo` (inclusive) painted black when given.
fs::path makePanVideo(const fs::path& dir, const std::string& name, int blackFrom = -1,
                      int blackTo = -1) {
    const fs::path out = dir / name;
    std::string filter = "pad=640:640:64:64:gray,crop=256:256:x='110+2*n':y='80-n'";
    if (blackFrom >= 0)
        filter += ",drawbox=x=0:y=0:w=iw:h=ih:color=black:t=fill:enable='between(n," +
                  std::to_string(blackFrom) + "," + std::to_string(blackTo) + ")'";
    const std::string command = "ffmpeg -v error -y -loop 1 -framerate " + std::to_string(kFps) +
                                " -i " + quoted(kAstronaut) + " -vf \"" + filter +
                                ",format=yuv420p\" -frames:v " + std::to_string(kFrames) +
                                " -c:v libx264 -crf 18 " + quoted(out.string());
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
    return out;
}

class DrivingVideo : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new vx::test::TempDir;
        s_pan = makePanVideo(s_dir->path(), "pan.mp4");
    }
    static void TearDownTestSuite() { delete s_dir; }
    void SetUp() override {
        if (!fs::exists(kAstronaut))
            GTEST_SKIP() << "needs python3-skimage's " << kAstronaut;
        ASSERT_TRUE(fs::exists(s_pan)) << "ffmpeg could not make the test video";
    }
    static inline vx::test::TempDir* s_dir = nullptr;
    static inline fs::path s_pan;
};

// Every keypoint of every frame, minus the known motion, stays within `tolerancePx` of the
// frame-0 position measured by hand (6 px: dlib's points vs. the hand-clicked pupils and nose
// tip, as in the detector's own test) and within `jitterPx` of its own mean over the video.
void expectFollowsTheKnownShift(const vx::faces::KpsTrack& track, float jitterPx) {
    ASSERT_EQ(track.size(), static_cast<size_t>(kFrames));
    float worstJitter = 0.0f;
    double worstByHand = 0.0;
    for (size_t k = 0; k < 3; ++k) {
        cv::Point2f mean(0.f, 0.f);
        for (int i = 0; i < kFrames; ++i)
            mean += track[static_cast<size_t>(i)][k] - knownShift(i);
        mean *= 1.0f / kFrames;
        worstByHand = std::max(worstByHand, cv::norm(mean - kFirstFrameByHand[k]));
        EXPECT_LE(cv::norm(mean - kFirstFrameByHand[k]), 6.0)
            << "keypoint " << k << " at (" << mean.x << ", " << mean.y << ") in frame 0";
        for (int i = 0; i < kFrames; ++i) {
            const cv::Point2f error = track[static_cast<size_t>(i)][k] - knownShift(i) - mean;
            worstJitter = std::max({worstJitter, std::abs(error.x), std::abs(error.y)});
            EXPECT_LE(std::abs(error.x), jitterPx) << "frame " << i << " keypoint " << k;
            EXPECT_LE(std::abs(error.y), jitterPx) << "frame " << i << " keypoint " << k;
        }
    }
    std::cout << "[ measured ] largest deviation from the known motion " << worstJitter
              << " px; keypoints " << worstByHand << " px from the hand-measured ones" << std::endl;
}

TEST_F(DrivingVideo, PanningFaceIsTrackedFrameByFrameAtTheVideosRate) {
    int lastDone = 0;
    int lastTotal = 0;
    bool monotone = true;
    vx::studio::JobCallbacks callbacks;
    callbacks.progress = [&](const vx::studio::JobProgress& p) {
        EXPECT_EQ(p.stage, vx::studio::JobStage::DrivingVideo);
        monotone = monotone && p.framesDone >= lastDone;
        lastDone = p.framesDone;
        lastTotal = p.frameCount;
    };
    const vx::studio::DrivingVideoTrack track =
        vx::studio::extractDrivingTrack(s_pan, {}, callbacks);

    const std::string probed = runAndRead(
        "ffprobe -v error -select_streams v:0 -show_entries stream=nb_frames,r_frame_rate -of "
        "default=noprint_wrappers=1 " +
        quoted(s_pan.string()));
    EXPECT_NE(probed.find("nb_frames=" + std::to_string(kFrames)), std::string::npos) << probed;
    EXPECT_NE(probed.find("r_frame_rate=" + std::to_string(kFps) + "/1"), std::string::npos)
        << probed;
    EXPECT_EQ(track.frameCount, kFrames);
    EXPECT_EQ(track.kps.size(), static_cast<size_t>(kFrames));
    EXPECT_DOUBLE_EQ(track.fps, kFps);
    EXPECT_EQ(track.frameSize, cv::Size(256, 256));
    EXPECT_EQ(track.framesWithFace, kFrames);
    EXPECT_TRUE(monotone);
    EXPECT_EQ(lastDone, kFrames);
    EXPECT_EQ(lastTotal, kFrames);
    expectFollowsTheKnownShift(track.kps, 1.0f);
}

TEST_F(DrivingVideo, FramesWithoutAFaceAreFilledFromTheirNeighbours) {
    const fs::path video = makePanVideo(s_dir->path(), "gap.mp4", 20, 22);
    vx::studio::DrivingVideoOptions options;
    options.smooth = false;  // the filled frames as they are
    const auto raw = vx::studio::extractDrivingTrack(video, options);
    EXPECT_EQ(raw.frameCount, kFrames);
    EXPECT_EQ(raw.framesWithFace, kFrames - 3);
    ASSERT_EQ(raw.kps.size(), static_cast<size_t>(kFrames));
    // The black frames lie on the straight line between frames 19 and 23.
    for (int i = 20; i <= 22; ++i)
        for (size_t k = 0; k < 3; ++k) {
            const float t = static_cast<float>(i - 19) / 4.0f;
            const cv::Point2f expected = raw.kps[19][k] * (1.0f - t) + raw.kps[23][k] * t;
            EXPECT_LE(cv::norm(raw.kps[static_cast<size_t>(i)][k] - expected), 1e-3)
                << "frame " << i << " keypoint " << k;
        }
    // Raw per-frame detections jitter more than the smoothed track.
    expectFollowsTheKnownShift(raw.kps, 1.5f);
    expectFollowsTheKnownShift(vx::studio::extractDrivingTrack(video, {}).kps, 1.0f);
}

TEST_F(DrivingVideo, VideoWithoutAFaceIsBadInputNamingTheFile) {
    const fs::path video = s_dir->path() / "pattern.mp4";
    ASSERT_EQ(std::system(("ffmpeg -v error -y -f lavfi -i testsrc=size=160x120:rate=25 -t 1 "
                           "-pix_fmt yuv420p " +
                           quoted(video.string()))
                              .c_str()),
              0);
    try {
        vx::studio::extractDrivingTrack(video, {});
        FAIL() << "a face was found in the test pattern";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::BadInput);
        EXPECT_EQ(e.file(), video.string());
        EXPECT_NE(std::string(e.what()).find(video.string()), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("no face"), std::string::npos) << e.what();
    }
}

TEST_F(DrivingVideo, VideoWithAFaceInUnderHalfItsFramesIsBadInput) {
    const fs::path video = makePanVideo(s_dir->path(), "mostly-black.mp4", 15, kFrames);
    try {
        vx::studio::extractDrivingTrack(video, {});
        FAIL() << "a video with a face in 15 of 50 frames was accepted";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::BadInput);
        EXPECT_EQ(e.file(), video.string());
        EXPECT_NE(std::string(e.what()).find("only 15 of the 50 frames"), std::string::npos)
            << e.what();
    }
}

TEST_F(DrivingVideo, CancelStopsBetweenFrames) {
    int framesDone = 0;
    vx::studio::JobCallbacks callbacks;
    callbacks.progress = [&](const vx::studio::JobProgress& p) { framesDone = p.framesDone; };
    callbacks.shouldAbort = [&] { return framesDone >= 5; };
    try {
        vx::studio::extractDrivingTrack(s_pan, {}, callbacks);
        FAIL() << "the extraction was not cancelled";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::Cancelled);
    }
    EXPECT_EQ(framesDone, 5);
}

TEST(DrivingTrackInSquareFrame, SqueezesTheFrameLikeAResizeToTheSquare) {
    vx::studio::DrivingVideoTrack track;
    track.frameSize = cv::Size(640, 360);
    // The frame's corners (pixel centres) and its centre.
    track.kps = {{cv::Point2f(0.f, 0.f), cv::Point2f(639.f, 359.f), cv::Point2f(319.5f, 179.5f)}};
    const vx::faces::KpsTrack square = vx::studio::trackInSquareFrame(track, 512);
    ASSERT_EQ(square.size(), 1u);
    EXPECT_NEAR(square[0][0].x, 0.5 * 512 / 640 - 0.5, 1e-4);
    EXPECT_NEAR(square[0][0].y, 0.5 * 512 / 360 - 0.5, 1e-4);
    EXPECT_NEAR(square[0][1].x, 639.5 * 512 / 640 - 0.5, 1e-4);
    EXPECT_NEAR(square[0][1].y, 359.5 * 512 / 360 - 0.5, 1e-4);
    EXPECT_NEAR(square[0][2].x, 255.5, 1e-4);
    EXPECT_NEAR(square[0][2].y, 255.5, 1e-4);
}

TEST(RenderJobDriving, KpsFileAndDrivingVideoTogetherAreBadInputBeforeAnyWork) {
    vx::test::TempDir dir;
    vx::studio::RenderJobRequest request;
    request.image = kAstronaut;
    request.audio = dir / "voice.wav";
    request.models = dir / "no-models";  // checked after the driving sources
    request.output = dir / "never.mp4";
    request.drivingKps = dir / "kps.pth";
    request.drivingVideo = dir / "head.mp4";
    try {
        vx::studio::renderVideo(request, {});
        FAIL() << "a render with two driving sources started";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::BadInput) << e.what();
        EXPECT_NE(std::string(e.what()).find("kps.pth"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("head.mp4"), std::string::npos) << e.what();
    }
    EXPECT_FALSE(fs::exists(request.output));
}

}  // namespace
