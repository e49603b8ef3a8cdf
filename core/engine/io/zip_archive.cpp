#include "engine/io/zip_archive.h"

#include <algorithm>

#include "common/error.h"

namespace vx::io {

namespace {

constexpr uint32_t kLocalHeaderSig = 0x04034b50;
constexpr uint32_t kCentralHeaderSig = 0x02014b50;
constexpr uint32_t kEndSig = 0x06054b50;
constexpr uint32_t kZip64EndSig = 0x06064b50;
constexpr uint32_t kZip64LocatorSig = 0x07064b50;
constexpr uint16_t kZip64ExtraId = 0x0001;
constexpr uint64_t kEndSize = 22;
constexpr uint64_t kLocatorSize = 20;
constexpr uint64_t kZip64EndSize = 56;
constexpr uint64_t kCentralHeaderSize = 46;
constexpr uint64_t kLocalHeaderSize = 30;
constexpr uint64_t kMaxCommentSize = 0xFFFF;

// Little-endian integer at `offset`; the caller has checked the bounds.
uint64_t readLe(const uint8_t* p, int bytes) {
    uint64_t value = 0;
    for (int i = bytes - 1; i >= 0; --i)
        value = (value << 8) | p[i];
    return value;
}

}  // namespace

void ZipArchive::fail(const std::string& what) const {
    throwModelError(m_name, "not a readable checkpoint archive: " + what +
                                " (the file may be truncated or damaged; download it again)");
}

ZipArchive::ZipArchive(const uint8_t* bytes, size_t size, std::string name)
    : m_bytes(bytes), m_size(size), m_name(std::move(name)) {
    if (m_size < kEndSize)
        fail("too short to be a ZIP archive");
    auto u16 = [&](uint64_t at) { return uint16_t(readLe(m_bytes + at, 2)); };
    auto u32 = [&](uint64_t at) { return uint32_t(readLe(m_bytes + at, 4)); };
    auto u64 = [&](uint64_t at) { return readLe(m_bytes + at, 8); };

    // The end-of-central-directory record sits at the end, before a comment of <= 64 KiB.
    uint64_t end = m_size - kEndSize;
    const uint64_t lowest =
        m_size - kEndSize > kMaxCommentSize ? m_size - kEndSize - kMaxCommentSize : 0;
    bool found = false;
    for (uint64_t at = end + 1; at-- > lowest;) {
        if (u32(at) == kEndSig && at + kEndSize + u16(at + 20) == m_size) {
            end = at;
            found = true;
            break;
        }
    }
    if (!found)
        fail("no end-of-central-directory record");
    if (u16(end + 4) != 0 || u16(end + 6) != 0)
        fail("multi-disk archives are not supported");
    uint64_t count = u16(end + 10);
    uint64_t cdSize = u32(end + 12);
    uint64_t cdOffset = u32(end + 16);

    if (count == 0xFFFF || cdSize == 0xFFFFFFFF || cdOffset == 0xFFFFFFFF) {
        // zip64: a locator right before the record points at the 64-bit record.
        if (end < kLocatorSize || u32(end - kLocatorSize) != kZip64LocatorSig)
            fail("zip64 end-of-central-directory locator missing");
        const uint64_t recordAt = u64(end - kLocatorSize + 8);
        if (recordAt > m_size || m_size - recordAt < kZip64EndSize ||
            recordAt + kZip64EndSize > end - kLocatorSize)
            fail("zip64 end-of-central-directory record lies outside the file");
        if (u32(recordAt) != kZip64EndSig)
            fail("bad zip64 end-of-central-directory signature");
        if (u32(recordAt + 16) != 0 || u32(recordAt + 20) != 0)
            fail("multi-disk archives are not supported");
        count = u64(recordAt + 32);
        cdSize = u64(recordAt + 40);
        cdOffset = u64(recordAt + 48);
        end = recordAt;
    }
    if (cdOffset > end || cdSize > end - cdOffset)
        fail("central directory lies outside the file");
    if (count > cdSize / kCentralHeaderSize)
        fail("central directory is shorter than its " + std::to_string(count) + " entries");
    readCentralDirectory(cdOffset, cdSize, count);
}

void ZipArchive::readCentralDirectory(uint64_t offset, uint64_t size, uint64_t count) {
    auto u16 = [&](uint64_t at) { return uint16_t(readLe(m_bytes + at, 2)); };
    auto u32 = [&](uint64_t at) { return uint32_t(readLe(m_bytes + at, 4)); };
    const uint64_t cdEnd = offset + size;
    uint64_t at = offset;
    m_entries.reserve(count);
    for (uint64_t i = 0; i < count; ++i) {
        if (cdEnd - at < kCentralHeaderSize || u32(at) != kCentralHeaderSig)
            fail("central directory entry " + std::to_string(i) + " is damaged");
        const uint16_t flags = u16(at + 8);
        const uint16_t method = u16(at + 10);
        uint64_t compressed = u32(at + 20);
        uint64_t uncompressed = u32(at + 24);
        const uint64_t nameLength = u16(at + 28);
        const uint64_t extraLength = u16(at + 30);
        const uint64_t commentLength = u16(at + 32);
        uint64_t localOffset = u32(at + 42);
        if (cdEnd - at - kCentralHeaderSize < nameLength + extraLength + commentLength)
            fail("central directory entry " + std::to_string(i) + " is truncated");
        ZipEntry entry;
        entry.name.assign(reinterpret_cast<const char*>(m_bytes + at + kCentralHeaderSize),
                          nameLength);
        if (flags & 0x1)
            fail("entry '" + entry.name + "' is encrypted");
        if (method != 0)
            fail("entry '" + entry.name + "' is compressed (method " + std::to_string(method) +
                 "); torch.save writes uncompressed entries only");

        // zip64 extra field: the 64-bit values of the fields that hold 0xFFFFFFFF, in order.
        uint64_t extra = at + kCentralHeaderSize + nameLength;
        const uint64_t extraEnd = extra + extraLength;
        while (extraEnd - extra >= 4) {
            const uint16_t id = u16(extra);
            const uint64_t length = u16(extra + 2);
            if (extraEnd - extra - 4 < length)
                fail("entry '" + entry.name + "' has a damaged extra field");
            if (id == kZip64ExtraId) {
                uint64_t field = extra + 4;
                const uint64_t fieldEnd = field + length;
                for (uint64_t* value : {&uncompressed, &compressed, &localOffset}) {
                    if (*value != 0xFFFFFFFF)
                        continue;
                    if (fieldEnd - field < 8)
                        fail("entry '" + entry.name + "' has a short zip64 extra field");
                    *value = readLe(m_bytes + field, 8);
                    field += 8;
                }
            }
            extra += 4 + length;
        }
        if (compressed != uncompressed)
            fail("entry '" + entry.name + "' is stored with a size mismatch");

        if (localOffset > offset || offset - localOffset < kLocalHeaderSize ||
            u32(localOffset) != kLocalHeaderSig)
            fail("entry '" + entry.name + "' has no valid local header");
        const uint64_t dataOffset =
            localOffset + kLocalHeaderSize + u16(localOffset + 26) + u16(localOffset + 28);
        if (dataOffset > offset || offset - dataOffset < uncompressed)
            fail("entry '" + entry.name + "' (" + std::to_string(uncompressed) +
                 " bytes) extends past the data area");
        entry.dataOffset = dataOffset;
        entry.size = uncompressed;
        m_entries.push_back(std::move(entry));
        at += kCentralHeaderSize + nameLength + extraLength + commentLength;
    }
}

const ZipEntry* ZipArchive::find(const std::string& entryName) const {
    for (const auto& entry : m_entries) {
        if (entry.name == entryName)
            return &entry;
    }
    return nullptr;
}

const ZipEntry* ZipArchive::findInTopFolder(const std::string& suffix) const {
    const ZipEntry* match = nullptr;
    for (const auto& entry : m_entries) {
        const std::string& n = entry.name;
        bool matches = n == suffix;
        if (!matches && n.size() > suffix.size() + 1 &&
            n.compare(n.size() - suffix.size(), suffix.size(), suffix) == 0 &&
            n[n.size() - suffix.size() - 1] == '/') {
            // Exactly one folder level above the suffix.
            const size_t folderEnd = n.size() - suffix.size() - 1;
            matches = n.find('/') == folderEnd;
        }
        if (!matches)
            continue;
        if (match)
            throwModelError(m_name, "archive holds several '" + suffix + "' entries ('" +
                                        match->name + "', '" + n + "'); not a torch checkpoint");
        match = &entry;
    }
    return match;
}

}  // namespace vx::io
