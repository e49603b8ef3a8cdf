#include "app/cli/download_progress_line.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace vx::cli {

namespace {

std::string clock(double seconds) {
    if (seconds < 0)
        return "?";
    const long s = long(seconds + 0.5);
    char buffer[32];
    if (s >= 3600)
        std::snprintf(buffer, sizeof buffer, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
    else
        std::snprintf(buffer, sizeof buffer, "%ld:%02ld", s / 60, s % 60);
    return buffer;
}

}  // namespace

std::string humanBytes(double bytes) {
    const char* units[] = {"B", "KB", "MB", "GB", "TB"};
    int unit = 0;
    while (bytes >= 1000.0 && unit < 4) {
        bytes /= 1000.0;
        ++unit;
    }
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, unit == 0 ? "%.0f %s" : "%.1f %s", bytes, units[unit]);
    return buffer;
}

DownloadProgressLine::DownloadProgressLine() : m_interactive(::isatty(STDERR_FILENO) == 1) {}

void DownloadProgressLine::update(const models::DownloadProgress& p) {
    const bool verifying = p.stage == models::DownloadProgress::Stage::Verifying;
    std::string line = "[" + std::to_string(p.fileIndex) + "/" + std::to_string(p.fileCount) +
                       "] " + (verifying ? "verifying " : "") + p.file + "  " +
                       humanBytes(double(p.fileDone)) + "/" + humanBytes(double(p.fileSize)) +
                       "  total " + humanBytes(double(p.totalDone)) + "/" +
                       humanBytes(double(p.totalSize));
    if (!verifying && p.bytesPerSecond > 0)
        line += "  " + humanBytes(p.bytesPerSecond) + "/s  file " + clock(p.fileSecondsLeft) +
                " left, all " + clock(p.totalSecondsLeft) + " left";
    if (!m_interactive) {
        if (p.fileIndex == m_lastFileIndex && p.stage == m_lastStage)
            return;
        m_lastFileIndex = p.fileIndex;
        m_lastStage = p.stage;
        std::cerr << line << '\n';
        return;
    }
    if (line == m_lastLine)
        return;
    m_lastLine = line;
    std::cerr << "\r\033[K" << line << std::flush;
}

void DownloadProgressLine::note(const std::string& message) {
    if (m_interactive && !m_lastLine.empty())
        std::cerr << "\r\033[K";
    std::cerr << message << '\n';
    if (m_interactive && !m_lastLine.empty())
        std::cerr << m_lastLine << std::flush;
}

void DownloadProgressLine::finish() {
    if (m_interactive && !m_lastLine.empty())
        std::cerr << '\n';
    m_lastLine.clear();
}

}  // namespace vx::cli
