#include "app/cli/performance_options.h"

#include "app/cli/numeric_checks.h"
#include "motion/head_motion.h"
#include "studio/keyframes_file.h"
#include "studio/style_library.h"

namespace vx::cli {

void PerformanceOptions::addTo(CLI::App& cmd) {
    using P = studio::ParameterId;
    cmd.add_option("--style", style,
                   "Speaking style: a name from `vxstudio-cli styles list` or a style file "
                   "(.json); the other performance options override it");
    cmd.add_option("--keyframes", keyframes,
                   "Keyframes file (.json, docs/keyframes.md): controls that change over the clip; "
                   "an expression, identity or motion option given as well holds that control");
    cmd.add_option("--motion-preset", preset,
                   "Head motion preset: still, calm, lively, nodding (default: calm, or the "
                   "project's); single motion options below override it");
    numbers.add(cmd, {P::ExpressionPercent, P::IdentityPercent, P::HeadAmountPercent,
                      P::YawRangeDeg, P::PitchRangeDeg, P::RollRangeDeg, P::YawLimitDeg,
                      P::PitchLimitDeg, P::RollLimitDeg, P::Tempo, P::SpeechFollowPercent,
                      P::MotionSeed, P::BlinkRatePerMinute, P::BlinkDurationMs, P::BlinkSeed});
    cmd.add_option("--blink-at", blinksAt,
                   "Blinks at these times in seconds (instead of the project's manual blinks)")
        ->check(finiteRange(0.0, kLatestBlinkSeconds));
}

std::optional<studio::Style> PerformanceOptions::chosenStyle() const {
    if (style.empty())
        return std::nullopt;
    return studio::resolveStyle(style, studio::StyleLibrary());
}

std::optional<studio::Keyframes> PerformanceOptions::chosenKeyframes() const {
    if (keyframes.empty())
        return std::nullopt;
    return studio::readKeyframesFile(keyframes, studio::userStyleResolver());
}

void PerformanceOptions::applyTo(studio::StudioParameters& parameters) const {
    if (const auto chosen = chosenStyle())
        studio::applyStyle(*chosen, parameters);
    if (!preset.empty())
        parameters.applyHeadPreset(motion::parsePreset(preset));
    numbers.applyTo(parameters);
    if (!blinksAt.empty())
        parameters.manualBlinkSec = blinksAt;
}

}  // namespace vx::cli
