// A render as a user writes it down: a project (or the defaults), the inputs and output, and the
// settings given over the project's. `vxstudio-cli render` fills one from its command line and
// `vxstudio-cli batch` one per job of a batch file (batch_file.h); both turn it into a request
// here, through buildRenderRequest, so a job renders exactly what the same render command would.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/pipeline/render_settings.h"
#include "faces/keypoint_track.h"
#include "motion/head_motion.h"
#include "studio/keyframes.h"
#include "studio/parameters.h"
#include "studio/project_file.h"
#include "studio/render_job.h"
#include "studio/styles.h"

namespace vx::studio {

struct RenderSpec {
    std::string project;  // a .vxproj to start from; empty: the default settings
    std::string image;    // each input given replaces the project's
    std::string audio;
    std::string drivingVideo;
    std::string kps;  // replaces the project's driving video
    std::string output;
    std::string models;
    // Unset: the project's device (auto without a project).
    std::optional<engine::DevicePreference> device;
    std::optional<engine::Precision> precision;
    // A speaking style, written over the project's performance before the preset and the
    // values below, so that single options override it.
    std::optional<Style> style;
    // Replaces the project's keyframes (`--keyframes FILE`). A value in `values` for a
    // keyframed control still overrides its lanes (pinControl).
    std::optional<Keyframes> keyframes;
    std::optional<motion::HeadMotionPreset> motionPreset;  // applied before `values`
    std::optional<faces::RetargetStrategy> retarget;
    std::optional<std::vector<double>> blinkAt;  // replaces the project's manual blinks
    // The numeric settings given, each already checked against the parameter table.
    std::map<ParameterId, double> values;
    std::optional<bool> pasteBack;
    bool noCrop = false;
};

// "auto", "cpu", "cuda" / "auto", "fp16", "bf16", "fp32": the names of --device and --dtype.
// Throw vx::Error(BadInput) listing the valid names.
engine::DevicePreference devicePreferenceFromName(const std::string& name);
engine::Precision precisionFromName(const std::string& name);

// The project `spec` describes: its project file (or the defaults) with every given field
// written over. Throws vx::Error(BadInput) for an unreadable project, or one whose inputs are
// missing and not replaced by the spec.
Project projectOf(const RenderSpec& spec);

// The request of `spec`, made by buildRenderRequest from projectOf(spec). Throws vx::Error.
RenderJobRequest requestOf(const RenderSpec& spec);

}  // namespace vx::studio
