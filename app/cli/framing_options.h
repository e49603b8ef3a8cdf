// The framing and encoding options shared by `render` and `preview`: frame size, crop,
// paste-back into the photo, and H.264 quality (size and quality from the parameter table).
#pragma once

#include <CLI/CLI.hpp>

#include "app/cli/parameter_options.h"
#include "studio/studio_parameters.h"

namespace vx::cli {

struct FramingOptions {
    bool pasteBack = false;
    bool noCrop = false;
    ParameterOptions numbers;

    // `defaultCrf`: the command's own default H.264 quality.
    void addTo(CLI::App& cmd, int defaultCrf);
    // Writes the size and the framing, where given, into `parameters`.
    void applyTo(studio::StudioParameters& parameters) const;
    int crf() const { return int(numbers.value(studio::ParameterId::Crf)); }
};

}  // namespace vx::cli
