// libFuzzer target: arbitrary bytes as the portrait photo. Reads the header as the loader does
// (readImageHeader, which decides what OpenCV is allowed to decode), then loads the file the
// way the portrait step does (loadImageRgb: OpenCV's imread on the same file).
#include <opencv2/core/utility.hpp>
#include <opencv2/core/utils/logger.hpp>

#include <cstddef>
#include <cstdint>

#include "fuzz_check.h"
#include "fuzz_input_file.h"
#include "media/image_header.h"
#include "media/image_loader.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    // OpenCV's warnings about damaged files would fill the log; one thread keeps the
    // executions independent of each other.
    cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT);
    cv::setNumThreads(0);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string path = vx::fuzz::writeInputFile(data, size, "image");
    vx::fuzz::expectOnlyVxErrors("readImageHeader",
                                 [&] { (void)vx::media::readImageHeader(path); });
    vx::fuzz::expectOnlyVxErrors("loadImageRgb", [&] {
        vx::media::ImageLoadOptions options;
        options.neededMinSidePixels = 512;  // what the portrait step asks for
        // The application allows 250 Mpx; a few bytes can claim that many, and decoding them
        // would take seconds per input. The limit check itself is the same code either way.
        options.maxPixels = 16'000'000;
        (void)vx::media::loadImageRgb(path, options);
    });
    return 0;
}
