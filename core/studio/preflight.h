// Pre-flight: before any work, what a render will cost and whether it fits. Time comes from this
// machine's measured speed (recorded after every finished render, per device and frame size, in
// $XDG_STATE_HOME/vxstudio/render-speed.json); memory from the same measurements, else from the
// engine's per-frame state; disk from the output and resume-state sizes against the free space.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "studio/render_job.h"

namespace vx::studio {

struct RenderPreflight {
    std::string device;  // "cpu" or "cuda": where the request will run
    int side = 0;
    int frames = 0;
    int steps = 0;
    int windows = 0;
    double audioSeconds = 0.0;
    std::optional<double> seconds;       // estimated wall time; none before the first measurement
    std::optional<double> draftSeconds;  // the same clip as a Draft
    std::string speedSource;             // where the time estimate comes from
    int64_t hostBytes = 0;               // peak RAM, estimated or measured
    int64_t freeHostBytes = 0;
    int64_t deviceBytes = 0;  // peak VRAM measured at this size (0: unknown or the CPU)
    int64_t outputBytes = 0;  // the MP4 (an estimate from the frame size)
    int64_t stateBytes = 0;   // the resume state at its largest (latents and frame PNGs)
    int64_t freeDiskBytes = 0;
    std::vector<std::string> warnings;
    std::vector<std::string> refusals;  // what does not fit, each with the way out

    std::string format() const;
};

// Throws vx::Error(BadInput) when the recording cannot be probed.
RenderPreflight preflightRender(const RenderJobRequest& request);

// Throws vx::Error(Io) with the refusals when something does not fit.
void requireFits(const RenderPreflight& preflight, const RenderJobRequest& request);

// Records a finished render's speed and memory for later estimates (best effort: a cache that
// cannot be written is logged, not an error).
void recordRenderSpeed(const RenderJobRequest& request, const RenderJobResult& result);

}  // namespace vx::studio
