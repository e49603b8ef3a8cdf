// vxstudio-cli batch, run as a separate process: three jobs (parameter sets and a project file)
// rendered with the tiny model (scripts/make-tiny-model.py over the fixtures), skipped when run
// again, a failing job in the table and the exit code; shards, locks and a bad job file without
// the model.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

#include "cli/cli_runner.h"
#include "studio/batch_claim.h"
#include "support/test_support.h"

namespace {

namespace fs = std::filesystem;
const char* kAstronaut = "/usr/lib/python3/dist-packages/skimage/data/astronaut.png";

using vx::test::CommandResult;
using vx::test::quoted;
using vx::test::runCli;
using vx::test::runShell;

class CliBatch : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new vx::test::TempDir;
        const CommandResult say =
            runShell("espeak-ng -w " + quoted(voice().string()) + " 'One batch, three talks.'");
        ASSERT_EQ(say.exitCode, 0) << "espeak-ng is needed: " << say.output;
        fs::copy_file(kAstronaut, s_dir->path() / "face.png");
        // A project beside the jobs, with inputs relative to it, as the studio saves them.
        std::ofstream(s_dir->path() / "talk.vxproj") << R"({
            "format": "vxproj", "version": 2,
            "inputs": {"portrait": "face.png", "audio": "voice.wav"},
            "quality": {"steps": 1, "resolutionPx": 64, "seed": 3}})";
        if (vx::test::haveFixtures()) {
            ASSERT_EQ(vx::test::runPython(
                          vx::test::sourceDir() / "scripts" / "make-tiny-model.py",
                          {(s_dir->path() / "tiny").string(), vx::test::fixturesDir().string()}),
                      0);
        }
    }
    static void TearDownTestSuite() { delete s_dir; }
    static fs::path dir() { return s_dir->path(); }
    static fs::path voice() { return s_dir->path() / "voice.wav"; }

    // A batch file in the test folder; `jobs` is the JSON list of jobs.
    static fs::path writeBatch(const std::string& name, const std::string& jobs) {
        const fs::path path = dir() / name;
        std::ofstream(path) << R"({"version": 1,
            "defaults": {"models": "tiny/model_ckpts", "device": "cpu", "steps": 1,
                         "resolutionPx": 64},
            "jobs": )" << jobs
                            << "}";
        return path;
    }
    static std::string batch(const fs::path& file, const std::string& extra = "") {
        return "batch " + quoted(file.string()) + " " + extra;
    }

    static inline vx::test::TempDir* s_dir = nullptr;
};

const std::string kThreeJobs = R"([
    {"image": "face.png", "audio": "voice.wav", "output": "out/a.mp4"},
    {"image": "face.png", "audio": "voice.wav", "output": "out/b.mp4", "seed": 7,
     "motionPreset": "lively"},
    "talk.vxproj"])";

// The summary row of job `index`: "<index>  <time>  <output>  <result>".
bool hasRow(const std::string& output, int index, const std::string& file,
            const std::string& result) {
    const std::regex row("\\n" + std::to_string(index) + " +[-0-9. s]+ +[^\\n]*" + file + " +" +
                         result);
    return std::regex_search(output, row);
}

void expectPlayableVideo(const fs::path& file) {
    const CommandResult probe = runShell(
        "ffprobe -v error -show_entries stream=codec_name -of csv=p=0 " + quoted(file.string()));
    EXPECT_EQ(probe.exitCode, 0) << file << ": " << probe.output;
    EXPECT_NE(probe.output.find("h264"), std::string::npos) << file << ": " << probe.output;
    EXPECT_NE(probe.output.find("aac"), std::string::npos) << file << ": " << probe.output;
}

TEST_F(CliBatch, RendersEveryJobSkipsThemWhenRunAgainAndReportsAFailure) {
    VX_REQUIRE_FIXTURES();
    const fs::path jobs = writeBatch("jobs.json", kThreeJobs);
    const CommandResult first = runCli(batch(jobs));
    ASSERT_EQ(first.exitCode, 0) << first.output;
    const fs::path outputs[] = {dir() / "out" / "a.mp4", dir() / "out" / "b.mp4",
                                dir() / "talk.mp4"};
    for (int i = 0; i < 3; ++i) {
        expectPlayableVideo(outputs[i]);
        EXPECT_TRUE(hasRow(first.output, i, outputs[i].filename().string(), "done"))
            << first.output;
        EXPECT_FALSE(fs::exists(vx::studio::lockPathFor(outputs[i])));
    }
    EXPECT_NE(first.output.find("3 jobs: 3 done"), std::string::npos) << first.output;

    // Run again: every job is finished, nothing is rendered.
    const auto written = fs::last_write_time(outputs[0]);
    const CommandResult again = runCli(batch(jobs));
    ASSERT_EQ(again.exitCode, 0) << again.output;
    for (int i = 0; i < 3; ++i)
        EXPECT_TRUE(
            hasRow(again.output, i, outputs[i].filename().string(), "skipped \\(already done\\)"))
            << again.output;
    EXPECT_EQ(again.output.find("rendering"), std::string::npos) << again.output;
    EXPECT_EQ(fs::last_write_time(outputs[0]), written);

    // A fourth job whose photo is missing fails alone; the batch exits with its code.
    const fs::path withFailure = writeBatch(
        "jobs-failing.json",
        kThreeJobs.substr(0, kThreeJobs.rfind(']')) +
            R"(, {"image": "missing.png", "audio": "voice.wav", "output": "out/d.mp4"}])");
    const CommandResult failing = runCli(batch(withFailure));
    EXPECT_EQ(failing.exitCode, 2) << failing.output;
    EXPECT_TRUE(hasRow(failing.output, 3, "d.mp4", "failed \\(exit 2\\): .*missing.png"))
        << failing.output;
    EXPECT_TRUE(hasRow(failing.output, 0, "a.mp4", "skipped")) << failing.output;
    EXPECT_NE(failing.output.find("4 jobs: 0 done, 3 already done, 1 failed"), std::string::npos)
        << failing.output;
    EXPECT_FALSE(fs::exists(dir() / "out" / "d.mp4"));
}

TEST_F(CliBatch, ShardsTakeEveryNthJobFromTheOptionOrTheEnvironment) {
    const fs::path jobs = writeBatch("four.json", R"([
        {"image": "face.png", "audio": "voice.wav", "output": "four/0.mp4"},
        {"image": "face.png", "audio": "voice.wav", "output": "four/1.mp4", "steps": 3},
        {"image": "face.png", "audio": "voice.wav", "output": "four/2.mp4"},
        "talk.vxproj"])");
    const std::regex job("\\njob (\\d+): \\{");
    auto jobsIn = [&](const std::string& output) {
        std::string listed;
        for (auto it = std::sregex_iterator(output.begin(), output.end(), job);
             it != std::sregex_iterator(); ++it)
            listed += (*it)[1].str();
        return listed;
    };
    const CommandResult second = runCli(batch(jobs, "--shard 1/2 --dry-run"));
    ASSERT_EQ(second.exitCode, 0) << second.output;
    EXPECT_EQ(jobsIn("\n" + second.output), "13") << second.output;
    // Job 1's own steps, job 3's from its project; the command line's --seed over every job.
    const CommandResult seeded = runCli(batch(jobs, "--shard 1/2 --dry-run --seed 99"));
    EXPECT_NE(seeded.output.find("\"steps\": 3"), std::string::npos) << seeded.output;
    EXPECT_NE(seeded.output.find("\"seed\": 99,"), std::string::npos) << seeded.output;
    EXPECT_EQ(seeded.output.find("\"seed\": 3,"), std::string::npos) << seeded.output;

    const CommandResult slurm = runShell("SLURM_ARRAY_TASK_ID=0 SLURM_ARRAY_TASK_COUNT=2 " +
                                         quoted(VX_CLI_EXE) + " " + batch(jobs, "--dry-run"));
    ASSERT_EQ(slurm.exitCode, 0) << slurm.output;
    EXPECT_EQ(jobsIn("\n" + slurm.output), "02") << slurm.output;
    EXPECT_NE(slurm.output.find("SLURM_ARRAY_TASK_ID=0"), std::string::npos) << slurm.output;

    const CommandResult kube = runShell("JOB_COMPLETION_INDEX=2 VX_SHARD_COUNT=3 " +
                                        quoted(VX_CLI_EXE) + " " + batch(jobs, "--dry-run"));
    ASSERT_EQ(kube.exitCode, 0) << kube.output;
    EXPECT_EQ(jobsIn("\n" + kube.output), "2") << kube.output;

    const CommandResult noCount =
        runShell("JOB_COMPLETION_INDEX=2 " + quoted(VX_CLI_EXE) + " " + batch(jobs, "--dry-run"));
    EXPECT_EQ(noCount.exitCode, 2) << noCount.output;
    EXPECT_NE(noCount.output.find("VX_SHARD_COUNT"), std::string::npos) << noCount.output;
}

TEST_F(CliBatch, AJobLockedByAnotherProcessIsRunningElsewhere) {
    const fs::path jobs =
        writeBatch("locked.json",
                   R"([{"image": "face.png", "audio": "voice.wav", "output": "locked/a.mp4"}])");
    fs::create_directories(dir() / "locked");
    const auto lock = vx::studio::OutputLock::tryLock(dir() / "locked" / "a.mp4.lock");
    ASSERT_TRUE(lock);
    const CommandResult r = runCli(batch(jobs));
    EXPECT_EQ(r.exitCode, 6) << r.output;
    EXPECT_TRUE(hasRow(r.output, 0, "a.mp4", "running elsewhere")) << r.output;
    EXPECT_FALSE(fs::exists(dir() / "locked" / "a.mp4"));
}

TEST_F(CliBatch, ABadJobFileIsRefusedBeforeAnyJobRuns) {
    const fs::path jobs = writeBatch("bad.json", R"([
        {"image": "face.png", "audio": "voice.wav", "output": "bad/a.mp4"},
        {"image": "face.png", "audio": "voice.wav", "output": "bad/b.mp4", "steps": 0}])");
    const CommandResult r = runCli(batch(jobs));
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_NE(r.output.find("bad.json: job 1: \"steps\": 0 is out of range"), std::string::npos)
        << r.output;
    EXPECT_FALSE(fs::exists(dir() / "bad"));

    const fs::path twice = writeBatch("twice.json", R"(["talk.vxproj", "./talk.vxproj"])");
    const CommandResult same = runCli(batch(twice));
    EXPECT_EQ(same.exitCode, 2) << same.output;
    EXPECT_NE(same.output.find("job 0 and job 1 both write"), std::string::npos) << same.output;

    const CommandResult help = runCli("batch --help");
    EXPECT_EQ(help.exitCode, 0) << help.output;
    EXPECT_NE(help.output.find("docs/render-farm.md"), std::string::npos) << help.output;
    EXPECT_NE(help.output.find("--shard"), std::string::npos) << help.output;
}

}  // namespace
