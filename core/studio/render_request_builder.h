// The one place a render request is built from a project: the studio's Render and Draft buttons
// and `vxstudio-cli render` (with or without --project) all come through here, so the same
// project renders the same frames from either front end (tests/gui/project_render_parity_test.cpp
// compares them).
#pragma once

#include <filesystem>
#include <optional>

#include "studio/audio_excerpt.h"
#include "studio/project_file.h"
#include "studio/render_job.h"

namespace vx::studio {

// A draft renders at most this many steps at most this large, so it takes seconds to minutes.
inline constexpr int kDraftMaxSteps = 6;
inline constexpr int kDraftMaxSidePx = 256;

// What a render needs beyond the project: where it writes, which model, and the job's choices.
struct RenderTarget {
    std::filesystem::path output;
    std::filesystem::path models;
    bool draft = false;
    std::optional<AudioRange> audioRange;  // only this part of the recording
    int crf = int(parameterSpec(ParameterId::Crf).defaultValue);
    // Instead of the project's device: the CLI's --device/--dtype (Auto picks CUDA when present).
    std::optional<engine::DevicePreference> device;
    std::optional<engine::Precision> precision;
};

// The request for `project` (its inputs, parameters, crop, keyframes and driving video) rendered
// to `target`. The keyframes' per-frame values need the clip's frame count, which only the
// decoded recording gives: renderVideo evaluates them (studio/keyframe_clip.h) into the
// performance's curves and the engine's per-frame attention weights. Throws vx::Error(BadInput)
// when the project has no portrait or no recording.
RenderJobRequest buildRenderRequest(const Project& project, const RenderTarget& target);

// The device and precision of the studio's device choice.
void applyComputeDevice(ComputeDevice device, RenderJobRequest& request);

}  // namespace vx::studio
