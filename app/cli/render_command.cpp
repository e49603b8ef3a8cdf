// `vxstudio-cli render`: a talking-head MP4 from a portrait and a voice with V-Express.
#include <iostream>
#include <memory>

#include "app/cli/cli_command.h"
#include "app/cli/render_settings_options.h"
#include "app/cli/terminal_progress.h"
#include "common/error.h"
#include "models/model_location.h"
#include "studio/preflight.h"
#include "studio/render_request_json.h"
#include "studio/render_spec.h"

namespace vx::cli {

namespace {

struct RenderArgs {
    std::string project, image, audio, output, models, kps, drivingVideo;
    RenderSettingsOptions settings;
    bool timings = false;
    bool dryRun = false;
    bool resume = false;
    bool restart = false;
};

// The render the command line describes: the --project file (or the defaults), with every
// option the user gave written over its field. The same path as a batch job's (batch_command).
studio::RenderJobRequest requestFromArgs(const RenderArgs& args) {
    if (args.project.empty() && (args.image.empty() || args.audio.empty()))
        throw Error(ErrorKind::BadInput, "render needs --image and --audio, or --project");
    studio::RenderSpec spec;
    spec.project = args.project;
    spec.image = args.image;
    spec.audio = args.audio;
    spec.drivingVideo = args.drivingVideo;
    spec.kps = args.kps;
    spec.output = args.output;
    spec.models = args.models;
    args.settings.applyTo(spec);
    studio::RenderJobRequest request = studio::requestOf(spec);
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
    cmd->add_option("--kps", args->kps, "Driving keypoint track (V-Express kps.pth)");
    cmd->add_option("--driving-video", args->drivingVideo,
                    "A video of a face whose head motion drives the portrait (instead of --kps): "
                    "its eyes and nose are tracked in every frame");
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
    args->settings.addTo(*cmd, "the project's");
    cmd->callback([&runner, args] {
        runner = [args] {
            const studio::RenderJobRequest request = requestFromArgs(*args);
            if (args->dryRun) {
                std::cout << studio::renderRequestToJson(request) << '\n';
                // The estimate goes to stderr: stdout stays the request's JSON for scripts.
                try {
                    std::cerr << studio::preflightRender(request).format();
                } catch (const Error& e) {
                    std::cerr << "pre-flight: not possible (" << e.what() << ")\n";
                }
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
