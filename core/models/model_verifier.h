// Checks files on disk against the sizes and hashes of a download plan.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "models/download_plan.h"
#include "models/download_progress.h"

namespace vx::models {

// What is wrong with `file` (which should hold `expected`): missing, wrong size or wrong hash;
// nullopt when it matches. Hashing reports progress under DownloadProgress::Stage::Verifying
// through `onBytes`; throws vx::Error(Cancelled) when it returns false.
std::optional<std::string> checkFile(const std::filesystem::path& file, const PlannedFile& expected,
                                     const std::function<bool(uint64_t)>& onBytes = {});

struct VerifyIssue {
    std::string path;  // inside the model folder
    std::string problem;
};

struct VerifyReport {
    size_t checked = 0;
    std::vector<VerifyIssue> issues;
    bool ok() const { return issues.empty(); }
};

// Checks every file of `plan` in `folder`, reporting progress and honouring cancel.
VerifyReport verifyModelFolder(const std::filesystem::path& folder, const DownloadPlan& plan,
                               const DownloadCallbacks& callbacks = {});

}  // namespace vx::models
