// Every setting the studio window offers, in one plain struct the window owns: the performance
// (what the preview and the render animate), the render quality and the output.
#pragma once

#include <cstdint>
#include <vector>

#include "motion/head_motion.h"
#include "motion/performance.h"

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
    double blinkRatePerMinute = 15.0;
    std::vector<double> manualBlinkSec;  // blinks placed on the timeline

    // Quality.
    int steps = 25;
    double guidanceScale = 3.5;
    int resolutionPx = 512;
    std::uint32_t seed = 42;  // the diffusion noise, the head motion and the blink timing
    ComputeDevice device = ComputeDevice::CpuFp32;

    // Output.
    double targetFps = 30.0;  // V-Express's --fps; the file's rate is derived from it
    OutputFraming framing = OutputFraming::Crop;

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
