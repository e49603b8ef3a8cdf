// What became of each job of a batch, as the table `vxstudio-cli batch` prints at the end, and
// the exit code that sums it up (docs/render-farm.md).
#pragma once

#include <string>
#include <vector>

namespace vx::cli {

enum class JobResult {
    Done,              // rendered now
    AlreadyDone,       // skipped: finished by an earlier run
    Failed,            // with a message and an exit code
    RunningElsewhere,  // skipped: another process holds its lock
    Cancelled,         // stopped by Ctrl-C, SIGTERM or SIGHUP, cleaned up
    NotStarted,        // after a cancel
};

struct JobReport {
    int index = 0;
    std::string output;
    JobResult result = JobResult::NotStarted;
    std::string message;  // Failed: the error
    int exitCode = 0;     // Failed, Cancelled: the code `render` would have exited with
    double seconds = 0.0;
};

// "done", "skipped (already done)", "failed (exit 2): <message>", ...
std::string resultText(const JobReport& report);

// One row per job (job, time, output, result) under a header, then a line of totals.
std::string formatSummary(const std::vector<JobReport>& reports);

// 0 when every job is done or skipped as already done; else the code of the cancelled job; else
// that of the first failed job; else (jobs running elsewhere or not started) kExitBatchIncomplete.
int batchExitCode(const std::vector<JobReport>& reports);

}  // namespace vx::cli
