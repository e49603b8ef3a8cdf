#include "studio/render_request_builder.h"

#include <algorithm>

#include "common/error.h"

namespace vx::studio {

void applyComputeDevice(ComputeDevice device, RenderJobRequest& request) {
    switch (device) {
        case ComputeDevice::CudaFp16:
            request.device = engine::DevicePreference::Cuda;
            request.precision = engine::Precision::Float16;
            break;
        case ComputeDevice::CudaBf16:
            request.device = engine::DevicePreference::Cuda;
            request.precision = engine::Precision::BFloat16;
            break;
        case ComputeDevice::CudaFp32:
            request.device = engine::DevicePreference::Cuda;
            request.precision = engine::Precision::Float32;
            break;
        case ComputeDevice::CpuFp32:
            request.device = engine::DevicePreference::Cpu;
            request.precision = engine::Precision::Float32;
            break;
    }
}

RenderJobRequest buildRenderRequest(const Project& project, const RenderTarget& target) {
    if (project.portraitPath.empty())
        throw Error(ErrorKind::BadInput, "the project has no portrait; give one with --image");
    if (project.audioPath.empty())
        throw Error(ErrorKind::BadInput, "the project has no recording; give one with --audio");
    const StudioParameters& p = project.parameters;
    RenderJobRequest request;
    request.image = project.portraitPath;
    request.audio = project.audioPath;
    request.output = target.output;
    request.models = target.models;
    int side = p.resolutionPx;
    int steps = p.steps;
    if (target.draft) {
        side = std::min(side, kDraftMaxSidePx);
        steps = std::min(steps, kDraftMaxSteps);
    }
    request.audioRange = target.audioRange;
    request.portrait.sidePx = side;
    request.portrait.modelFolder = target.models.string();
    // The crop the user saw in the studio (and the preview animated); without one, the render
    // finds the face itself, as the studio does when it opens the photo.
    if (project.crop)
        request.portrait.crop =
            cv::Rect(project.crop->x, project.crop->y, project.crop->width, project.crop->height);
    request.performance = p.toPerformanceSettings();
    request.keyframes = project.keyframes;
    request.engine.steps = steps;
    request.engine.guidance = p.guidanceScale;
    request.engine.seed = p.seed;
    request.engine.fps = p.targetFps;
    applyComputeDevice(p.device, request);
    if (target.device)
        request.device = *target.device;
    if (target.precision)
        request.precision = *target.precision;
    request.pasteBack = p.framing == OutputFraming::PasteBack;
    request.crf = target.crf;
    if (!project.drivingVideoPath.empty())
        request.drivingVideo = project.drivingVideoPath;
    return request;
}

}  // namespace vx::studio
