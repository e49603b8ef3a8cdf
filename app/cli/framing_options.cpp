#include "app/cli/framing_options.h"

namespace vx::cli {

void FramingOptions::addTo(CLI::App& cmd) {
    cmd.add_option("--size", size, "Side of the square frame in pixels")
        ->check(CLI::Range(64, 2048))
        ->capture_default_str();
    cmd.add_flag("--paste-back", pasteBack, "Composite the animated face into the full photo");
    cmd.add_flag("--no-crop", noCrop, "Use the whole photo instead of a square around the face");
    cmd.add_option("--crf", crf, "H.264 quality, 0 (lossless) to 51")
        ->check(CLI::Range(0, 51))
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
