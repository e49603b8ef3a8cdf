#include "app/cli/framing_options.h"

namespace vx::cli {

void FramingOptions::addTo(CLI::App& cmd, int defaultCrf) {
    numbers.add(cmd, {studio::ParameterId::SizePx, studio::ParameterId::Crf});
    numbers.setDefault(studio::ParameterId::Crf, defaultCrf);
    cmd.add_flag("--paste-back", pasteBack, "Composite the animated face into the full photo");
    cmd.add_flag("--no-crop", noCrop, "Use the whole photo instead of a square around the face");
}

void FramingOptions::applyTo(studio::StudioParameters& parameters) const {
    numbers.applyTo(parameters);
    if (pasteBack)
        parameters.framing = studio::OutputFraming::PasteBack;
}

}  // namespace vx::cli
