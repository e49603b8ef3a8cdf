// Every setting the studio window offers, in one plain struct the window owns: the performance
// (what the preview and the render animate), the render quality and the output. The numeric
// fields' ranges and defaults are those of studio/parameters.h (valueOf/setValue reach them by
// ParameterId); the head motion fields start from the default preset's values.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "motion/head_motion.h"
#include "motion/performance.h"
#include "studio/parameters.h"

namespace vx::studio {

enum class ComputeDevice { CudaFp16, CudaBf16, CudaFp32, CpuFp32 };
enum class OutputFraming { Crop, PasteBack };

// "cuda-fp16", "cuda-bf16", "cuda-fp32", "cpu-fp32": the names in project files and settings.
const char* computeDeviceName(ComputeDevice device);
std::optional<ComputeDevice> computeDeviceFromName(const std::string& name);

struct StudioParameters {
    // Performance.
    double expressionPercent = motion::kDefaultExpressionPercent;
    double identityPercent = motion::kDefaultIdentityPercent;
    motion::HeadMotionPreset headPreset = motion::HeadMotionPreset::CalmPresenter;
    double headAmountPercent = defaultOf(ParameterId::HeadAmountPercent);
    double yawRangeDeg = defaultOf(ParameterId::YawRangeDeg);
    double pitchRangeDeg = defaultOf(ParameterId::PitchRangeDeg);
    double rollRangeDeg = defaultOf(ParameterId::RollRangeDeg);
    // Caps on the head's angles for every track (synthetic, offsets, driving video).
    double yawLimitDeg = defaultOf(ParameterId::YawLimitDeg);
    double pitchLimitDeg = defaultOf(ParameterId::PitchLimitDeg);
    double rollLimitDeg = defaultOf(ParameterId::RollLimitDeg);
    double tempo = defaultOf(ParameterId::Tempo);
    double speechFollowPercent = defaultOf(ParameterId::SpeechFollowPercent);
    double blinkRatePerMinute = defaultOf(ParameterId::BlinkRatePerMinute);
    double blinkDurationMs = defaultOf(ParameterId::BlinkDurationMs);
    std::uint32_t motionSeed = std::uint32_t(defaultOf(ParameterId::MotionSeed));
    std::uint32_t blinkSeed = std::uint32_t(defaultOf(ParameterId::BlinkSeed));
    std::vector<double> manualBlinkSec;  // blinks placed on the timeline
    // The speaking style last chosen (studio/styles.h), empty when none: the controls it sets
    // keep their own values above, so a project renders the same wherever the style is missing.
    std::string styleName;

    // Quality.
    int steps = int(defaultOf(ParameterId::Steps));
    double guidanceScale = defaultOf(ParameterId::Guidance);
    int resolutionPx = int(defaultOf(ParameterId::SizePx));
    std::uint32_t seed = std::uint32_t(defaultOf(ParameterId::Seed));  // the noise only
    ComputeDevice device = ComputeDevice::CpuFp32;

    // Output.
    double targetFps = defaultOf(ParameterId::TargetFps);  // the file's rate follows
    OutputFraming framing = OutputFraming::Crop;

    static double defaultOf(ParameterId id) { return parameterSpec(id).defaultValue; }
    // The numeric field of `id` (crf is the export dialog's, not here: NaN).
    double valueOf(ParameterId id) const;
    void setValue(ParameterId id, double value);

    // Sets the head motion fields from one of the core's presets.
    void applyHeadPreset(motion::HeadMotionPreset preset);
    void resetPerformance();
    void resetQuality(bool cudaAvailable);
    void resetOutput();

    motion::PerformanceSettings toPerformanceSettings() const;
};

// The frame count V-Express renders for a recording: floor(duration * fps) rounded down to
// 20n + 4 (spec §7.3); 0 when the recording is shorter than one 24-frame window.
int renderedFrameCount(double durationSeconds, double targetFps);
// The frame rate of the rendered file: the rendered frames stretched over the recording.
double derivedOutputFps(double durationSeconds, double targetFps);

}  // namespace vx::studio
