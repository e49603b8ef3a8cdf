// A one-line progress bar on stderr (stage, percent, frames, elapsed, time left), redrawn only
// when what it shows changes; and Ctrl-C, SIGTERM and SIGHUP turned into a cancel request.
#pragma once

#include <chrono>
#include <string>

#include "studio/job_runner.h"

namespace vx::cli {

class TerminalProgress {
public:
    TerminalProgress();
    void update(const studio::JobProgress& progress);
    void finish();

private:
    std::chrono::steady_clock::time_point m_start;
    bool m_interactive = false;  // stderr is a terminal: redraw one line in place
    std::string m_lastLine;
    studio::JobStage m_lastStage = studio::JobStage::Starting;
    int m_lastTenth = -1;
};

// Installs handlers of SIGINT, SIGTERM and SIGHUP for the life of the object; cancelRequested()
// turns true when one arrives. Guards nest (a batch's around each job's): the outermost one
// installs and removes the handlers.
class InterruptGuard {
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;
    static bool cancelRequested();
    // The exit code of a cancelled job: 128 + the signal that stopped it (130 for Ctrl-C, 143
    // for SIGTERM, 129 for SIGHUP), as a shell reports a process that signal killed.
    static int cancelledExitCode();
};

// Runs `work` through the studio's job runner (on its worker thread) while this thread shows
// its progress and log on stderr and cancels it on Ctrl-C, SIGTERM or SIGHUP. A failure is
// thrown as the vx::Error that main() turns into a message and an exit code.
void runInTerminal(const studio::JobRunner::Work& work);

}  // namespace vx::cli
