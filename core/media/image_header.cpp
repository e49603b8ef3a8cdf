#include "media/image_header.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>
#include <system_error>
#include <vector>

namespace vx::media {
namespace {

using Bytes = std::vector<std::uint8_t>;

std::uint32_t be16(const Bytes& b, std::size_t at) {
    return (std::uint32_t{b[at]} << 8) | b[at + 1];
}
std::uint32_t be32(const Bytes& b, std::size_t at) {
    return (be16(b, at) << 16) | be16(b, at + 2);
}
std::uint32_t le16(const Bytes& b, std::size_t at) {
    return (std::uint32_t{b[at + 1]} << 8) | b[at];
}
std::uint32_t le24(const Bytes& b, std::size_t at) {
    return le16(b, at) | (std::uint32_t{b[at + 2]} << 16);
}
std::uint32_t le32(const Bytes& b, std::size_t at) {
    return le16(b, at) | (le16(b, at + 2) << 16);
}

bool startsWith(const Bytes& b, const char* magic, std::size_t at = 0) {
    const std::size_t n = std::strlen(magic);
    return b.size() >= at + n && std::memcmp(b.data() + at, magic, n) == 0;
}

std::optional<ImageHeader> parsePng(const Bytes& b) {
    // Signature (8), IHDR length (4), "IHDR", width, height, depth, colour type.
    ImageHeader h;
    h.format = ImageFormat::Png;
    if (b.size() < 33 || !startsWith(b, "IHDR", 12))
        return h;  // a PNG signature with a damaged header: size 0
    h.width = static_cast<int>(be32(b, 16));
    h.height = static_cast<int>(be32(b, 20));
    const int colourType = b[25];
    h.hasAlpha = colourType == 4 || colourType == 6;
    // A tRNS chunk (before IDAT) adds transparency to the other colour types.
    for (std::size_t at = 8; at + 8 <= b.size();) {
        const std::uint32_t length = be32(b, at);
        if (startsWith(b, "tRNS", at + 4))
            h.hasAlpha = true;
        if (startsWith(b, "IDAT", at + 4) || length > b.size())
            break;
        at += 12 + length;
    }
    return h;
}

std::optional<ImageHeader> parseJpeg(const Bytes& b) {
    ImageHeader h;
    h.format = ImageFormat::Jpeg;
    std::size_t at = 2;
    bool haveSize = false;
    std::size_t scanStart = 0;
    while (at + 4 <= b.size()) {
        if (b[at] != 0xFF) {
            ++at;
            continue;
        }
        const std::uint8_t marker = b[at + 1];
        if (marker == 0xFF || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            at += marker == 0xFF ? 1 : 2;
            continue;
        }
        const std::uint32_t length = be16(b, at + 2);
        const bool startOfFrame =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (startOfFrame && at + 9 <= b.size()) {
            h.height = static_cast<int>(be16(b, at + 5));
            h.width = static_cast<int>(be16(b, at + 7));
            haveSize = true;
        }
        if (marker == 0xDA) {  // start of scan: entropy-coded data follows
            scanStart = at + 2 + length;
            break;
        }
        at += 2 + length;
    }
    if (!haveSize)
        return h;  // a JPEG signature without a frame header: size 0
    // In scan data 0xFF is always followed by 0x00 or a marker, so an FF D9 after the first scan
    // is the end-of-image marker (an EXIF thumbnail's own FF D9 lies before the scan).
    static constexpr std::array<std::uint8_t, 2> kEndOfImage = {0xFF, 0xD9};
    h.complete = scanStart > 0 && scanStart < b.size() &&
                 std::search(b.begin() + static_cast<std::ptrdiff_t>(scanStart), b.end(),
                             kEndOfImage.begin(), kEndOfImage.end()) != b.end();
    return h;
}

std::optional<ImageHeader> parseBmp(const Bytes& b) {
    ImageHeader h;
    h.format = ImageFormat::Bmp;
    if (b.size() < 30)
        return h;
    const std::uint32_t infoSize = le32(b, 14);
    if (infoSize == 12) {  // OS/2 BITMAPCOREHEADER
        h.width = static_cast<int>(le16(b, 18));
        h.height = static_cast<int>(le16(b, 20));
    } else {
        h.width = static_cast<int>(static_cast<std::int32_t>(le32(b, 18)));
        h.height = std::abs(static_cast<int>(static_cast<std::int32_t>(le32(b, 22))));
        h.hasAlpha = le16(b, 28) == 32;
    }
    return h;
}

std::optional<ImageHeader> parseWebP(const Bytes& b) {
    ImageHeader h;
    h.format = ImageFormat::WebP;
    if (b.size() < 30)
        return h;
    if (startsWith(b, "VP8X", 12)) {
        h.hasAlpha = (b[20] & 0x10) != 0;
        h.animated = (b[20] & 0x02) != 0;
        h.width = static_cast<int>(le24(b, 24) + 1);
        h.height = static_cast<int>(le24(b, 27) + 1);
    } else if (startsWith(b, "VP8L", 12)) {
        const std::uint32_t bits = le32(b, 21);
        h.width = static_cast<int>((bits & 0x3FFF) + 1);
        h.height = static_cast<int>(((bits >> 14) & 0x3FFF) + 1);
        h.hasAlpha = ((bits >> 28) & 1) != 0;
    } else if (startsWith(b, "VP8 ", 12)) {
        h.width = static_cast<int>(le16(b, 26) & 0x3FFF);
        h.height = static_cast<int>(le16(b, 28) & 0x3FFF);
    }
    return h;  // an unknown chunk type leaves the size 0
}

}  // namespace

std::optional<ImageHeader> readImageHeader(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return std::nullopt;
    // PNG/BMP/WebP headers sit in the first bytes; a JPEG's size may follow large EXIF/ICC
    // blocks and its completeness needs the end, so JPEGs are read whole (they are compressed:
    // even an 8000x8000 photo is tens of MB).
    Bytes head(64);
    file.read(reinterpret_cast<char*>(head.data()), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(file.gcount()));
    if (head.size() >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) {
        file.seekg(0);
        Bytes whole((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
        return parseJpeg(whole);
    }
    if (startsWith(head, "\x89PNG\r\n\x1a\n")) {
        // Read up to the first IDAT for tRNS: ancillary chunks are small.
        file.seekg(0);
        Bytes start(1 << 16);
        file.read(reinterpret_cast<char*>(start.data()),
                  static_cast<std::streamsize>(start.size()));
        start.resize(static_cast<std::size_t>(file.gcount()));
        return parsePng(start);
    }
    if (startsWith(head, "BM")) {
        auto header = parseBmp(head);
        std::error_code ec;
        const auto size = std::filesystem::file_size(path, ec);
        if (header && head.size() >= 6 && !ec)
            header->complete = size >= le32(head, 2);
        return header;
    }
    if (startsWith(head, "RIFF") && startsWith(head, "WEBP", 8))
        return parseWebP(head);
    return std::nullopt;
}

}  // namespace vx::media
