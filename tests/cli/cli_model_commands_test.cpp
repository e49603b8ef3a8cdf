// vxstudio-cli check-models and parity, run as separate processes on the tiny fixture.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <regex>
#include <sstream>
#include <string>

#include "cli/cli_runner.h"
#include "support/test_support.h"

namespace {

using vx::test::CommandResult;
using vx::test::quoted;
using vx::test::runCli;

std::string modelsDir() {
    return (vx::test::fixturesDir() / "model_ckpts").string();
}

TEST(CliParity, PipelineCaseWithinTolerance) {
    VX_REQUIRE_FIXTURES();
    const CommandResult r =
        runCli("parity --models " + quoted(modelsDir()) + " --case " +
               quoted((vx::test::fixturesDir() / "pipeline_case.safetensors").string()));
    std::cout << "[ measured ] " << r.lastLine() << std::endl;
    EXPECT_EQ(r.exitCode, 0) << r.output;
    std::smatch match;
    const std::string last = r.lastLine();
    ASSERT_TRUE(
        std::regex_match(last, match, std::regex("max_abs_error video=(\\S+) median=(\\S+)")))
        << last;
    EXPECT_LE(std::stod(match[1].str()), 1e-3);
    EXPECT_LE(std::stod(match[2].str()), 1e-3);
}

TEST(CliParity, MissingCaseFileIsBadInput) {
    VX_REQUIRE_FIXTURES();
    vx::test::TempDir dir;
    const CommandResult r = runCli("parity --models " + quoted(modelsDir()) + " --case " +
                                   quoted((dir / "absent.safetensors").string()));
    EXPECT_NE(r.exitCode, 0) << r.output;
    EXPECT_NE(r.output.find("absent.safetensors"), std::string::npos) << r.output;
}

TEST(CliCheckModels, FixtureFolderIsUsableWithoutTheAudioEncoder) {
    VX_REQUIRE_FIXTURES();
    const CommandResult r = runCli("check-models --without-audio-encoder " + quoted(modelsDir()));
    EXPECT_EQ(r.exitCode, 0) << r.output;
    EXPECT_NE(r.output.find("[OK] denoising UNet"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("non-commercial research use only"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("Rendering would run on"), std::string::npos) << r.output;
}

TEST(CliCheckModels, FixtureFolderLacksWav2Vec2ForAudio) {
    VX_REQUIRE_FIXTURES();
    const CommandResult r = runCli("check-models " + quoted(modelsDir()));
    EXPECT_EQ(r.exitCode, 3) << r.output;
    EXPECT_NE(r.output.find("wav2vec2-base-960h"), std::string::npos) << r.output;
}

TEST(CliCheckModels, EmptyFolderIsNotUsable) {
    vx::test::TempDir dir;
    const CommandResult r = runCli("check-models " + quoted(dir.path().string()));
    EXPECT_EQ(r.exitCode, 3) << r.output;
    EXPECT_NE(r.output.find("missing"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("NOT usable"), std::string::npos) << r.output;
}

// A truncated checkpoint: the structural check names the file.
TEST(CliCheckModels, TruncatedCheckpointIsNamed) {
    VX_REQUIRE_FIXTURES();
    namespace fs = std::filesystem;
    vx::test::TempDir dir;
    fs::copy(modelsDir(), dir.path() / "m", fs::copy_options::recursive);
    fs::copy(vx::test::fixturesDir() / "hyperparameters.json", dir.path() / "hyperparameters.json");
    // The fixture files are read-only; the copies must be writable (and removable).
    for (const auto& entry : fs::recursive_directory_iterator(dir.path()))
        fs::permissions(entry.path(), fs::perms::owner_write, fs::perm_options::add);
    const fs::path victim = dir.path() / "m/v-express/motion_module.bin";
    fs::resize_file(victim, fs::file_size(victim) / 2);
    const CommandResult r =
        runCli("check-models --without-audio-encoder " + quoted((dir.path() / "m").string()));
    EXPECT_EQ(r.exitCode, 3) << r.output;
    EXPECT_NE(r.output.find("motion_module.bin"), std::string::npos) << r.output;
}

}  // namespace
