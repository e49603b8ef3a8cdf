// A read-only view of a whole file through mmap. Pages are mapped copy-on-write, so a tensor
// that wraps them can be modified in place without touching the file. Shared ownership lets
// tensors created over the mapping keep it alive.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace vx::io {

class MappedFile {
public:
    // Throws vx::Error(Model) naming the file when it cannot be opened or mapped.
    static std::shared_ptr<MappedFile> open(const std::string& path);

    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    const uint8_t* data() const { return m_data; }
    uint8_t* mutableData() { return m_data; }
    size_t size() const { return m_size; }
    const std::string& path() const { return m_path; }

private:
    MappedFile(std::string path, uint8_t* data, size_t size);

    std::string m_path;
    uint8_t* m_data = nullptr;
    size_t m_size = 0;
};

}  // namespace vx::io
