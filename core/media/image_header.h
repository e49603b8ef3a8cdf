// Reads the size of an image from its header, without decoding it, so that a huge photo can be
// refused or decoded at a reduced scale before it is in memory. JPEG, PNG, BMP and WebP.
#pragma once

#include <filesystem>
#include <optional>

namespace vx::media {

enum class ImageFormat { Jpeg, Png, Bmp, WebP, Unknown };

struct ImageHeader {
    ImageFormat format = ImageFormat::Unknown;
    int width = 0;
    int height = 0;
    bool hasAlpha = false;  // PNG colour types 4/6 or a tRNS chunk; WebP with alpha; 32-bit BMP
    // JPEG: whether the file holds an end-of-image marker after its scan data (a file cut short
    // does not; libjpeg would fill the missing part with grey and only warn). BMP: whether the
    // file is as long as its header says.
    bool complete = true;
    // An animated WebP (VP8X animation flag): OpenCV decodes none of its frames.
    bool animated = false;
};

// Returns nothing when the file does not start like one of the four formats; a header with
// width and height 0 when it does but the header that follows is damaged.
std::optional<ImageHeader> readImageHeader(const std::filesystem::path& path);

}  // namespace vx::media
