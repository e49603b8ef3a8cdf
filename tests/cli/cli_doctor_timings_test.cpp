// vxstudio-cli doctor, render --timings and the log file, run as separate processes on the tiny
// model (scripts/make-tiny-model.py over the fixtures).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
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

std::string readFile(const fs::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

class CliDoctorTimings : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new vx::test::TempDir;
        s_speech = s_dir->path() / "speech.wav";
        const CommandResult say =
            runShell("espeak-ng -w " + quoted(s_speech.string()) + " 'Timing every stage.'");
        ASSERT_EQ(say.exitCode, 0) << "espeak-ng is needed: " << say.output;
        if (vx::test::haveFixtures()) {
            ASSERT_EQ(vx::test::runPython(
                          vx::test::sourceDir() / "scripts" / "make-tiny-model.py",
                          {(s_dir->path() / "tiny").string(), vx::test::fixturesDir().string()}),
                      0);
        }
    }
    static void TearDownTestSuite() { delete s_dir; }
    static fs::path models() { return s_dir->path() / "tiny" / "model_ckpts"; }
    static inline vx::test::TempDir* s_dir = nullptr;
    static inline fs::path s_speech;
};

TEST_F(CliDoctorTimings, DoctorReportsACompleteModelFolder) {
    VX_REQUIRE_FIXTURES();
    const CommandResult r = runCli("doctor --models " + quoted(models().string()));
    ASSERT_EQ(r.exitCode, 0) << r.output;
    for (const char* line : {"Version: vxstudio-cli ", "Build type: ", "LibTorch: ", "CUDA: ",
                             "Intra-op threads: ", "RAM: ", "Disk (output): ", "Log file: "})
        EXPECT_NE(r.output.find(line), std::string::npos) << line << " missing:\n" << r.output;
    EXPECT_NE(r.output.find("Model folder: " + models().string()), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("Status: complete"), std::string::npos) << r.output;
}

TEST_F(CliDoctorTimings, DoctorNamesTheBrokenFileOfAModelFolder) {
    VX_REQUIRE_FIXTURES();
    const fs::path broken = s_dir->path() / "broken";
    fs::copy(models(), broken, fs::copy_options::recursive);
    const fs::path guider = broken / "v-express" / "v_kps_guider.bin";
    ASSERT_TRUE(fs::exists(guider));
    fs::resize_file(guider, fs::file_size(guider) / 2);
    const CommandResult r = runCli("doctor --models " + quoted(broken.string()));
    ASSERT_EQ(r.exitCode, 0) << r.output;
    EXPECT_NE(r.output.find("problem(s)"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find(guider.string() + ": "), std::string::npos) << r.output;
}

TEST_F(CliDoctorTimings, RenderTimingsListEveryStageStepAndPeakMemory) {
    VX_REQUIRE_FIXTURES();
    const fs::path out = s_dir->path() / "timed.mp4";
    const fs::path logFile = s_dir->path() / "logs" / "cli.log";
    const CommandResult r =
        runCli("--log-file " + quoted(logFile.string()) + " render --image " + quoted(kAstronaut) +
               " --audio " + quoted(s_speech.string()) + " --models " + quoted(models().string()) +
               " --out " + quoted(out.string()) + " --size 64 --steps 2 --device cpu --timings");
    ASSERT_EQ(r.exitCode, 0) << r.output;
    ASSERT_TRUE(fs::exists(out));
    for (const char* stage :
         {"portrait", "audio decode", "motion", "model load", "reference pass", "V-kps guider",
          "audio encoding", "denoising", "VAE decode", "post-passes", "video encoding", "total"}) {
        std::smatch match;
        const std::regex line(std::string("\\n  ") + stage + " +([0-9.]+)\\n");
        ASSERT_TRUE(std::regex_search(r.output, match, line)) << stage << ":\n" << r.output;
        EXPECT_GE(std::stod(match[1].str()), 0.0);
    }
    // Two steps, each with its windows; the denoising stage took at least their time.
    std::smatch step;
    EXPECT_TRUE(
        std::regex_search(r.output, step, std::regex("\\n  step 1 +[0-9.]+  \\(\\d+ windows")))
        << r.output;
    EXPECT_TRUE(
        std::regex_search(r.output, step, std::regex("\\n  step 2 +[0-9.]+  \\(\\d+ windows")))
        << r.output;
    EXPECT_EQ(r.output.find("step 3 "), std::string::npos) << r.output;
    std::smatch rss;
    ASSERT_TRUE(std::regex_search(r.output, rss, std::regex("peak RSS ([0-9.]+) MiB"))) << r.output;
    EXPECT_GT(std::stod(rss[1].str()), 50.0);  // LibTorch alone is larger than this

    // The log file names the command, the render's settings and its timings.
    const std::string log = readFile(logFile);
    EXPECT_NE(log.find("info [cli] started: "), std::string::npos) << log;
    EXPECT_NE(log.find("info [render] render " + out.string()), std::string::npos) << log;
    EXPECT_NE(log.find("\"steps\":2"), std::string::npos) << log;
    EXPECT_NE(log.find("timings (seconds)"), std::string::npos) << log;
}

TEST_F(CliDoctorTimings, UnwritableLogFileIsAnIoErrorNamingIt) {
    const fs::path blocked = s_dir->path() / "not-a-folder";
    std::ofstream(blocked) << "a file where the log's folder should be";
    const CommandResult r =
        runCli("--log-file " + quoted((blocked / "cli.log").string()) + " doctor");
    EXPECT_EQ(r.exitCode, 4) << r.output;
    EXPECT_NE(r.output.find((blocked / "cli.log").string()), std::string::npos) << r.output;
}

TEST_F(CliDoctorTimings, LogFileRotatesWhenFull) {
    const fs::path folder = s_dir->path() / "rotating";
    fs::create_directories(folder);
    const fs::path logFile = folder / "cli.log";
    // A log file already over the limit is moved aside on the next message.
    std::ofstream(logFile) << std::string(5 * 1024 * 1024, 'x') << '\n';
    const CommandResult r = runCli("--log-file " + quoted(logFile.string()) + " doctor");
    ASSERT_EQ(r.exitCode, 0) << r.output;
    EXPECT_TRUE(fs::exists(folder / "cli.log.1"));
    EXPECT_LT(fs::file_size(logFile), 1024u * 1024u);
}

}  // namespace
