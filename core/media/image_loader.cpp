#include "media/image_loader.h"

#include "common/error.h"
#include "media/image_header.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <system_error>

namespace vx::media {
namespace {

[[noreturn]] void badImage(const std::string& path, const std::string& what) {
    throw Error(ErrorKind::BadInput, what, path);
}

// The libjpeg scale (1, 2, 4 or 8) that still leaves at least what the caller needs.
int jpegReduction(const ImageHeader& header, const ImageLoadOptions& options) {
    const int shorter = std::min(header.width, header.height);
    const int longer = std::max(header.width, header.height);
    if (options.neededMinSidePixels <= 0 && options.maxSidePixels <= 0)
        return 1;
    int reduction = 1;
    for (int r : {2, 4, 8})
        if (shorter / r >= options.neededMinSidePixels &&
            (options.maxSidePixels <= 0 || longer / r >= options.maxSidePixels))
            reduction = r;
    return reduction;
}

int readFlags(const ImageHeader& header, int reduction) {
    if (header.hasAlpha)
        return cv::IMREAD_UNCHANGED;
    switch (reduction) {
        case 2:
            return cv::IMREAD_REDUCED_COLOR_2;
        case 4:
            return cv::IMREAD_REDUCED_COLOR_4;
        case 8:
            return cv::IMREAD_REDUCED_COLOR_8;
        default:
            return cv::IMREAD_COLOR;  // applies the EXIF orientation, converts to 8-bit BGR
    }
}

cv::Mat compositeOverWhite(const cv::Mat& bgra) {
    cv::Mat rgb(bgra.size(), CV_8UC3);
    for (int y = 0; y < bgra.rows; ++y) {
        const auto* in = bgra.ptr<cv::Vec4b>(y);
        auto* out = rgb.ptr<cv::Vec3b>(y);
        for (int x = 0; x < bgra.cols; ++x) {
            const int alpha = in[x][3];
            for (int c = 0; c < 3; ++c) {
                // BGR in, RGB out; rounded integer blend with white.
                const int value = (in[x][2 - c] * alpha + 255 * (255 - alpha) + 127) / 255;
                out[x][c] = static_cast<uchar>(value);
            }
        }
    }
    return rgb;
}

cv::Mat toRgb8(cv::Mat image, const std::string& path) {
    if (image.depth() == CV_16U)
        image.convertTo(image, CV_MAKETYPE(CV_8U, image.channels()), 1.0 / 257.0);
    else if (image.depth() == CV_32F)
        image.convertTo(image, CV_MAKETYPE(CV_8U, image.channels()), 255.0);
    else if (image.depth() != CV_8U)
        badImage(path, "the image's sample type is not supported; save it as 8-bit JPEG or PNG");
    cv::Mat rgb;
    switch (image.channels()) {
        case 1:
            cv::cvtColor(image, rgb, cv::COLOR_GRAY2RGB);
            break;
        case 2: {  // grey + alpha
            cv::Mat planes[2];
            cv::split(image, planes);
            cv::Mat bgra;
            cv::Mat channels[4] = {planes[0], planes[0], planes[0], planes[1]};
            cv::merge(channels, 4, bgra);
            rgb = compositeOverWhite(bgra);
            break;
        }
        case 3:
            cv::cvtColor(image, rgb, cv::COLOR_BGR2RGB);
            break;
        case 4:
            rgb = compositeOverWhite(image);
            break;
        default:
            badImage(path, "the image has an unsupported number of channels");
    }
    return rgb;
}

}  // namespace

cv::Mat loadImageRgb(const std::filesystem::path& filePath, const ImageLoadOptions& options) {
    const std::string path = filePath.string();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(filePath, ec))
        badImage(path, "the file does not exist or is not a regular file; choose another image");
    if (std::filesystem::file_size(filePath, ec) == 0)
        badImage(path, "the file is empty; choose another image");

    const auto header = readImageHeader(filePath);
    if (!header)
        badImage(path,
                 "not a JPEG, PNG, BMP or WebP image (whatever its name says); save the "
                 "photo in one of these formats");
    if (header->width <= 0 || header->height <= 0)
        badImage(path,
                 "the image header is damaged (it gives no size); copy or export the "
                 "image again");
    if (header->animated)
        badImage(path,
                 "this is an animated WebP, which cannot be read; save one frame of it as a "
                 "PNG or JPEG and choose that");
    if (!header->complete)
        badImage(path,
                 "the image is truncated (the file ends before the picture does); copy "
                 "or export it again");

    const int reduction = header->format == ImageFormat::Jpeg && !header->hasAlpha
                              ? jpegReduction(*header, options)
                              : 1;
    const std::int64_t pixels =
        static_cast<std::int64_t>(header->width / reduction) * (header->height / reduction);
    if (options.maxPixels > 0 && pixels > options.maxPixels)
        badImage(path, "the image is too large (" + std::to_string(header->width) + "x" +
                           std::to_string(header->height) + " pixels); scale it down below " +
                           std::to_string(options.maxPixels / 1'000'000) + " megapixels");

    cv::Mat decoded;
    try {
        decoded = cv::imread(path, readFlags(*header, reduction));
    } catch (const cv::Exception& e) {
        badImage(path, std::string("the image cannot be decoded (") + e.what() +
                           "); the file is damaged");
    }
    if (decoded.empty())
        badImage(path, "the image cannot be decoded; the file is damaged or truncated");

    cv::Mat rgb = toRgb8(std::move(decoded), path);
    const int longer = std::max(rgb.cols, rgb.rows);
    if (options.maxSidePixels > 0 && longer > options.maxSidePixels) {
        const double scale = static_cast<double>(options.maxSidePixels) / longer;
        const cv::Size size(std::max(1, static_cast<int>(std::lround(rgb.cols * scale))),
                            std::max(1, static_cast<int>(std::lround(rgb.rows * scale))));
        cv::Mat scaled;
        cv::resize(rgb, scaled, size, 0, 0, cv::INTER_AREA);
        rgb = scaled;
    }
    return rgb;
}

}  // namespace vx::media
