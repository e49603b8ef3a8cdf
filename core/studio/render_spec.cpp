#include "studio/render_spec.h"

#include "common/error.h"
#include "studio/render_request_builder.h"

namespace vx::studio {

engine::DevicePreference devicePreferenceFromName(const std::string& name) {
    if (name == "auto")
        return engine::DevicePreference::Auto;
    if (name == "cpu")
        return engine::DevicePreference::Cpu;
    if (name == "cuda")
        return engine::DevicePreference::Cuda;
    throw Error(ErrorKind::BadInput, "unknown device '" + name + "'; use auto, cpu or cuda");
}

engine::Precision precisionFromName(const std::string& name) {
    if (name == "auto")
        return engine::Precision::Auto;
    if (name == "fp16")
        return engine::Precision::Float16;
    if (name == "bf16")
        return engine::Precision::BFloat16;
    if (name == "fp32")
        return engine::Precision::Float32;
    throw Error(ErrorKind::BadInput,
                "unknown precision '" + name + "'; use auto, fp16, bf16 or fp32");
}

Project projectOf(const RenderSpec& spec) {
    Project project;
    if (!spec.project.empty())
        project = readProjectFile(spec.project);
    if (!spec.image.empty() && spec.image != project.portraitPath) {
        project.portraitPath = spec.image;
        project.crop.reset();  // the project's crop was made on its own photo
    }
    if (!spec.audio.empty())
        project.audioPath = spec.audio;
    if (!spec.drivingVideo.empty())
        project.drivingVideoPath = spec.drivingVideo;
    else if (!spec.kps.empty())
        project.drivingVideoPath.clear();  // a kps track replaces the project's driving video
    for (const std::string& missing : project.missingInputs)
        if (missing == project.portraitPath || missing == project.audioPath ||
            missing == project.drivingVideoPath)
            throw Error(ErrorKind::BadInput,
                        "the project " + spec.project +
                            " names this file, which is not on disk; put it back or give "
                            "another with --image, --audio or --driving-video (in a batch file: "
                            "\"image\", \"audio\" or \"drivingVideo\")",
                        missing);
    StudioParameters& p = project.parameters;
    // The style first, then the preset: each sets every head motion field, which single values
    // then refine.
    if (spec.style)
        applyStyle(*spec.style, p);
    if (spec.motionPreset)
        p.applyHeadPreset(*spec.motionPreset);
    if (spec.keyframes)
        project.keyframes = *spec.keyframes;
    for (const auto& [id, value] : spec.values) {
        p.setValue(id, value);
        pinControl(project.keyframes, id, value);
    }
    if (spec.blinkAt)
        p.manualBlinkSec = *spec.blinkAt;
    if (spec.pasteBack)
        p.framing = *spec.pasteBack ? OutputFraming::PasteBack : OutputFraming::Crop;
    return project;
}

RenderJobRequest requestOf(const RenderSpec& spec) {
    const Project project = projectOf(spec);
    RenderTarget target;
    target.output = spec.output;
    target.models = spec.models;
    // The H.264 quality is the export's, not the project's: the given value or the default.
    if (const auto crf = spec.values.find(ParameterId::Crf); crf != spec.values.end())
        target.crf = int(crf->second);
    // Without a project, or when given, the spec's device; else the project's.
    if (spec.project.empty() || spec.device)
        target.device = spec.device.value_or(engine::DevicePreference::Auto);
    if (spec.project.empty() || spec.precision)
        target.precision = spec.precision.value_or(engine::Precision::Auto);
    RenderJobRequest request = buildRenderRequest(project, target);
    if (!spec.kps.empty())
        request.drivingKps = spec.kps;
    if (spec.retarget)
        request.retarget = *spec.retarget;
    if (spec.noCrop) {
        request.portrait.autoCrop = false;
        request.portrait.crop.reset();
    }
    return request;
}

}  // namespace vx::studio
