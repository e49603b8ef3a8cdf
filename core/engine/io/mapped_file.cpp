#include "engine/io/mapped_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "common/error.h"

namespace vx::io {

namespace {
// Closes a file descriptor when the scope ends; the mapping outlives it.
struct FdCloser {
    int fd;
    ~FdCloser() {
        if (fd >= 0)
            ::close(fd);
    }
};
}  // namespace

std::shared_ptr<MappedFile> MappedFile::open(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        throw Error(ErrorKind::Model,
                    std::string("cannot open the file (") + std::strerror(errno) +
                        "); check that it exists and is readable",
                    path);
    }
    FdCloser closer{fd};
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        throw Error(ErrorKind::Model, "not a regular file", path);
    }
    const auto size = static_cast<size_t>(info.st_size);
    if (size == 0) {
        return std::shared_ptr<MappedFile>(new MappedFile(path, nullptr, 0));
    }
    void* data = ::mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
    if (data == MAP_FAILED) {
        throw Error(ErrorKind::Model,
                    std::string("cannot map the file into memory (") + std::strerror(errno) + ")",
                    path);
    }
    return std::shared_ptr<MappedFile>(new MappedFile(path, static_cast<uint8_t*>(data), size));
}

MappedFile::MappedFile(std::string path, uint8_t* data, size_t size)
    : m_path(std::move(path)), m_data(data), m_size(size) {}

MappedFile::~MappedFile() {
    if (m_data)
        ::munmap(m_data, m_size);
}

}  // namespace vx::io
