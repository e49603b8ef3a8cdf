// When the eyes blink, and how closed they are on each frame.
#pragma once

#include <cstdint>
#include <vector>

namespace vx::motion {

struct BlinkSettings {
    double ratePerMinute = 15.0;    // 0 to 40; people blink 10-20 times a minute when speaking
    double durationMs = 180.0;      // closing plus reopening, 80 to 500
    double minIntervalMs = 1200.0;  // no two blinks start closer than this
    double jitter = 0.5;            // 0 = metronome, 1 = intervals vary by +-100 %
    uint64_t seed = 7;
    std::vector<double> manualBlinkSec;  // blinks the user placed on the timeline
};

struct Blink {
    double startSec = 0.0;
    double durationSec = 0.0;
    bool manual = false;
};

// Automatic blinks at the given rate with seeded jitter, merged with the manual ones (an
// automatic blink too close to a manual one is dropped), sorted by start. Deterministic.
// Throws vx::Error(BadInput) for settings outside the documented ranges.
std::vector<Blink> scheduleBlinks(const BlinkSettings& settings, double clipDurationSec);

// Eyelid closure per frame: 0 open, 1 fully closed. A blink closes quickly (40 % of its
// duration) and reopens more slowly, with eased ends so the lid never jumps.
std::vector<double> eyelidClosure(const std::vector<Blink>& blinks, int frameCount, double fps);

}  // namespace vx::motion
