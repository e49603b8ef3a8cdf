// A read-only view of a ZIP archive held in memory (usually a MappedFile). It understands what
// torch.save writes: STORED (uncompressed) entries, zip64 end-of-central-directory records and
// zip64 extra fields (checkpoints of several gigabytes). Compressed, encrypted, multi-disk or
// out-of-bounds entries are rejected with vx::Error(Model) naming the file. Entry data is not
// CRC-checked: reading a 2.7 GB checkpoint must not cost a pass over every byte.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace vx::io {

struct ZipEntry {
    std::string name;
    uint64_t dataOffset = 0;  // first byte of the entry's data within the archive
    uint64_t size = 0;        // bytes of data (stored, so compressed == uncompressed)
};

class ZipArchive {
public:
    // Parses the central directory of `bytes` (which must outlive the archive); `name` is the
    // file used in error messages. Throws vx::Error(Model) for anything malformed.
    ZipArchive(const uint8_t* bytes, size_t size, std::string name);

    const std::vector<ZipEntry>& entries() const { return m_entries; }
    // The entry with exactly this name, or nullptr.
    const ZipEntry* find(const std::string& entryName) const;
    // The single entry whose name is `suffix` or ends with "/" + suffix inside one top folder
    // (torch names that folder after the file, so it varies). nullptr when there is none;
    // throws when several match.
    const ZipEntry* findInTopFolder(const std::string& suffix) const;

    const uint8_t* data(const ZipEntry& entry) const { return m_bytes + entry.dataOffset; }
    const std::string& name() const { return m_name; }

private:
    [[noreturn]] void fail(const std::string& what) const;
    void readCentralDirectory(uint64_t offset, uint64_t size, uint64_t count);

    const uint8_t* m_bytes;
    size_t m_size;
    std::string m_name;
    std::vector<ZipEntry> m_entries;
};

}  // namespace vx::io
