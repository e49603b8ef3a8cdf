#include "app/cli/batch_summary.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>

#include "app/cli/cli_command.h"

namespace vx::cli {

namespace {

// One line per row: a message that spans lines would break the table.
std::string oneLine(std::string text) {
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

std::string seconds(const JobReport& report) {
    if (report.result != JobResult::Done && report.result != JobResult::Failed &&
        report.result != JobResult::Cancelled)
        return "-";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f s", report.seconds);
    return buffer;
}

std::string padded(const std::string& text, std::size_t width) {
    return text + std::string(width > text.size() ? width - text.size() : 0, ' ');
}

}  // namespace

std::string resultText(const JobReport& report) {
    switch (report.result) {
        case JobResult::Done:
            return "done";
        case JobResult::AlreadyDone:
            return "skipped (already done)";
        case JobResult::Failed:
            return "failed (exit " + std::to_string(report.exitCode) +
                   "): " + oneLine(report.message);
        case JobResult::RunningElsewhere:
            return "running elsewhere (locked by another process)";
        case JobResult::Cancelled:
            return "cancelled";
        case JobResult::NotStarted:
            return "not started";
    }
    return {};
}

std::string formatSummary(const std::vector<JobReport>& reports) {
    std::vector<std::array<std::string, 4>> rows = {{"job", "time", "output", "result"}};
    for (const JobReport& r : reports)
        rows.push_back({std::to_string(r.index), seconds(r), r.output, resultText(r)});
    std::array<std::size_t, 3> widths{};
    for (const auto& row : rows)
        for (std::size_t c = 0; c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    std::string text;
    for (const auto& row : rows) {
        for (std::size_t c = 0; c < widths.size(); ++c)
            text += padded(row[c], widths[c] + 2);
        text += row[3] + "\n";
    }
    std::map<JobResult, int> counts;
    for (const JobReport& r : reports)
        ++counts[r.result];
    text += std::to_string(reports.size()) + " jobs: " + std::to_string(counts[JobResult::Done]) +
            " done, " + std::to_string(counts[JobResult::AlreadyDone]) + " already done, " +
            std::to_string(counts[JobResult::Failed]) + " failed, " +
            std::to_string(counts[JobResult::RunningElsewhere]) + " running elsewhere";
    if (const int stopped = counts[JobResult::Cancelled] + counts[JobResult::NotStarted])
        text += ", " + std::to_string(stopped) + " stopped";
    return text + "\n";
}

int batchExitCode(const std::vector<JobReport>& reports) {
    for (const JobReport& r : reports)
        if (r.result == JobResult::Cancelled)
            return r.exitCode;  // as a shell expects of a stopped command: 130, 143, 129
    for (const JobReport& r : reports)
        if (r.result == JobResult::Failed)
            return r.exitCode;
    for (const JobReport& r : reports)
        if (r.result == JobResult::RunningElsewhere || r.result == JobResult::NotStarted)
            return kExitBatchIncomplete;
    return kExitOk;
}

}  // namespace vx::cli
