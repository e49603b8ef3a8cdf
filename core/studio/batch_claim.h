// How a batch job claims its output, so that shards running at once on shared storage, and
// reruns of a batch, never render one output twice: a job whose output is finished is skipped;
// otherwise the job takes `<output>.lock` with flock(2), without waiting. A lock held by another
// process means the job is running elsewhere; the kernel releases a lock when its process ends,
// even when it is killed, so a crashed shard never leaves a job locked.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>

namespace vx::studio {

// The lock of one output, held from tryLock until destruction, which removes the lock file.
class OutputLock {
public:
    // Takes the lock file `lockPath` (creating it), or returns null when another process holds
    // it. Throws vx::Error(Io) naming the file when it cannot be created.
    static std::unique_ptr<OutputLock> tryLock(const std::filesystem::path& lockPath);
    ~OutputLock();
    OutputLock(const OutputLock&) = delete;
    OutputLock& operator=(const OutputLock&) = delete;

private:
    OutputLock(std::filesystem::path path, int fd);
    std::filesystem::path m_path;
    int m_fd = -1;
};

// `<output>.lock`.
std::filesystem::path lockPathFor(const std::filesystem::path& output);

// Whether an interrupted render of an output left its resume state beside it.
using ResumeStateCheck = std::function<bool(const std::filesystem::path& output)>;

// Finished: the output exists and no resume state is beside it. Renders write a hidden partial
// file and rename it over the output only when it is complete, so an output that exists is
// complete; resume state beside it means a newer render of it was interrupted.
bool outputIsFinished(const std::filesystem::path& output, const ResumeStateCheck& hasResumeState);

enum class ClaimOutcome {
    Claimed,           // the job is this process's to render; the lock is held
    AlreadyDone,       // finished by an earlier run
    RunningElsewhere,  // another process holds its lock
};

struct OutputClaim {
    ClaimOutcome outcome = ClaimOutcome::Claimed;
    std::unique_ptr<OutputLock> lock;  // held when Claimed
};

// Claims `output` for rendering: creates its folder, skips it when finished (unless `force`),
// takes its lock, and checks again under the lock (another shard may have finished it
// meanwhile). Throws vx::Error(Io) when the folder or the lock file cannot be created.
OutputClaim claimOutput(const std::filesystem::path& output, bool force,
                        const ResumeStateCheck& hasResumeState);

}  // namespace vx::studio
