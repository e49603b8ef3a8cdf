// The portrait photo as an RGB uint8 cv::Mat: JPEG, PNG, BMP or WebP, upright (the EXIF
// orientation that cameras and phones write into JPEGs is applied by OpenCV's IMREAD_COLOR), 3
// channels whatever the source (grey is replicated, 16-bit scaled to 8-bit, alpha composited over
// white), and never decoded at a size that could exhaust memory.
#pragma once

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <filesystem>

namespace vx::media {

struct ImageLoadOptions {
    // The smallest side the caller needs. A JPEG at least 2, 4 or 8 times larger than this (and
    // than maxSidePixels) is decoded directly at 1/2, 1/4 or 1/8 scale by libjpeg, which needs
    // a fraction of the memory. 0: no such reduction beyond what maxSidePixels allows.
    int neededMinSidePixels = 0;
    // The result is scaled down (area averaging) so its longer side is at most this; 0: never.
    int maxSidePixels = 4096;
    // Images with more pixels than this (after any JPEG reduction) are refused rather than
    // decoded: 250 Mpx of 16-bit RGBA would need 2 GB.
    std::int64_t maxPixels = 250'000'000;
};

// Throws vx::Error(BadInput) naming the file when it is missing, empty, not one of the four
// formats (whatever its extension says), truncated, corrupt or too large.
//
// Alpha: transparent pixels are composited over white (a portrait cut out of its background
// becomes a portrait on white, which the face detector and the VAE handle well; dropping alpha
// would reveal whatever colour the editor left under the transparency, often black). Such
// images are read with IMREAD_UNCHANGED, which ignores EXIF orientation; PNG and WebP files
// rarely carry EXIF, JPEG never has alpha, so the combination does not arise in practice.
cv::Mat loadImageRgb(const std::filesystem::path& path, const ImageLoadOptions& options = {});

}  // namespace vx::media
