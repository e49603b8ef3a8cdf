// A batch job's claim on its output: finished outputs are skipped, a lock held by another
// process (here another open file description, as flock(2) sees it) means running elsewhere,
// and a lock is released, with its file, when the job ends or its process dies.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "common/error.h"
#include "studio/batch_claim.h"
#include "support/test_support.h"

namespace {

namespace fs = std::filesystem;
using vx::studio::ClaimOutcome;
using vx::studio::claimOutput;
using vx::studio::OutputLock;

const vx::studio::ResumeStateCheck kNoResumeState = [](const fs::path&) { return false; };

TEST(BatchClaim, AMissingOutputIsClaimedAndItsFolderMade) {
    vx::test::TempDir dir;
    const fs::path output = dir / "renders" / "day1" / "a.mp4";
    {
        const auto claim = claimOutput(output, false, kNoResumeState);
        EXPECT_EQ(claim.outcome, ClaimOutcome::Claimed);
        ASSERT_TRUE(claim.lock);
        EXPECT_TRUE(fs::is_directory(output.parent_path()));
        EXPECT_TRUE(fs::exists(vx::studio::lockPathFor(output)));
        EXPECT_EQ(vx::studio::lockPathFor(output), dir / "renders" / "day1" / "a.mp4.lock");
        // While it is held, another claim of the output finds it running elsewhere.
        const auto second = claimOutput(output, false, kNoResumeState);
        EXPECT_EQ(second.outcome, ClaimOutcome::RunningElsewhere);
        EXPECT_FALSE(second.lock);
    }
    EXPECT_FALSE(fs::exists(vx::studio::lockPathFor(output)));  // removed with the lock
    EXPECT_EQ(claimOutput(output, false, kNoResumeState).outcome, ClaimOutcome::Claimed);
}

TEST(BatchClaim, AFinishedOutputIsSkippedUnlessForcedOrResumeStateIsBesideIt) {
    vx::test::TempDir dir;
    const fs::path output = dir / "a.mp4";
    std::ofstream(output) << "a finished video";
    EXPECT_EQ(claimOutput(output, false, kNoResumeState).outcome, ClaimOutcome::AlreadyDone);
    EXPECT_FALSE(fs::exists(vx::studio::lockPathFor(output)));
    EXPECT_EQ(claimOutput(output, true, kNoResumeState).outcome, ClaimOutcome::Claimed);
    const auto interrupted = [&](const fs::path& o) { return o == output; };
    EXPECT_FALSE(vx::studio::outputIsFinished(output, interrupted));
    EXPECT_EQ(claimOutput(output, false, interrupted).outcome, ClaimOutcome::Claimed);
    EXPECT_FALSE(vx::studio::outputIsFinished(dir / "none.mp4", kNoResumeState));
}

TEST(BatchClaim, AnOutputFinishedWhileWaitingForTheLockIsNotRenderedAgain) {
    vx::test::TempDir dir;
    const fs::path output = dir / "a.mp4";
    std::ofstream(output) << "an earlier render";
    // Before the lock, resume state beside the output (an interrupted render); under the lock,
    // none: another shard resumed and finished it in between.
    int checks = 0;
    const auto finishedMeanwhile = [&](const fs::path&) { return ++checks == 1; };
    const auto claim = claimOutput(output, false, finishedMeanwhile);
    EXPECT_EQ(checks, 2);
    EXPECT_EQ(claim.outcome, ClaimOutcome::AlreadyDone);
    EXPECT_FALSE(claim.lock);
    EXPECT_FALSE(fs::exists(vx::studio::lockPathFor(output)));
}

TEST(BatchClaim, TheKernelReleasesTheLockOfAKilledProcess) {
    vx::test::TempDir dir;
    const fs::path output = dir / "a.mp4";
    int ready[2];
    ASSERT_EQ(::pipe(ready), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        const auto lock = OutputLock::tryLock(vx::studio::lockPathFor(output));
        const char byte = lock ? 1 : 0;
        (void)!::write(ready[1], &byte, 1);
        ::pause();  // killed below, holding the lock
        ::_exit(0);
    }
    char byte = 0;
    ASSERT_EQ(::read(ready[0], &byte, 1), 1);
    ASSERT_EQ(byte, 1);
    EXPECT_EQ(claimOutput(output, false, kNoResumeState).outcome, ClaimOutcome::RunningElsewhere);
    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
    ::close(ready[0]);
    ::close(ready[1]);
    // The lock file is left behind, unlocked: the next claim takes it.
    EXPECT_TRUE(fs::exists(vx::studio::lockPathFor(output)));
    EXPECT_EQ(claimOutput(output, false, kNoResumeState).outcome, ClaimOutcome::Claimed);
}

TEST(BatchClaim, AnUncreatableFolderIsAnIoError) {
    vx::test::TempDir dir;
    std::ofstream(dir / "file") << "not a folder";
    try {
        claimOutput(dir / "file" / "a.mp4", false, kNoResumeState);
        ADD_FAILURE();
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::Io);
        EXPECT_NE(std::string(e.what()).find("cannot be created"), std::string::npos) << e.what();
    }
}

}  // namespace
