#include "models/model_verifier.h"

#include "common/error.h"
#include "models/file_digest.h"

namespace vx::models {

std::optional<std::string> checkFile(const std::filesystem::path& file, const PlannedFile& expected,
                                     const std::function<bool(uint64_t)>& onBytes) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        return std::string("missing");
    const uintmax_t size = std::filesystem::file_size(file, ec);
    if (ec)
        return "unreadable: " + ec.message();
    if (size != expected.size)
        return "is " + std::to_string(size) + " bytes, the hub lists " +
               std::to_string(expected.size) + " (incomplete or a different version)";
    if (expected.isLfs()) {
        const std::string actual = sha256OfFile(file, onBytes);
        if (actual != expected.sha256)
            return "its SHA-256 is " + actual + ", the hub lists " + expected.sha256 +
                   " (the file is damaged)";
    } else {
        const std::string actual = gitBlobSha1OfFile(file, onBytes);
        if (actual != expected.gitSha1)
            return "its git blob id is " + actual + ", the hub lists " + expected.gitSha1 +
                   " (the file is damaged)";
    }
    return std::nullopt;
}

VerifyReport verifyModelFolder(const std::filesystem::path& folder, const DownloadPlan& plan,
                               const DownloadCallbacks& callbacks) {
    VerifyReport report;
    DownloadProgress progress;
    progress.stage = DownloadProgress::Stage::Verifying;
    progress.fileCount = plan.files.size();
    progress.totalSize = plan.totalBytes();
    uint64_t before = 0;
    for (const PlannedFile& file : plan.files) {
        ++progress.fileIndex;
        progress.file = file.path;
        progress.fileSize = file.size;
        const auto onBytes = [&](uint64_t done) {
            progress.fileDone = done;
            progress.totalDone = before + done;
            if (callbacks.progress)
                callbacks.progress(progress);
            return !callbacks.cancelled();
        };
        if (callbacks.cancelled())
            throw Error(ErrorKind::Cancelled, "verification cancelled");
        if (auto problem = checkFile(folder / file.path, file, onBytes))
            report.issues.push_back({file.path, *problem});
        ++report.checked;
        before += file.size;
    }
    return report;
}

}  // namespace vx::models
