// Every setting the studio window offers, in one plain struct the window owns: the performance
// (what the preview and the render animate), the render quality and the output. The numeric
// fields' ranges and defaults are those of studio/parameters.h (valueOf/setValue reach them by
// ParameterId); the head motion fields start from the default preset's values.
#pragma once

#include <cstdint>
#include <vector>

#include "motion/head_motion.h"
#include "motion/performance.h"
#include "studio/parameters.h"

namespace vx {
namespace ui {

enum class ComputeDevice { CudaFp16, CudaBf16, CudaFp32, CpuFp32 };
enum class OutputFraming { Crop, PasteBack };

struct StudioParameters {
    // Performance.
    double expressionPercent = motion::kDefaultExpressionPercent;
    double identityPercent = motion::kDefaultIdentityPercent;
    motion::HeadMotionPreset headPreset = motion::HeadMotionPreset::CalmPresenter;
    double headAmountPercent = 40.0;
    double yawRangeDeg = 8.0;
    double pitchRangeDeg = 5.0;
    double rollRangeDeg = 3.0;
    double tempo = 0.7;
    double speechFollowPercent = 40.0;
    double blinkRatePerMinute = defaultOf(studio::ParameterId::BlinkRatePerMinute);
    double blinkDurationMs = defaultOf(studio::ParameterId::BlinkDurationMs);
    std::uint32_t motionSeed = std::uint32_t(defaultOf(studio::ParameterId::MotionSeed));
    std::uint32_t blinkSeed = std::uint32_t(defaultOf(studio::ParameterId::BlinkSeed));
    std::vector<double> manualBlinkSec;  // blinks placed on the timeline

    // Quality.
    int steps = int(defaultOf(studio::ParameterId::Steps));
    double guidanceScale = defaultOf(studio::ParameterId::Guidance);
    int resolutionPx = int(defaultOf(studio::ParameterId::SizePx));
    std::uint32_t seed = std::uint32_t(defaultOf(studio::ParameterId::Seed));  // the noise only
    ComputeDevice device = ComputeDevice::CpuFp32;

    // Output.
    double targetFps = defaultOf(studio::ParameterId::TargetFps);  // the file's rate follows
    OutputFraming framing = OutputFraming::Crop;

    static double defaultOf(studio::ParameterId id) {
        return studio::parameterSpec(id).defaultValue;
    }
    // The numeric field of `id` (crf is the export dialog's, not here: NaN).
    double valueOf(studio::ParameterId id) const;
    void setValue(studio::ParameterId id, double value);

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

}  // namespace ui
}  // namespace vx
