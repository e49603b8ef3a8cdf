// The one-line report of a model download or verification on stderr: file n of m, its bytes,
// the total, the rate and the time left; redrawn in place on a terminal, one line per file
// otherwise (a log file gets no carriage-return noise).
#pragma once

#include <string>

#include "models/download_progress.h"

namespace vx::cli {

class DownloadProgressLine {
public:
    DownloadProgressLine();
    void update(const models::DownloadProgress& progress);
    // A message (retry, re-fetch) on its own line, keeping the bar below it.
    void note(const std::string& message);
    void finish();

private:
    bool m_interactive = false;
    std::string m_lastLine;
    size_t m_lastFileIndex = 0;
    models::DownloadProgress::Stage m_lastStage{};
};

// "1.5 GB", "12.0 MB", "830 KB", "17 B".
std::string humanBytes(double bytes);

}  // namespace vx::cli
