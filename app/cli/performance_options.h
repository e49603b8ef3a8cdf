// The performance options shared by `render` and `preview`: a speaking style, keyframes, head
// motion (a preset, then single fields), blinks, expression and identity strength. The numeric ones
// come from the parameter table (parameter_options.h).
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

#include "app/cli/parameter_options.h"
#include "studio/keyframes.h"
#include "studio/studio_parameters.h"
#include "studio/styles.h"

namespace vx::cli {

struct PerformanceOptions {
    // A blink time beyond any recording the decoder accepts is a typing error.
    static constexpr double kLatestBlinkSeconds = 86400.0;

    std::string style;      // a style's name or a style file (.json); empty: none
    std::string keyframes;  // a keyframes file (docs/keyframes.md); empty: none
    std::string preset;     // empty: the project's (or the default preset's) head motion
    std::vector<double> blinksAt;
    ParameterOptions numbers;

    void addTo(CLI::App& cmd);
    // The style --style names, from the user's style library or a file; none when not given.
    // Throws vx::Error(BadInput) naming an unknown style or a bad style file.
    std::optional<studio::Style> chosenStyle() const;
    // The keyframes --keyframes names, styles resolved from the user's style library; none when
    // not given. Throws vx::Error(BadInput) naming the file.
    std::optional<studio::Keyframes> chosenKeyframes() const;
    // Writes what was given into `parameters`: first the style, then the preset's head motion,
    // then each single field. Throws vx::Error(BadInput) for an unknown style or preset.
    void applyTo(studio::StudioParameters& parameters) const;
};

}  // namespace vx::cli
