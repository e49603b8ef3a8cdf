// Builds small ZIP archives in memory for the reader tests: stored (or falsely "compressed")
// entries, optionally in zip64 form, laid out as torch.save lays them out.
#pragma once

#include <cstdint>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

namespace vx::test {

struct ZipOptions {
    bool zip64 = false;   // zip64 extra fields and end-of-central-directory records
    uint16_t method = 0;  // 0 = stored, 8 = deflate (content left as is)
    uint16_t flags = 0;   // bit 0 = encrypted
};

inline void putLe(std::vector<uint8_t>& out, uint64_t value, int bytes) {
    for (int i = 0; i < bytes; ++i)
        out.push_back(uint8_t(value >> (8 * i)));
}

inline std::vector<uint8_t> buildZip(
    const std::vector<std::pair<std::string, std::string>>& entries,
    const ZipOptions& options = {}) {
    std::vector<uint8_t> out;
    std::vector<uint64_t> offsets;
    const uint32_t small = options.zip64 ? 0xFFFFFFFF : 0;
    for (const auto& [name, data] : entries) {
        offsets.push_back(out.size());
        putLe(out, 0x04034b50, 4);
        putLe(out, 45, 2);
        putLe(out, options.flags, 2);
        putLe(out, options.method, 2);
        putLe(out, 0, 4);  // time, date
        putLe(out, 0, 4);  // crc (not checked by the reader)
        putLe(out, options.zip64 ? small : data.size(), 4);
        putLe(out, options.zip64 ? small : data.size(), 4);
        putLe(out, name.size(), 2);
        putLe(out, options.zip64 ? 20 : 0, 2);
        out.insert(out.end(), name.begin(), name.end());
        if (options.zip64) {
            putLe(out, 1, 2);
            putLe(out, 16, 2);
            putLe(out, data.size(), 8);
            putLe(out, data.size(), 8);
        }
        out.insert(out.end(), data.begin(), data.end());
    }
    const uint64_t cdOffset = out.size();
    for (size_t i = 0; i < entries.size(); ++i) {
        const auto& [name, data] = entries[i];
        putLe(out, 0x02014b50, 4);
        putLe(out, 45, 2);
        putLe(out, 45, 2);
        putLe(out, options.flags, 2);
        putLe(out, options.method, 2);
        putLe(out, 0, 4);
        putLe(out, 0, 4);
        putLe(out, options.zip64 ? small : data.size(), 4);
        putLe(out, options.zip64 ? small : data.size(), 4);
        putLe(out, name.size(), 2);
        putLe(out, options.zip64 ? 28 : 0, 2);
        putLe(out, 0, 2);  // comment
        putLe(out, 0, 2);  // disk
        putLe(out, 0, 2);  // internal attributes
        putLe(out, 0, 4);  // external attributes
        putLe(out, options.zip64 ? small : offsets[i], 4);
        out.insert(out.end(), name.begin(), name.end());
        if (options.zip64) {
            putLe(out, 1, 2);
            putLe(out, 24, 2);
            putLe(out, data.size(), 8);
            putLe(out, data.size(), 8);
            putLe(out, offsets[i], 8);
        }
    }
    const uint64_t cdSize = out.size() - cdOffset;
    if (options.zip64) {
        const uint64_t recordAt = out.size();
        putLe(out, 0x06064b50, 4);
        putLe(out, 44, 8);
        putLe(out, 45, 2);
        putLe(out, 45, 2);
        putLe(out, 0, 4);
        putLe(out, 0, 4);
        putLe(out, entries.size(), 8);
        putLe(out, entries.size(), 8);
        putLe(out, cdSize, 8);
        putLe(out, cdOffset, 8);
        putLe(out, 0x07064b50, 4);
        putLe(out, 0, 4);
        putLe(out, recordAt, 8);
        putLe(out, 1, 4);
    }
    putLe(out, 0x06054b50, 4);
    putLe(out, 0, 2);
    putLe(out, 0, 2);
    putLe(out, options.zip64 ? 0xFFFF : entries.size(), 2);
    putLe(out, options.zip64 ? 0xFFFF : entries.size(), 2);
    putLe(out, options.zip64 ? 0xFFFFFFFF : cdSize, 4);
    putLe(out, options.zip64 ? 0xFFFFFFFF : cdOffset, 4);
    putLe(out, 0, 2);
    return out;
}

// A torch.save-like archive: archive/data.pkl, archive/byteorder, archive/data/<key>.
inline std::vector<uint8_t> buildTorchZip(
    const std::string& pickle,
    const std::vector<std::pair<std::string, std::string>>& storages = {},
    const ZipOptions& options = {}) {
    std::vector<std::pair<std::string, std::string>> entries{{"archive/data.pkl", pickle},
                                                             {"archive/byteorder", "little"}};
    for (const auto& [key, data] : storages)
        entries.emplace_back("archive/data/" + key, data);
    return buildZip(entries, options);
}

inline void writeBytes(const std::string& path, const std::vector<uint8_t>& bytes) {
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
}

}  // namespace vx::test
