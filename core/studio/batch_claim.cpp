#include "studio/batch_claim.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/error.h"

namespace vx::studio {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void ioFailure(const fs::path& path, const std::string& what) {
    throw Error(ErrorKind::Io, path.string() + ": " + what, path.string());
}

// Whether `fd` is still the file at `path`: a process that ends a job removes its lock file
// while holding the lock, so a process that opened the old file meanwhile holds a lock on a file
// no one else sees; it must open the new one.
bool stillTheFileAt(int fd, const fs::path& path) {
    struct stat opened {};
    struct stat named {};
    return ::fstat(fd, &opened) == 0 && ::stat(path.c_str(), &named) == 0 &&
           opened.st_dev == named.st_dev && opened.st_ino == named.st_ino;
}

}  // namespace

OutputLock::OutputLock(fs::path path, int fd) : m_path(std::move(path)), m_fd(fd) {}

OutputLock::~OutputLock() {
    // Removed before unlocking, so no one can lock the removed file after us (see stillTheFileAt).
    ::unlink(m_path.c_str());
    ::close(m_fd);
}

std::unique_ptr<OutputLock> OutputLock::tryLock(const fs::path& lockPath) {
    for (;;) {
        const int fd = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0)
            ioFailure(lockPath, std::string("the lock file cannot be created (") +
                                    std::strerror(errno) + ")");
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int error = errno;
            ::close(fd);
            if (error == EWOULDBLOCK)
                return nullptr;
            ioFailure(lockPath,
                      std::string("the lock file cannot be locked (") + std::strerror(error) + ")");
        }
        if (stillTheFileAt(fd, lockPath))
            return std::unique_ptr<OutputLock>(new OutputLock(lockPath, fd));
        ::close(fd);  // removed by the process that just finished; take the new one
    }
}

fs::path lockPathFor(const fs::path& output) {
    return fs::path(output.string() + ".lock");
}

bool outputIsFinished(const fs::path& output, const ResumeStateCheck& hasResumeState) {
    std::error_code ec;
    return fs::is_regular_file(output, ec) && !(hasResumeState && hasResumeState(output));
}

OutputClaim claimOutput(const fs::path& output, bool force,
                        const ResumeStateCheck& hasResumeState) {
    OutputClaim claim;
    if (!force && outputIsFinished(output, hasResumeState)) {
        claim.outcome = ClaimOutcome::AlreadyDone;
        return claim;
    }
    std::error_code ec;
    if (output.has_parent_path())
        fs::create_directories(output.parent_path(), ec);
    if (ec)
        ioFailure(output, "the folder " + output.parent_path().string() + " cannot be created (" +
                              ec.message() + ")");
    claim.lock = OutputLock::tryLock(lockPathFor(output));
    if (!claim.lock) {
        claim.outcome = ClaimOutcome::RunningElsewhere;
        return claim;
    }
    // Another shard (an overlapping rerun) may have finished it between the check and the lock.
    if (!force && outputIsFinished(output, hasResumeState)) {
        claim.lock.reset();
        claim.outcome = ClaimOutcome::AlreadyDone;
    }
    return claim;
}

}  // namespace vx::studio
