// `vxstudio-cli render`: a talking-head MP4 from a portrait and a voice with V-Express.
#include <iostream>
#include <memory>

#include "app/cli/cli_command.h"
#include "app/cli/framing_options.h"
#include "app/cli/performance_options.h"
#include "app/cli/terminal_progress.h"
#include "common/error.h"
#include "models/model_location.h"
#include "studio/render_job.h"

namespace vx::cli {

namespace {

struct RenderArgs {
    std::string image, audio, output, models, kps, drivingVideo, retarget, device = "auto",
                                                                           dtype = "auto";
    int64_t steps = 25;
    double guidance = 3.5;
    unsigned long long seed = 42;
    double fps = 30.0;
    FramingOptions framing{18};
    PerformanceOptions performance;
    bool timings = false;
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

}  // namespace

void addRenderCommand(CLI::App& app, CommandRunner& runner) {
    auto args = std::make_shared<RenderArgs>();
    CLI::App* cmd = app.add_subcommand("render", "Render a talking-head MP4 with V-Express");
    cmd->add_option("--image", args->image, "Portrait photo (JPEG, PNG, BMP, WebP)")->required();
    cmd->add_option("--audio", args->audio, "Voice recording, or a video whose audio is used")
        ->required();
    args->models = models::defaultModelFolder().string();
    cmd->add_option("--models", args->models,
                    "V-Express model folder (model_ckpts; default: where `models download` puts "
                    "it)")
        ->capture_default_str();
    cmd->add_option("--out", args->output, "Output MP4")->required();
    cmd->add_option("--steps", args->steps, "Denoising steps")
        ->check(CLI::Range(1, 200))
        ->capture_default_str();
    cmd->add_option("--guidance", args->guidance, "Classifier-free guidance scale")
        ->check(CLI::Range(1.0, 20.0))
        ->capture_default_str();
    cmd->add_option("--seed", args->seed, "Seed of the initial noise")->capture_default_str();
    cmd->add_option("--fps", args->fps, "Target frame rate before V-Express's window rounding")
        ->check(CLI::Range(1.0, 60.0))
        ->capture_default_str();
    cmd->add_option("--device", args->device, "auto, cpu or cuda")->capture_default_str();
    cmd->add_option("--dtype", args->dtype,
                    "auto (fp16 on CUDA, fp32 on the CPU), fp16, bf16 or fp32")
        ->capture_default_str();
    cmd->add_option("--kps", args->kps, "Driving keypoint track (V-Express kps.pth)");
    cmd->add_option("--driving-video", args->drivingVideo,
                    "A video of a face whose head motion drives the portrait (instead of --kps): "
                    "its eyes and nose are tracked in every frame");
    cmd->add_option("--retarget", args->retarget,
                    "How the driving track moves the face: fix_face, no_retarget, offset_retarget, "
                    "naive_retarget, follow_nose (default with --kps or --driving-video)");
    cmd->add_flag("--timings", args->timings,
                  "Print the time of every stage, denoising step and window, and the peak memory");
    args->framing.addTo(*cmd);
    args->performance.addTo(*cmd);
    cmd->callback([&runner, args] {
        runner = [args] {
            if (args->framing.size % 8 != 0 || args->framing.size > 1024)
                throw Error(ErrorKind::BadInput,
                            "--size must be a multiple of 8 (the VAE works on 8x8 blocks) and at "
                            "most 1024");
            studio::RenderJobRequest request;
            request.image = args->image;
            request.audio = args->audio;
            request.models = args->models;
            request.output = args->output;
            request.portrait = args->framing.portrait(args->models);
            request.performance = args->performance.settings();
            request.engine.steps = args->steps;
            request.engine.guidance = args->guidance;
            request.engine.seed = args->seed;
            request.engine.fps = args->fps;
            request.device = parseDevice(args->device);
            request.precision = parsePrecision(args->dtype);
            if (!args->kps.empty())
                request.drivingKps = args->kps;
            if (!args->drivingVideo.empty())
                request.drivingVideo = args->drivingVideo;
            if (!args->retarget.empty())
                request.retarget = faces::parseRetargetStrategy(args->retarget);
            request.pasteBack = args->framing.pasteBack;
            request.crf = args->framing.crf;
            InterruptGuard interrupt;
            TerminalProgress progress;
            const auto result = studio::renderVideo(request, terminalCallbacks(progress));
            progress.finish();
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
