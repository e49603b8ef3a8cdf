// The framing and encoding options shared by `render` and `preview`: frame size, crop,
// paste-back into the photo, and H.264 quality.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

#include "studio/portrait.h"

namespace vx::cli {

struct FramingOptions {
    // The frame sizes render and preview accept (the help says the same).
    static constexpr int kSmallestSide = 64;
    static constexpr int kLargestSide = 1024;

    int size = 512;
    bool pasteBack = false;
    bool noCrop = false;
    int crf = 18;

    explicit FramingOptions(int defaultCrf) : crf(defaultCrf) {}
    void addTo(CLI::App& cmd);
    // The portrait options these describe; `models` may hold SCRFD's detector.
    studio::PortraitOptions portrait(const std::string& models) const;
};

}  // namespace vx::cli
