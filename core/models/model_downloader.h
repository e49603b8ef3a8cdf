// Fetches the files of a download plan into a model folder: free-space check first, then each
// file into "<name>.part" (resumed with an HTTP Range request after a dropped connection, a
// cancel or a crash), verified against the plan's size and hash, and only then renamed to its
// final name. Files already present and intact are kept.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "models/curl_handles.h"
#include "models/download_plan.h"
#include "models/download_progress.h"

namespace vx::models {

struct DownloadOptions {
    NetworkTimeouts timeouts;
    // Attempts in a row that bring no new byte before a file is given up (a dropped connection
    // that delivered something resets the count).
    int retries = 3;
    std::chrono::milliseconds retryPause{1000};  // grows with each attempt in a row
};

struct FileFailure {
    std::string path;  // inside the model folder
    std::string reason;
};

struct DownloadReport {
    size_t fetched = 0;         // files downloaded now (in whole or in part)
    size_t alreadyPresent = 0;  // files found intact
    uint64_t bytesTransferred = 0;
    std::vector<FileFailure> failures;  // files that could not be fetched; the others are done
    bool ok() const { return failures.empty(); }
};

// Bytes still to be written to fetch `plan` into `folder` (what complete files and partial
// downloads already hold is counted as done).
uint64_t bytesStillNeeded(const DownloadPlan& plan, const std::filesystem::path& folder);

// Downloads `plan` from `source` (whose token, if any, is sent to the hub) into `folder`.
// Throws vx::Error(Io) before writing anything when the disk has too little free space, and when
// a write fails; vx::Error(Cancelled) when the callbacks ask to stop (partial files stay for the
// next run). Files the network could not deliver are listed in the report's failures.
DownloadReport downloadModels(const DownloadPlan& plan, const HubSource& source,
                              const std::filesystem::path& folder, const DownloadOptions& options,
                              const DownloadCallbacks& callbacks);

}  // namespace vx::models
