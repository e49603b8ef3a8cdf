// A one-line progress bar on stderr (stage, percent, frames, elapsed, time left), redrawn only
// when what it shows changes; and Ctrl-C turned into a cancel request.
#pragma once

#include <chrono>
#include <string>

#include "studio/job_callbacks.h"

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
    std::string m_lastStage;
    int m_lastTenth = -1;
};

// Installs a SIGINT handler for the life of the object; cancelRequested() turns true on Ctrl-C.
class InterruptGuard {
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;
    static bool cancelRequested();
};

// Callbacks wired to a progress bar, stderr logging and Ctrl-C.
studio::JobCallbacks terminalCallbacks(TerminalProgress& progress);

}  // namespace vx::cli
