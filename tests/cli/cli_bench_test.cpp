// vxstudio-cli bench, run as a separate process on the tiny fixture: each module prints one
// machine-readable timing line for the input shape asked for (bench/compare-python parses it),
// and wrong folders or options give the CLI's exit codes. The times themselves are not checked.
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "cli/cli_runner.h"
#include "support/test_support.h"

namespace {

using vx::test::CommandResult;
using vx::test::quoted;
using vx::test::runCli;

std::string fixtureModels() {
    return (vx::test::fixturesDir() / "model_ckpts").string();
}

// The value of `key` in the bench line for `module`, or -1 when there is no such line.
double benchValue(const std::string& output, const std::string& module, const std::string& key) {
    std::smatch match;
    const std::regex line("bench module=" + module + " .*\\b" + key + "=(\\S+)");
    return std::regex_search(output, match, line) ? std::stod(match[1].str()) : -1.0;
}

TEST(CliBench, ReferenceNetReadsItsFilesAndTimesTheShapeAskedFor) {
    VX_REQUIRE_FIXTURES();
    const CommandResult r = runCli("bench reference-net --models " + quoted(fixtureModels()) +
                                   " --size 64 --repeats 2 --threads 1");
    ASSERT_EQ(r.exitCode, 0) << r.output;
    EXPECT_NE(r.output.find("bench device=cpu, float32 threads=1"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("shape=1x4x8x8 "), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("calls=2 "), std::string::npos) << r.output;
    EXPECT_GT(benchValue(r.output, "reference-net", "ms_per_call"), 0.0) << r.output;
    EXPECT_EQ(benchValue(r.output, "reference-net", "peak_gpu_mib"), -1.0) << r.output;
}

TEST(CliBench, VaeDecodeTimesABatchOfLatents) {
    VX_REQUIRE_FIXTURES();
    const CommandResult r = runCli("bench vae-decode --models " + quoted(fixtureModels()) +
                                   " --size 128 --batch 2 --repeats 1");
    ASSERT_EQ(r.exitCode, 0) << r.output;
    EXPECT_NE(r.output.find("shape=2x4x16x16 "), std::string::npos) << r.output;
    EXPECT_GT(benchValue(r.output, "vae-decode", "ms_per_call"), 0.0) << r.output;
}

// A whole render of one second with the tiny model (make-tiny-model.py adds its wav2vec2):
// 24 frames (the least the pipeline renders), timed per second of video.
TEST(CliBench, PipelineRendersTheClipAndReportsSecondsPerVideoSecond) {
    VX_REQUIRE_FIXTURES();
    vx::test::TempDir dir;
    ASSERT_EQ(vx::test::runPython(vx::test::sourceDir() / "scripts/make-tiny-model.py",
                                  {dir.path().string(), vx::test::fixturesDir().string()}),
              0);
    const CommandResult r =
        runCli("bench pipeline --models " + quoted((dir / "model_ckpts").string()) +
               " --size 64 --steps 1 --seconds 1");
    ASSERT_EQ(r.exitCode, 0) << r.output;
    EXPECT_NE(r.output.find("shape=64x64x24 steps=1 "), std::string::npos) << r.output;
    EXPECT_GT(benchValue(r.output, "pipeline", "seconds_per_video_second"), 0.0) << r.output;
}

TEST(CliBench, ModuleWithoutWeightsIsBadInput) {
    const CommandResult r = runCli("bench vae-decode");
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_NE(r.output.find("--models DIR or --random-release"), std::string::npos) << r.output;
}

TEST(CliBench, FolderWithoutTheModuleNamesTheMissingFile) {
    vx::test::TempDir dir;
    const CommandResult r = runCli("bench wav2vec2 --models " + quoted(dir.path().string()));
    EXPECT_EQ(r.exitCode, 3) << r.output;
    EXPECT_NE(r.output.find("wav2vec2-base-960h/config.json"), std::string::npos) << r.output;
}

TEST(CliBench, SizeThatIsNoMultipleOf64IsBadInput) {
    const CommandResult r = runCli("bench reference-net --random-release --size 100");
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_NE(r.output.find("--size must be a multiple of 64"), std::string::npos) << r.output;
}

}  // namespace
