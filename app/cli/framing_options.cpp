#include "app/cli/framing_options.h"

#include "app/cli/numeric_checks.h"

namespace vx::cli {

void FramingOptions::addTo(CLI::App& cmd) {
    cmd.add_option("--size", size,
                   "Side of the square frame in pixels, a multiple of 8 (the VAE works on 8x8 "
                   "blocks)")
        ->check(finiteRange(kSmallestSide, kLargestSide, 8))
        ->capture_default_str();
    cmd.add_flag("--paste-back", pasteBack, "Composite the animated face into the full photo");
    cmd.add_flag("--no-crop", noCrop, "Use the whole photo instead of a square around the face");
    cmd.add_option("--crf", crf, "H.264 quality, 0 (lossless) to 51")
        ->check(finiteRange(0, 51))
        ->capture_default_str();
}

studio::PortraitOptions FramingOptions::portrait(const std::string& models) const {
    studio::PortraitOptions options;
    options.sidePx = size;
    options.modelFolder = models;
    options.autoCrop = !noCrop;
    return options;
}

}  // namespace vx::cli
