// `vxstudio-cli render`: a talking-head MP4 from a portrait and a voice with V-Express.
#include <iostream>
#include <memory>

#include "app/cli/cli_command.h"
#include "app/cli/framing_options.h"
#include "app/cli/parameter_options.h"
#include "app/cli/performance_options.h"
#include "app/cli/terminal_progress.h"
#include "common/error.h"
#include "models/model_location.h"
#include "studio/project_file.h"
#include "studio/render_request_builder.h"
#include "studio/render_request_json.h"

namespace vx::cli {

namespace {

struct RenderArgs {
    std::string project, image, audio, output, models, kps, drivingVideo, retarget, device, dtype;
    ParameterOptions quality;
    FramingOptions framing;
    PerformanceOptions performance;
    bool timings = false;
    bool dryRun = false;
    bool resume = false;
    bool restart = false;
};

engine::DevicePreference parseDevice(const std::string& name) {
    if (name == "auto")
        return engine::DevicePreference::Auto;
    if (name == "cpu")
        return engine::DevicePreference::Cpu;
    if (name == "cuda")
        return engine::DevicePreference::Cuda;
    throw Error(ErrorKind::BadInput, "unknown device '" + name + "'; use auto, cpu or cuda");
}

engine::Precision parsePrecision(const std::string& name) {
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

// The project the command line describes: the --project file (or the defaults), with every
// option the user gave written over its field.
studio::Project projectFromArgs(const RenderArgs& args) {
    studio::Project project;
    if (!args.project.empty())
        project = studio::readProjectFile(args.project);
    if (!args.image.empty() && args.image != project.portraitPath) {
        project.portraitPath = args.image;
        project.crop.reset();  // the project's crop was made on its own photo
    }
    if (!args.audio.empty())
        project.audioPath = args.audio;
    if (!args.drivingVideo.empty())
        project.drivingVideoPath = args.drivingVideo;
    else if (!args.kps.empty())
        project.drivingVideoPath.clear();  // --kps replaces the project's driving video
    for (const std::string& missing : project.missingInputs)
        if (missing == project.portraitPath || missing == project.audioPath ||
            missing == project.drivingVideoPath)
            throw Error(ErrorKind::BadInput,
                        "the project " + args.project +
                            " names this file, which is not on disk; put it back or give "
                            "another with --image, --audio or --driving-video",
                        missing);
    if (args.project.empty() && (args.image.empty() || args.audio.empty()))
        throw Error(ErrorKind::BadInput, "render needs --image and --audio, or --project");
    studio::StudioParameters& p = project.parameters;
    args.performance.applyTo(p);
    args.framing.applyTo(p);
    args.quality.applyTo(p);
    return project;
}

studio::RenderJobRequest requestFromArgs(const RenderArgs& args) {
    const studio::Project project = projectFromArgs(args);
    studio::RenderTarget target;
    target.output = args.output;
    target.models = args.models;
    target.crf = args.framing.crf();
    // Without a project, or when asked, the command line's device; else the project's.
    if (args.project.empty() || !args.device.empty())
        target.device = parseDevice(args.device.empty() ? "auto" : args.device);
    if (args.project.empty() || !args.dtype.empty())
        target.precision = parsePrecision(args.dtype.empty() ? "auto" : args.dtype);
    studio::RenderJobRequest request = studio::buildRenderRequest(project, target);
    if (!args.kps.empty())
        request.drivingKps = args.kps;
    if (!args.retarget.empty())
        request.retarget = faces::parseRetargetStrategy(args.retarget);
    if (args.framing.noCrop) {
        request.portrait.autoCrop = false;
        request.portrait.crop.reset();
    }
    if (args.resume)
        request.resume = studio::ResumePolicy::Resume;
    else if (args.restart)
        request.resume = studio::ResumePolicy::Restart;
    return request;
}

}  // namespace

void addRenderCommand(CLI::App& app, CommandRunner& runner) {
    auto args = std::make_shared<RenderArgs>();
    CLI::App* cmd = app.add_subcommand("render", "Render a talking-head MP4 with V-Express");
    cmd->add_option("--project", args->project,
                    "A project saved by the studio (.vxproj): its inputs, settings and crop; the "
                    "options below override single fields");
    cmd->add_option("--image", args->image,
                    "Portrait photo (JPEG, PNG, BMP, WebP); required without --project");
    cmd->add_option("--audio", args->audio,
                    "Voice recording, or a video whose audio is used; required without --project");
    args->models = models::defaultModelFolder().string();
    cmd->add_option("--models", args->models,
                    "V-Express model folder (model_ckpts; default: where `models download` puts "
                    "it)")
        ->capture_default_str();
    cmd->add_option("--out", args->output, "Output MP4")->required();
    using P = studio::ParameterId;
    args->quality.add(*cmd, {P::Steps, P::Guidance, P::Seed, P::TargetFps});
    cmd->add_option("--device", args->device,
                    "auto, cpu or cuda (default: auto, or the project's device)");
    cmd->add_option("--dtype", args->dtype,
                    "auto (fp16 on CUDA, fp32 on the CPU), fp16, bf16 or fp32 (default: auto, or "
                    "the project's)");
    cmd->add_option("--kps", args->kps, "Driving keypoint track (V-Express kps.pth)");
    cmd->add_option("--driving-video", args->drivingVideo,
                    "A video of a face whose head motion drives the portrait (instead of --kps): "
                    "its eyes and nose are tracked in every frame");
    cmd->add_option("--retarget", args->retarget,
                    "How the driving track moves the face: fix_face, no_retarget, offset_retarget, "
                    "naive_retarget, follow_nose (default with --kps or --driving-video)");
    cmd->add_flag("--timings", args->timings,
                  "Print the time of every stage, denoising step and window, and the peak memory");
    CLI::Option* resume = cmd->add_flag(
        "--resume", args->resume,
        "Continue the interrupted render of this output from where it stopped (its state is kept "
        "beside the output, in <out>.vxrender/); with no such state, start afresh");
    cmd->add_flag("--restart", args->restart,
                  "Discard the state an interrupted render of this output left, and start over")
        ->excludes(resume);
    cmd->add_flag("--dry-run", args->dryRun,
                  "Print the render these options describe (every setting, as JSON) and stop");
    args->framing.addTo(*cmd, int(studio::parameterSpec(P::Crf).defaultValue));
    args->performance.addTo(*cmd);
    cmd->callback([&runner, args] {
        runner = [args] {
            const studio::RenderJobRequest request = requestFromArgs(*args);
            if (args->dryRun) {
                std::cout << studio::renderRequestToJson(request) << '\n';
                return int(kExitOk);
            }
            studio::RenderJobResult result;
            runInTerminal([&](const studio::JobCallbacks& callbacks) {
                result = studio::renderVideo(request, callbacks);
            });
            std::cout << "wrote " << args->output << ": " << result.frameCount << " frames at "
                      << result.fps << " fps, " << result.durationSeconds << " s, on "
                      << result.runtime << '\n';
            if (args->timings)
                std::cout << result.timings.format();
            return int(kExitOk);
        };
    });
}

}  // namespace vx::cli
