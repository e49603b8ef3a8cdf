#include "studio/studio_parameters.h"

#include <cmath>
#include <utility>

namespace vx::studio {

namespace {
const std::pair<ComputeDevice, const char*> kDeviceNames[] = {
    {ComputeDevice::CudaFp16, "cuda-fp16"},
    {ComputeDevice::CudaBf16, "cuda-bf16"},
    {ComputeDevice::CudaFp32, "cuda-fp32"},
    {ComputeDevice::CpuFp32, "cpu-fp32"},
};
}  // namespace

const char* computeDeviceName(ComputeDevice device) {
    for (const auto& [d, name] : kDeviceNames)
        if (d == device)
            return name;
    return "";
}

std::optional<ComputeDevice> computeDeviceFromName(const std::string& name) {
    for (const auto& [d, known] : kDeviceNames)
        if (name == known)
            return d;
    return std::nullopt;
}

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
    blinkDurationMs = defaults.blinkDurationMs;
    motionSeed = defaults.motionSeed;
    blinkSeed = defaults.blinkSeed;
    yawLimitDeg = defaults.yawLimitDeg;
    pitchLimitDeg = defaults.pitchLimitDeg;
    rollLimitDeg = defaults.rollLimitDeg;
    manualBlinkSec.clear();
    styleName.clear();
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
    p.head.seed = motionSeed;
    p.limits = {yawLimitDeg, pitchLimitDeg, rollLimitDeg};
    p.blinks.ratePerMinute = blinkRatePerMinute;
    p.blinks.durationMs = blinkDurationMs;
    p.blinks.seed = blinkSeed;
    p.blinks.manualBlinkSec = manualBlinkSec;
    return p;
}

double StudioParameters::valueOf(ParameterId id) const {
    using P = ParameterId;
    switch (id) {
        case P::ExpressionPercent:
            return expressionPercent;
        case P::IdentityPercent:
            return identityPercent;
        case P::HeadAmountPercent:
            return headAmountPercent;
        case P::YawRangeDeg:
            return yawRangeDeg;
        case P::PitchRangeDeg:
            return pitchRangeDeg;
        case P::RollRangeDeg:
            return rollRangeDeg;
        case P::YawLimitDeg:
            return yawLimitDeg;
        case P::PitchLimitDeg:
            return pitchLimitDeg;
        case P::RollLimitDeg:
            return rollLimitDeg;
        case P::Tempo:
            return tempo;
        case P::SpeechFollowPercent:
            return speechFollowPercent;
        case P::BlinkRatePerMinute:
            return blinkRatePerMinute;
        case P::BlinkDurationMs:
            return blinkDurationMs;
        case P::MotionSeed:
            return motionSeed;
        case P::BlinkSeed:
            return blinkSeed;
        case P::Steps:
            return steps;
        case P::Guidance:
            return guidanceScale;
        case P::Seed:
            return seed;
        case P::SizePx:
            return resolutionPx;
        case P::TargetFps:
            return targetFps;
        case P::Crf:
            break;
    }
    return std::nan("");
}

void StudioParameters::setValue(ParameterId id, double value) {
    using P = ParameterId;
    switch (id) {
        case P::ExpressionPercent:
            expressionPercent = value;
            break;
        case P::IdentityPercent:
            identityPercent = value;
            break;
        case P::HeadAmountPercent:
            headAmountPercent = value;
            break;
        case P::YawRangeDeg:
            yawRangeDeg = value;
            break;
        case P::PitchRangeDeg:
            pitchRangeDeg = value;
            break;
        case P::RollRangeDeg:
            rollRangeDeg = value;
            break;
        case P::YawLimitDeg:
            yawLimitDeg = value;
            break;
        case P::PitchLimitDeg:
            pitchLimitDeg = value;
            break;
        case P::RollLimitDeg:
            rollLimitDeg = value;
            break;
        case P::Tempo:
            tempo = value;
            break;
        case P::SpeechFollowPercent:
            speechFollowPercent = value;
            break;
        case P::BlinkRatePerMinute:
            blinkRatePerMinute = value;
            break;
        case P::BlinkDurationMs:
            blinkDurationMs = value;
            break;
        case P::MotionSeed:
            motionSeed = std::uint32_t(value);
            break;
        case P::BlinkSeed:
            blinkSeed = std::uint32_t(value);
            break;
        case P::Steps:
            steps = int(value);
            break;
        case P::Guidance:
            guidanceScale = value;
            break;
        case P::Seed:
            seed = std::uint32_t(value);
            break;
        case P::SizePx:
            resolutionPx = int(value);
            break;
        case P::TargetFps:
            targetFps = value;
            break;
        case P::Crf:
            break;
    }
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

}  // namespace vx::studio
