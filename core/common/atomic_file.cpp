#include "common/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <string>

#include "common/error.h"

namespace vx {

namespace {

// Closes the descriptor and, unless released, removes the temporary file.
class TemporaryFile {
public:
    explicit TemporaryFile(std::filesystem::path path) : m_path(std::move(path)) {
        m_fd = ::open(m_path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    }
    ~TemporaryFile() {
        if (m_fd >= 0)
            ::close(m_fd);
        if (!m_kept)
            ::unlink(m_path.c_str());
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;

    int fd() const { return m_fd; }
    // Closes the descriptor; false when the close reports a late write error.
    bool close() {
        const int fd = m_fd;
        m_fd = -1;
        return ::close(fd) == 0;
    }
    void keep() { m_kept = true; }

private:
    std::filesystem::path m_path;
    int m_fd = -1;
    bool m_kept = false;
};

[[noreturn]] void fail(const std::filesystem::path& target, const std::string& what, int error) {
    throw Error(ErrorKind::Io,
                what + ": " + std::strerror(error) +
                    "; choose another folder or free some disk space",
                target.string());
}

}  // namespace

void writeFileAtomically(const std::filesystem::path& target, std::string_view content) {
    static std::atomic<unsigned> counter{0};
    const std::filesystem::path folder =
        target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    const std::filesystem::path temporary =
        folder / ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                  std::to_string(counter++));
    TemporaryFile file(temporary);
    if (file.fd() < 0)
        fail(target, "cannot be written", errno);
    const char* data = content.data();
    size_t left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(file.fd(), data, left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            fail(target, "cannot be written", n < 0 ? errno : ENOSPC);
        data += n;
        left -= size_t(n);
    }
    if (::fsync(file.fd()) != 0)
        fail(target, "cannot be written", errno);
    if (!file.close())
        fail(target, "cannot be written", errno);
    if (::rename(temporary.c_str(), target.c_str()) != 0)
        fail(target, "cannot be replaced", errno);
    file.keep();
    // The rename itself reaches the disk only with the folder's entry.
    const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

}  // namespace vx
