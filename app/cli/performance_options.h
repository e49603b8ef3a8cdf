// The performance options shared by `render` and `preview`: head motion (a preset, then single
// fields), blinks, expression and identity strength. The numeric ones come from the parameter
// table (parameter_options.h).
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "app/cli/parameter_options.h"
#include "studio/studio_parameters.h"

namespace vx::cli {

struct PerformanceOptions {
    // A blink time beyond any recording the decoder accepts is a typing error.
    static constexpr double kLatestBlinkSeconds = 86400.0;

    std::string preset;  // empty: the project's (or the default preset's) head motion
    std::vector<double> blinksAt;
    ParameterOptions numbers;

    void addTo(CLI::App& cmd);
    // Writes what was given into `parameters`: first the preset's head motion, then each single
    // field. Throws vx::Error(BadInput) for an unknown preset.
    void applyTo(studio::StudioParameters& parameters) const;
};

}  // namespace vx::cli
