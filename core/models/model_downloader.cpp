#include "models/model_downloader.h"

#include <thread>

#include "common/error.h"
#include "common/log.h"
#include "models/file_transfer.h"
#include "models/model_location.h"
#include "models/model_verifier.h"
#include "models/transfer_rate.h"

namespace vx::models {

namespace {

namespace fs = std::filesystem;

fs::path partPathOf(const fs::path& finalPath) {
    return finalPath.string() + ".part";
}

uint64_t sizeOrZero(const fs::path& path) {
    std::error_code ec;
    const uintmax_t size = fs::file_size(path, ec);
    return ec ? 0 : uint64_t(size);
}

std::string megabytes(uint64_t bytes) {
    return std::to_string((bytes + 999999) / 1000000) + " MB";
}

// A partial file left by an earlier run for another version of the file (the manifest it left
// names another hash) cannot be continued.
void dropStalePartials(const DownloadPlan& plan, const fs::path& folder) {
    std::error_code ec;
    if (!fs::exists(manifestPath(folder), ec))
        return;
    DownloadPlan previous;
    try {
        previous = readManifest(folder);
    } catch (const Error&) {
        return;  // unreadable: rewritten below; partial files are still checked when complete
    }
    for (const PlannedFile& file : plan.files)
        for (const PlannedFile& old : previous.files)
            if (old.path == file.path && old.hashLabel() != file.hashLabel())
                fs::remove(partPathOf(folder / file.path), ec);
}

// Reports progress (throttled) and tells transfers whether to go on.
class ProgressReporter {
public:
    ProgressReporter(const DownloadPlan& plan, const DownloadCallbacks& callbacks)
        : m_callbacks(callbacks) {
        m_progress.fileCount = plan.files.size();
        m_progress.totalSize = plan.totalBytes();
    }

    void startFile(size_t index, const PlannedFile& file, DownloadProgress::Stage stage) {
        m_progress.fileIndex = index + 1;
        m_progress.file = file.path;
        m_progress.fileSize = file.size;
        m_progress.fileDone = 0;
        m_progress.stage = stage;
        emit(true);
    }

    // The file has `fileDone` bytes (on disk or hashed); `transferred` is the run's new bytes.
    bool update(uint64_t fileDone, uint64_t transferred) {
        m_progress.fileDone = fileDone;
        if (m_progress.stage == DownloadProgress::Stage::Downloading)
            m_rate.record(transferred);
        emit(false);
        return !m_callbacks.cancelled();
    }

    // The file is complete; its bytes count as done.
    void finishFile(uint64_t size) {
        m_progress.fileDone = size;
        emit(true);
        m_doneBefore += size;
        m_progress.fileDone = 0;  // until the next file starts, its bytes are in m_doneBefore
    }

private:
    void emit(bool force) {
        if (!m_callbacks.progress)
            return;
        const auto now = TransferRate::Clock::now();
        if (!force && now - m_lastEmit < std::chrono::milliseconds(100))
            return;
        m_lastEmit = now;
        DownloadProgress p = m_progress;
        p.totalDone = m_doneBefore + std::min(p.fileDone, p.fileSize);
        p.bytesPerSecond = m_rate.bytesPerSecond();
        p.fileSecondsLeft = m_rate.secondsFor(p.fileSize - std::min(p.fileDone, p.fileSize));
        p.totalSecondsLeft = m_rate.secondsFor(p.totalSize - std::min(p.totalDone, p.totalSize));
        m_callbacks.progress(p);
    }

    const DownloadCallbacks& m_callbacks;
    DownloadProgress m_progress;
    TransferRate m_rate;
    uint64_t m_doneBefore = 0;
    TransferRate::Clock::time_point m_lastEmit{};
};

class Downloader {
public:
    Downloader(const DownloadPlan& plan, const HubSource& source, const fs::path& folder,
               const DownloadOptions& options, const DownloadCallbacks& callbacks)
        : m_plan(plan),
          m_source(source),
          m_folder(folder),
          m_options(options),
          m_callbacks(callbacks),
          m_progress(plan, callbacks) {}

    DownloadReport run() {
        for (size_t i = 0; i < m_plan.files.size(); ++i) {
            const PlannedFile& file = m_plan.files[i];
            if (m_callbacks.cancelled())
                throw Error(ErrorKind::Cancelled, "download cancelled");
            if (keepIntactFile(i, file))
                continue;
            if (std::string reason = fetch(i, file); !reason.empty()) {
                log::warning("models", file.path + ": " + reason);
                m_report.failures.push_back({file.path, reason});
            }
            m_progress.finishFile(file.size);
        }
        return m_report;
    }

private:
    // A complete file from an earlier run is kept when it still matches the plan.
    bool keepIntactFile(size_t index, const PlannedFile& file) {
        const fs::path target = m_folder / file.path;
        std::error_code ec;
        if (!fs::exists(target, ec) || sizeOrZero(target) != file.size)
            return false;
        m_progress.startFile(index, file, DownloadProgress::Stage::Verifying);
        const auto problem = checkFile(
            target, file, [this](uint64_t done) { return m_progress.update(done, m_transferred); });
        if (problem) {
            m_callbacks.say(file.path + " " + *problem + "; fetching it again");
            fs::remove(target, ec);
            return false;
        }
        ++m_report.alreadyPresent;
        m_progress.finishFile(file.size);
        return true;
    }

    // Fetches one file; returns why it failed, or empty.
    std::string fetch(size_t index, const PlannedFile& file) {
        const fs::path target = m_folder / file.path;
        const fs::path part = partPathOf(target);
        std::error_code ec;
        fs::create_directories(target.parent_path(), ec);
        if (ec)
            throw Error(ErrorKind::Io, "could not be created: " + ec.message(),
                        target.parent_path().string());
        ++m_report.fetched;
        bool refetchedAfterDamage = false;
        int fruitlessAttempts = 0;
        for (;;) {
            m_progress.startFile(index, file, DownloadProgress::Stage::Downloading);
            const TransferOutcome outcome =
                transferOnce(m_source, m_options.timeouts, file, part,
                             [this](uint64_t onDisk, uint64_t newBytes) {
                                 return m_progress.update(onDisk, m_transferred + newBytes);
                             });
            m_transferred += outcome.newBytes;
            m_report.bytesTransferred += outcome.newBytes;
            using Kind = TransferOutcome::Kind;
            if (outcome.kind == Kind::Failed) {
                if (sizeOrZero(part) == 0)
                    fs::remove(part, ec);  // nothing arrived: leave no empty part behind
                return outcome.reason;
            }
            if (outcome.kind == Kind::Restart) {
                fs::remove(part, ec);
                m_callbacks.say(file.path + ": " + outcome.reason + "; starting it over");
            }
            if (outcome.kind == Kind::Retry || outcome.kind == Kind::Restart) {
                fruitlessAttempts = outcome.newBytes > 0 ? 1 : fruitlessAttempts + 1;
                if (fruitlessAttempts > m_options.retries)
                    return outcome.reason + "; gave up after " +
                           std::to_string(m_options.retries + 1) + " attempts";
                m_callbacks.say(file.path + ": " + outcome.reason + "; retrying (" +
                                std::to_string(fruitlessAttempts) + "/" +
                                std::to_string(m_options.retries) + ") from byte " +
                                std::to_string(sizeOrZero(part)));
                pause(fruitlessAttempts);
                continue;
            }
            // Complete: the bytes must be the ones the hub listed.
            m_progress.startFile(index, file, DownloadProgress::Stage::Verifying);
            const auto problem = checkFile(part, file, [this](uint64_t done) {
                return m_progress.update(done, m_transferred);
            });
            if (!problem) {
                fs::rename(part, target, ec);
                if (ec)
                    throw Error(ErrorKind::Io, "could not be renamed: " + ec.message(),
                                part.string());
                return {};
            }
            fs::remove(part, ec);
            if (refetchedAfterDamage)
                return "arrived damaged twice: " + *problem;
            refetchedAfterDamage = true;
            m_callbacks.say(file.path + " arrived damaged (" + *problem + "); fetching it again");
        }
    }

    void pause(int attempt) {
        const auto until = std::chrono::steady_clock::now() + m_options.retryPause * attempt;
        while (std::chrono::steady_clock::now() < until) {
            if (m_callbacks.cancelled())
                throw Error(ErrorKind::Cancelled, "download cancelled");
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }

    const DownloadPlan& m_plan;
    const HubSource& m_source;
    fs::path m_folder;
    const DownloadOptions& m_options;
    const DownloadCallbacks& m_callbacks;
    ProgressReporter m_progress;
    DownloadReport m_report;
    uint64_t m_transferred = 0;
};

}  // namespace

uint64_t bytesStillNeeded(const DownloadPlan& plan, const fs::path& folder) {
    uint64_t needed = 0;
    for (const PlannedFile& file : plan.files) {
        const fs::path target = folder / file.path;
        if (sizeOrZero(target) == file.size && fs::exists(target))
            continue;
        needed += file.size - std::min(file.size, sizeOrZero(partPathOf(target)));
    }
    return needed;
}

DownloadReport downloadModels(const DownloadPlan& plan, const HubSource& source,
                              const fs::path& folder, const DownloadOptions& options,
                              const DownloadCallbacks& callbacks) {
    dropStalePartials(plan, folder);
    // Refused before anything is written: a disk that fills up halfway through 5 GB would leave
    // the user with neither the space nor the models.
    const uint64_t needed = bytesStillNeeded(plan, folder);
    const uint64_t available = freeDiskBytes(folder);
    if (available < needed)
        throw Error(ErrorKind::Io,
                    "not enough free disk space: the download needs " + megabytes(needed) +
                        " more, the disk has " + megabytes(available) +
                        " free. Free some space or choose another folder (--dir).",
                    folder.string());
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec)
        throw Error(ErrorKind::Io, "could not be created: " + ec.message(), folder.string());
    writeManifest(folder, plan);
    log::info("models", "downloading " + std::to_string(plan.files.size()) + " files (" +
                            megabytes(needed) + " to fetch) from " + source.endpoint + "/" +
                            source.repo + " into " + folder.string());
    return Downloader(plan, source, folder, options, callbacks).run();
}

}  // namespace vx::models
