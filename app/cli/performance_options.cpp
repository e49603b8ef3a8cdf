#include "app/cli/performance_options.h"

#include "app/cli/numeric_checks.h"

namespace vx::cli {

void PerformanceOptions::addTo(CLI::App& cmd) {
    cmd.add_option("--motion-preset", preset, "Head motion preset: still, calm, lively, nodding")
        ->capture_default_str();
    cmd.add_option("--motion", motionAmount, "Head motion amount, 0 (still) to 1 (the full ranges)")
        ->check(finiteRange(0.0, 1.0));
    cmd.add_option("--yaw", yawDeg, "Largest left/right turn in degrees")
        ->check(finiteRange(0.0, 45.0));
    cmd.add_option("--pitch", pitchDeg, "Largest nod in degrees")->check(finiteRange(0.0, 30.0));
    cmd.add_option("--roll", rollDeg, "Largest tilt in degrees")->check(finiteRange(0.0, 30.0));
    cmd.add_option("--tempo", tempo, "Motion tempo, 1 = a new target about every 1.2 s")
        ->check(finiteRange(0.1, 4.0));
    cmd.add_option("--speech-follow", speechFollow,
                   "How much motion follows the voice, 0 to 1 (nods on stresses, calm in pauses)")
        ->check(finiteRange(0.0, 1.0));
    cmd.add_option("--motion-seed", motionSeed, "Seed of the head motion")
        ->check(seedValue())
        ->capture_default_str();
    cmd.add_option("--blink-rate", blinkRate, "Blinks per minute, 0 to 40")
        ->check(finiteRange(0.0, 40.0))
        ->capture_default_str();
    cmd.add_option("--blink-duration", blinkDurationMs, "Duration of a blink in milliseconds")
        ->check(finiteRange(80.0, 500.0))
        ->capture_default_str();
    cmd.add_option("--blink-at", blinksAt, "Extra blinks at these times in seconds")
        ->check(finiteRange(0.0, kLatestBlinkSeconds));
    cmd.add_option("--expression", expressionPercent,
                   "Expression strength in percent (100 = V-Express's audio attention weight 3.0)")
        ->check(finiteRange(0.0, 100.0))
        ->capture_default_str();
    cmd.add_option(
           "--identity", identityPercent,
           "Identity strength in percent (50 = V-Express's reference attention weight 0.95)")
        ->check(finiteRange(0.0, 100.0))
        ->capture_default_str();
}

motion::PerformanceSettings PerformanceOptions::settings() const {
    motion::PerformanceSettings s;
    s.head = motion::presetSettings(motion::parsePreset(preset));
    auto override = [](double& target, double value) {
        if (value >= 0.0)
            target = value;
    };
    override(s.head.amount, motionAmount);
    override(s.head.yawRangeDeg, yawDeg);
    override(s.head.pitchRangeDeg, pitchDeg);
    override(s.head.rollRangeDeg, rollDeg);
    override(s.head.tempo, tempo);
    override(s.head.speechFollow, speechFollow);
    s.head.seed = motionSeed;
    s.blinks.ratePerMinute = blinkRate;
    s.blinks.durationMs = blinkDurationMs;
    s.blinks.manualBlinkSec = blinksAt;
    s.expressionPercent = expressionPercent;
    s.identityPercent = identityPercent;
    return s;
}

}  // namespace vx::cli
