#include "motion/blink_schedule.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <string>

#include "common/error.h"

namespace vx::motion {

namespace {

constexpr double kClosingShare = 0.4;

void requireRange(double value, double lo, double hi, const char* name) {
    if (!(value >= lo && value <= hi)) {
        throw Error(ErrorKind::BadInput, std::string("blink setting '") + name + "' is " +
                                             std::to_string(value) + "; use a value from " +
                                             std::to_string(lo) + " to " + std::to_string(hi));
    }
}

double smoothstep(double t) {
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

}  // namespace

std::vector<Blink> scheduleBlinks(const BlinkSettings& s, double clipDurationSec) {
    requireRange(s.ratePerMinute, 0.0, 40.0, "rate per minute");
    requireRange(s.durationMs, 80.0, 500.0, "duration");
    requireRange(s.minIntervalMs, 0.0, 10000.0, "minimum interval");
    requireRange(s.jitter, 0.0, 1.0, "jitter");
    const double duration = s.durationMs / 1000.0;
    const double minInterval = std::max(s.minIntervalMs / 1000.0, duration);

    std::vector<Blink> blinks;
    for (double t : s.manualBlinkSec) {
        if (t >= 0.0 && t < clipDurationSec)
            blinks.push_back({t, duration, true});
    }
    if (s.ratePerMinute > 0.0) {
        std::mt19937_64 rng(s.seed);
        std::uniform_real_distribution<double> uniform(-1.0, 1.0);
        const double meanInterval = 60.0 / s.ratePerMinute;
        // The first blink comes somewhere in the first interval, not at t = 0.
        double t = meanInterval * (0.5 + 0.5 * std::abs(uniform(rng)));
        while (t + duration <= clipDurationSec) {
            const bool nearManual = std::any_of(blinks.begin(), blinks.end(), [&](const Blink& b) {
                return b.manual && std::abs(b.startSec - t) < minInterval;
            });
            if (!nearManual)
                blinks.push_back({t, duration, false});
            t += std::max(minInterval, meanInterval * (1.0 + s.jitter * uniform(rng)));
        }
    }
    std::sort(blinks.begin(), blinks.end(),
              [](const Blink& a, const Blink& b) { return a.startSec < b.startSec; });
    return blinks;
}

std::vector<double> eyelidClosure(const std::vector<Blink>& blinks, int frameCount, double fps) {
    std::vector<double> closure(std::max(frameCount, 0), 0.0);
    if (!(fps > 0.0))
        return closure;
    for (int i = 0; i < frameCount; ++i) {
        const double t = i / fps;
        for (const Blink& b : blinks) {
            const double phase = (t - b.startSec) / b.durationSec;
            if (phase <= 0.0 || phase >= 1.0)
                continue;
            const double value =
                phase < kClosingShare
                    ? smoothstep(phase / kClosingShare)
                    : 1.0 - smoothstep((phase - kClosingShare) / (1.0 - kClosingShare));
            closure[i] = std::max(closure[i], value);
        }
    }
    return closure;
}

}  // namespace vx::motion
