#include "ui/studio_parameters.h"

#include <cmath>

namespace vx {
namespace ui {

void StudioParameters::applyHeadPreset(motion::HeadMotionPreset preset) {
    const motion::HeadMotionSettings s = motion::presetSettings(preset);
    headPreset = preset;
    headAmountPercent = s.amount * 100.0;
    yawRangeDeg = s.yawRangeDeg;
    pitchRangeDeg = s.pitchRangeDeg;
    rollRangeDeg = s.rollRangeDeg;
    tempo = s.tempo;
    speechFollowPercent = s.speechFollow * 100.0;
}

void StudioParameters::resetPerformance() {
    const StudioParameters defaults;
    expressionPercent = defaults.expressionPercent;
    identityPercent = defaults.identityPercent;
    applyHeadPreset(defaults.headPreset);
    blinkRatePerMinute = defaults.blinkRatePerMinute;
    manualBlinkSec.clear();
}

void StudioParameters::resetQuality(bool cudaAvailable) {
    const StudioParameters defaults;
    steps = defaults.steps;
    guidanceScale = defaults.guidanceScale;
    resolutionPx = defaults.resolutionPx;
    seed = defaults.seed;
    device = cudaAvailable ? ComputeDevice::CudaFp16 : ComputeDevice::CpuFp32;
}

void StudioParameters::resetOutput() {
    const StudioParameters defaults;
    targetFps = defaults.targetFps;
    framing = defaults.framing;
}

motion::PerformanceSettings StudioParameters::toPerformanceSettings() const {
    motion::PerformanceSettings p;
    p.expressionPercent = expressionPercent;
    p.identityPercent = identityPercent;
    // Start from the preset so the fields the window does not expose (sway, scale) follow it.
    p.head = motion::presetSettings(headPreset);
    p.head.amount = headAmountPercent / 100.0;
    p.head.yawRangeDeg = yawRangeDeg;
    p.head.pitchRangeDeg = pitchRangeDeg;
    p.head.rollRangeDeg = rollRangeDeg;
    p.head.tempo = tempo;
    p.head.speechFollow = speechFollowPercent / 100.0;
    p.head.seed = seed;
    p.blinks.ratePerMinute = blinkRatePerMinute;
    p.blinks.seed = seed + 1;  // a different stream from the head motion's
    p.blinks.manualBlinkSec = manualBlinkSec;
    return p;
}

int renderedFrameCount(double durationSeconds, double targetFps) {
    constexpr int kWindow = 24;
    constexpr int kStride = 20;
    const int initial = int(std::floor(durationSeconds * targetFps));
    if (initial < kWindow)
        return 0;
    const int windows = (initial - kWindow) / kStride + 1;
    return kStride * (windows - 1) + kWindow;
}

double derivedOutputFps(double durationSeconds, double targetFps) {
    if (!(durationSeconds > 0.0))
        return 0.0;
    return renderedFrameCount(durationSeconds, targetFps) / durationSeconds;
}

}  // namespace ui
}  // namespace vx
