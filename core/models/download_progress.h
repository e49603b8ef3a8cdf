// What a model download or verification reports while it runs, and how its caller stops it.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace vx::models {

struct DownloadProgress {
    enum class Stage { Downloading, Verifying };
    Stage stage = Stage::Downloading;
    std::string file;      // inside the model folder
    size_t fileIndex = 0;  // 1-based
    size_t fileCount = 0;
    uint64_t fileDone = 0;
    uint64_t fileSize = 0;
    uint64_t totalDone = 0;  // bytes of the whole plan on disk (or verified) so far
    uint64_t totalSize = 0;
    double bytesPerSecond = 0.0;     // over the last few seconds; 0 before the first bytes
    double fileSecondsLeft = -1.0;   // < 0: unknown
    double totalSecondsLeft = -1.0;  // < 0: unknown
};

struct DownloadCallbacks {
    std::function<void(const DownloadProgress&)> progress;  // at most ~10 times a second
    std::function<bool()> cancelRequested;                  // polled during transfers and hashing
    std::function<void(const std::string&)> message;        // retries, re-fetches, skipped files

    bool cancelled() const { return cancelRequested && cancelRequested(); }
    void say(const std::string& text) const {
        if (message)
            message(text);
    }
};

}  // namespace vx::models
