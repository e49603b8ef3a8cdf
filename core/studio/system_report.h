// What a user pastes into a bug report: versions, build, devices, the BLAS LibTorch calls, threads,
// memory and disk, the model folder's state and the log file. `vxstudio-cli doctor` prints it and
// the studio shows it under Help -> System Information; both call this, so they say the same.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace vx::studio {

struct ReportItem {
    std::string key;
    std::string value;
};

struct ReportSection {
    std::string title;
    std::vector<ReportItem> items;
};

struct SystemReport {
    std::vector<ReportSection> sections;
    // Things that will make renders fail or run slowly, each with its fix.
    std::vector<std::string> problems;
};

struct SystemReportOptions {
    std::string frontEnd;                    // "vxstudio-cli" or "vxstudio"
    std::filesystem::path modelFolder;       // empty: not set
    std::filesystem::path logFile;           // empty: no log file
    std::filesystem::path outputFolder;      // whose free space to report (default: current)
    std::vector<ReportItem> extraLibraries;  // front-end libraries (Qt...) with their versions
};

SystemReport collectSystemReport(const SystemReportOptions& options);

// Plain text, one "key: value" line per item under each section's title, then the problems.
std::string formatSystemReport(const SystemReport& report);

}  // namespace vx::studio
