// The options of a render's settings, shared by `render` (written over its project) and `batch`
// (written over every job of the file): quality, device and precision, framing, performance and
// the retargeting of a driving track. Each option given on the command line replaces that one
// setting of the studio::RenderSpec; the others leave it alone.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

#include "app/cli/framing_options.h"
#include "app/cli/parameter_options.h"
#include "app/cli/performance_options.h"
#include "studio/render_spec.h"

namespace vx::cli {

class RenderSettingsOptions {
public:
    // `projectWord`: what the settings override, in --help ("the project's", "every job's").
    void addTo(CLI::App& cmd, const std::string& projectWord);
    // Throws vx::Error(BadInput) for an unknown device, precision, style, preset or retarget
    // name, or a bad style file.
    void applyTo(studio::RenderSpec& spec) const;
    bool noCrop() const { return m_framing.noCrop; }

private:
    std::string m_device, m_dtype, m_retarget;
    ParameterOptions m_quality;
    FramingOptions m_framing;
    PerformanceOptions m_performance;
};

}  // namespace vx::cli
