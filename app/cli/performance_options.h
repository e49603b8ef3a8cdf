// The performance options shared by `render` and `preview`: head motion, blinks, expression and
// identity strength.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

#include "motion/performance.h"

namespace vx::cli {

struct PerformanceOptions {
    // A blink time beyond any recording the decoder accepts is a typing error.
    static constexpr double kLatestBlinkSeconds = 86400.0;

    std::string preset = "calm";
    double motionAmount = -1.0;  // < 0: the preset's
    double yawDeg = -1.0, pitchDeg = -1.0, rollDeg = -1.0;
    double tempo = -1.0, speechFollow = -1.0;
    double blinkRate = 15.0;
    double blinkDurationMs = 180.0;
    std::vector<double> blinksAt;
    double expressionPercent = motion::kDefaultExpressionPercent;
    double identityPercent = motion::kDefaultIdentityPercent;
    unsigned long long motionSeed = 42;

    void addTo(CLI::App& cmd);
    // The settings these options describe; throws vx::Error(BadInput) for an unknown preset.
    motion::PerformanceSettings settings() const;
};

}  // namespace vx::cli
