#include "app/cli/terminal_progress.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>

#include <unistd.h>

namespace vx::cli {

namespace {
// The signal that asked to stop (0: none). Lock-free, so the handler may store it.
std::atomic<int> g_stopSignal{0};
void onStopSignal(int signal) {
    g_stopSignal.store(signal);
}
// Ctrl-C, `kill` (and service managers) and a closed terminal all ask the job to stop; each one
// gets the same clean-up: the job sees the request at its next check, its writer removes the
// temporary file and the process exits with 128 + the signal's number.
constexpr int kStopSignals[] = {SIGINT, SIGTERM, SIGHUP};
// Guards alive (on the main thread only): the outermost installs the handlers.
int g_guardDepth = 0;

std::string clock(double seconds) {
    const int s = int(seconds + 0.5);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%d:%02d", s / 60, s % 60);
    return buffer;
}
}  // namespace

TerminalProgress::TerminalProgress()
    : m_start(std::chrono::steady_clock::now()), m_interactive(::isatty(STDERR_FILENO) == 1) {}

void TerminalProgress::update(const studio::JobProgress& p) {
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
    std::string line = studio::jobStageName(p.stage);
    if (p.stepCount > 0) {
        // While denoising, the windows of the current step refine the step count.
        const double done =
            p.windowCount > 0 ? (p.step - 1) + double(p.window) / p.windowCount : double(p.step);
        const int percent = int(100.0 * done / p.stepCount);
        line += " " + std::to_string(percent) + "%";
    }
    if (p.frameCount > 0)
        line += "  frames " + std::to_string(p.framesDone) + "/" + std::to_string(p.frameCount);
    line += "  elapsed " + clock(elapsed);
    if (p.frameCount > 0 && p.framesDone > 0 && p.framesDone < p.frameCount)
        line += "  left ~" + clock(elapsed * (p.frameCount - p.framesDone) / p.framesDone);
    if (!m_interactive) {
        // A log file gets one line per stage and per tenth of the frames, not a redrawn bar.
        const int tenth = p.frameCount > 0 ? 10 * p.framesDone / p.frameCount : 0;
        if (p.stage == m_lastStage && tenth == m_lastTenth)
            return;
        m_lastStage = p.stage;
        m_lastTenth = tenth;
        std::cerr << line << '\n';
        return;
    }
    if (line == m_lastLine)
        return;
    m_lastLine = line;
    std::cerr << "\r\033[K" << line << std::flush;
}

void TerminalProgress::finish() {
    if (m_interactive && !m_lastLine.empty())
        std::cerr << '\n';
    m_lastLine.clear();
}

InterruptGuard::InterruptGuard() {
    // A batch holds a guard around all its jobs, so a signal between two jobs stops the batch
    // too; each job's own guard (runInTerminal) then neither clears it nor restores the default.
    if (g_guardDepth++ > 0)
        return;
    g_stopSignal.store(0);
    for (const int signal : kStopSignals)
        std::signal(signal, onStopSignal);
}
InterruptGuard::~InterruptGuard() {
    if (--g_guardDepth > 0)
        return;
    for (const int signal : kStopSignals)
        std::signal(signal, SIG_DFL);
}
bool InterruptGuard::cancelRequested() {
    return g_stopSignal.load() != 0;
}
int InterruptGuard::cancelledExitCode() {
    const int signal = g_stopSignal.load();
    return signal != 0 ? 128 + signal : 128 + SIGINT;
}

void runInTerminal(const studio::JobRunner::Work& work) {
    InterruptGuard interrupt;
    TerminalProgress progress;
    studio::JobRunner::Handlers handlers;
    handlers.progress = [&progress](const studio::JobProgress& p) { progress.update(p); };
    handlers.log = [&progress](const std::string& text) {
        progress.finish();
        std::cerr << text << '\n';
    };
    studio::JobRunner runner;
    const auto failure = runner.runToEnd(work, handlers, &InterruptGuard::cancelRequested);
    progress.finish();
    if (failure)
        failure->raise();
}

}  // namespace vx::cli
