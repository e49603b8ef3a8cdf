// vxstudio-cli render --driving-video, run as a separate process: the tiny model
// (scripts/make-tiny-model.py over the fixtures) animated by a short video of the astronaut
// panning, and the refusal of --kps together with --driving-video.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "cli/cli_runner.h"
#include "support/test_support.h"

namespace {

namespace fs = std::filesystem;
const char* kAstronaut = "/usr/lib/python3/dist-packages/skimage/data/astronaut.png";

using vx::test::CommandResult;
using vx::test::quoted;
using vx::test::runCli;
using vx::test::runShell;

class CliDrivingVideo : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new vx::test::TempDir;
        s_speech = s_dir->path() / "speech.wav";
        s_video = s_dir->path() / "head.mp4";
        const CommandResult say =
            runShell("espeak-ng -w " + quoted(s_speech.string()) + " 'Good morning to you.'");
        ASSERT_EQ(say.exitCode, 0) << "espeak-ng is needed: " << say.output;
        // One second of the astronaut's face moving 2 px left and 1 px down per frame.
        const CommandResult video = runShell(
            "ffmpeg -v error -y -loop 1 -framerate 25 -i " + quoted(kAstronaut) +
            " -vf \"pad=640:640:64:64:gray,crop=256:256:x='110+2*n':y='80-n',format=yuv420p\" "
            "-frames:v 25 -c:v libx264 " +
            quoted(s_video.string()));
        ASSERT_EQ(video.exitCode, 0) << video.output;
    }
    static void TearDownTestSuite() { delete s_dir; }
    static inline vx::test::TempDir* s_dir = nullptr;
    static inline fs::path s_speech;
    static inline fs::path s_video;
};

TEST_F(CliDrivingVideo, RendersTheTinyModelDrivenByAVideo) {
    VX_REQUIRE_FIXTURES();
    const fs::path models = s_dir->path() / "tiny";
    ASSERT_EQ(vx::test::runPython(vx::test::sourceDir() / "scripts" / "make-tiny-model.py",
                                  {models.string(), vx::test::fixturesDir().string()}),
              0);
    const fs::path out = s_dir->path() / "driven.mp4";
    const CommandResult r =
        runCli("render --image " + quoted(kAstronaut) + " --audio " + quoted(s_speech.string()) +
               " --models " + quoted((models / "model_ckpts").string()) + " --out " +
               quoted(out.string()) + " --driving-video " + quoted(s_video.string()) +
               " --size 64 --steps 1 --device cpu");
    ASSERT_EQ(r.exitCode, 0) << r.output;
    EXPECT_NE(r.output.find("wrote"), std::string::npos) << r.output;
    // The driving video was tracked: the face was found in each of its 25 frames.
    EXPECT_NE(r.output.find("a face in 25 of 25 frames"), std::string::npos) << r.output;
    const CommandResult probe = runShell(
        "ffprobe -v error -show_entries stream=codec_name -of csv=p=0 " + quoted(out.string()));
    EXPECT_NE(probe.output.find("h264"), std::string::npos) << probe.output;
    EXPECT_NE(probe.output.find("aac"), std::string::npos) << probe.output;
}

TEST_F(CliDrivingVideo, KpsTogetherWithDrivingVideoIsBadInput) {
    const fs::path out = s_dir->path() / "never.mp4";
    const CommandResult r =
        runCli("render --image " + quoted(kAstronaut) + " --audio " + quoted(s_speech.string()) +
               " --models " + quoted((s_dir->path() / "models").string()) + " --out " +
               quoted(out.string()) + " --kps " + quoted((s_dir->path() / "kps.pth").string()) +
               " --driving-video " + quoted(s_video.string()));
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_NE(r.output.find("kps.pth"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("head.mp4"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("only one"), std::string::npos) << r.output;
    EXPECT_FALSE(fs::exists(out));
}

}  // namespace
