#include "app/cli/render_settings_options.h"

#include <utility>

namespace vx::cli {

void RenderSettingsOptions::addTo(CLI::App& cmd, const std::string& projectWord) {
    using P = studio::ParameterId;
    m_quality.add(cmd, {P::Steps, P::Guidance, P::Seed, P::TargetFps});
    cmd.add_option("--device", m_device,
                   "auto, cpu or cuda (default: auto, or " + projectWord + " device)");
    cmd.add_option("--dtype", m_dtype,
                   "auto (fp16 on CUDA, fp32 on the CPU), fp16, bf16 or fp32 (default: auto, or " +
                       projectWord + ")");
    cmd.add_option("--retarget", m_retarget,
                   "How the driving track moves the face: fix_face, no_retarget, offset_retarget, "
                   "naive_retarget, follow_nose (default with --kps or --driving-video)");
    m_framing.addTo(cmd, int(studio::parameterSpec(P::Crf).defaultValue));
    m_performance.addTo(cmd);
}

void RenderSettingsOptions::applyTo(studio::RenderSpec& spec) const {
    if (!m_device.empty())
        spec.device = studio::devicePreferenceFromName(m_device);
    if (!m_dtype.empty())
        spec.precision = studio::precisionFromName(m_dtype);
    if (!m_retarget.empty())
        spec.retarget = faces::parseRetargetStrategy(m_retarget);
    if (auto style = m_performance.chosenStyle())
        spec.style = std::move(style);
    if (auto keyframes = m_performance.chosenKeyframes())
        spec.keyframes = std::move(keyframes);
    if (!m_performance.preset.empty())
        spec.motionPreset = motion::parsePreset(m_performance.preset);
    if (!m_performance.blinksAt.empty())
        spec.blinkAt = m_performance.blinksAt;
    for (const ParameterOptions* numbers : {&m_quality, &m_framing.numbers, &m_performance.numbers})
        numbers->writeGiven(spec.values);
    if (m_framing.pasteBack)
        spec.pasteBack = true;
    if (m_framing.noCrop)
        spec.noCrop = true;
}

}  // namespace vx::cli
