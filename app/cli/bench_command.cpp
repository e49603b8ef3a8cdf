// `vxstudio-cli bench MODULE`: times one V-Express module, or the whole pipeline, in the shipped
// binary (the same link set, hence the same BLAS and threads, as a render). Each module reads
// only its own files from a folder in the release layout (so a folder with just the SD1.5 UNet,
// the VAE or wav2vec2 works); `--random-release` builds the module at the release configuration
// with random weights instead (no files). Inputs are drawn from a seeded generator, so a Python
// script seeding torch the same way feeds the reference implementation the same tensors.
// Prints one `key=value` line per measurement on stdout; asserts nothing about the times.
#include <sys/resource.h>
#include <torch/cuda.h>
#include <torch/torch.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <functional>
#include <iostream>
#include <sstream>
#include <thread>

#include "app/cli/cli_command.h"
#include "common/error.h"
#include "studio/render_spec.h"
#include "engine/common/gpu_probe.h"
#include "engine/config/hyperparameters.h"
#include "engine/config/unet_config.h"
#include "engine/config/vae_config.h"
#include "engine/config/wav2vec2_config.h"
#include "engine/io/checkpoint.h"
#include "engine/nn/architecture_from_config.h"
#include "engine/nn/autoencoder_kl.h"
#include "engine/nn/denoising_unet.h"
#include "engine/nn/reference_net.h"
#include "engine/nn/unet_loading.h"
#include "engine/nn/wav2vec2.h"
#include "engine/pipeline/model_context.h"
#include "engine/pipeline/pipeline.h"

namespace vx::cli {

namespace {

namespace fs = std::filesystem;

struct BenchArgs {
    std::string module;
    std::string models;
    bool randomRelease = false;
    std::string device = "cpu";
    std::string precision = "auto";
    int size = 128;
    int frames = 8;
    int batch = 1;
    double seconds = 1.0;
    int steps = 2;
    int repeats = 3;
    int threads = 0;
    uint64_t seed = 1234;
};

double peakRssMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// The driver's count of this process's GPU memory, sampled every 10 ms while the calls run:
// LibTorch's allocator statistics would need the CUDA headers, which a wheel build lacks.
class GpuMemoryPeak {
public:
    explicit GpuMemoryPeak(const torch::Device& device) {
        if (!device.is_cuda())
            return;
        const int index = device.index() < 0 ? 0 : device.index();
        m_thread = std::thread([this, index] {
            while (!m_stop.load()) {
                const uint64_t bytes = engine::processGpuMemoryBytes(index);
                if (bytes > m_peak.load())
                    m_peak.store(bytes);
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
        });
    }
    ~GpuMemoryPeak() { stop(); }
    GpuMemoryPeak(const GpuMemoryPeak&) = delete;
    GpuMemoryPeak& operator=(const GpuMemoryPeak&) = delete;

    // MiB, or -1 on the CPU or when the driver does not say.
    double stopAndReadMiB() {
        stop();
        return m_peak.load() ? double(m_peak.load()) / (1024.0 * 1024.0) : -1.0;
    }

private:
    void stop() {
        m_stop.store(true);
        if (m_thread.joinable())
            m_thread.join();
    }
    std::atomic<bool> m_stop{false};
    std::atomic<uint64_t> m_peak{0};
    std::thread m_thread;
};

void synchronize(const torch::Device& device) {
    if (device.is_cuda())
        torch::cuda::synchronize(device.index());
}

// One warm-up call (first-call allocations and kernel selection are not what a render repeats),
// then `repeats` timed calls; prints their mean and the fastest (the least disturbed by other
// work on a shared machine).
void timeCalls(const std::string& module, const std::string& shape, const BenchArgs& args,
               const engine::RuntimeChoice& runtime, const std::function<void()>& call) {
    GpuMemoryPeak gpu(runtime.device);
    call();
    synchronize(runtime.device);
    double totalMs = 0.0;
    double minMs = 0.0;
    for (int i = 0; i < args.repeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        call();
        synchronize(runtime.device);
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
        totalMs += ms;
        minMs = i == 0 ? ms : std::min(minMs, ms);
    }
    std::cout << "bench module=" << module << " shape=" << shape
              << " ms_per_call=" << totalMs / args.repeats << " min_ms_per_call=" << minMs
              << " calls=" << args.repeats << " peak_rss_mib=" << peakRssMiB()
              << " peak_gpu_mib=" << gpu.stopAndReadMiB() << std::endl;
}

// The module's input: drawn right after seeding (building a module draws its initial weights
// from the same generator), so that Python's torch.manual_seed(seed); torch.randn(shape) gives
// the same values. Cast after the draw, as the Python side does.
torch::Tensor seededInput(const std::vector<int64_t>& shape, const BenchArgs& args,
                          const engine::RuntimeChoice& runtime) {
    torch::manual_seed(args.seed);
    return torch::randn(shape).to(runtime.device, runtime.dtype);
}

// Small random weights, finite and not denormal: the values do not change the work done.
void randomize(torch::nn::Module& module) {
    torch::NoGradGuard noGrad;
    for (auto& p : module.parameters())
        p.normal_(0.0, 0.02);
}

// A file of the release layout under --models, refused with the path when it is missing.
std::string releaseFile(const BenchArgs& args, const std::vector<std::string>& candidates) {
    if (args.models.empty())
        throw Error(ErrorKind::BadInput,
                    "bench " + args.module + " needs --models DIR or --random-release");
    for (const std::string& relative : candidates) {
        const fs::path path = fs::path(args.models) / relative;
        if (fs::is_regular_file(path))
            return path.string();
    }
    throw Error(ErrorKind::Model,
                "no " + candidates.front() +
                    " (bench reads the release layout of model_ckpts; see docs/performance.md)",
                args.models);
}

// "1x4x16x16" for the shape {1, 4, 16, 16}.
std::string shapeText(const std::vector<int64_t>& shape) {
    std::ostringstream s;
    for (size_t i = 0; i < shape.size(); ++i)
        s << (i ? "x" : "") << shape[i];
    return s.str();
}

engine::UNetConfig unetConfigFor(const BenchArgs& args) {
    return args.randomRelease ? engine::UNetConfig{}
                              : engine::readUNetConfig(
                                    releaseFile(args, {"stable-diffusion-v1-5/unet/config.json"}));
}

int benchReferenceNet(const BenchArgs& args, const engine::RuntimeChoice& runtime) {
    const auto options = torch::TensorOptions().device(runtime.device).dtype(runtime.dtype);
    nn::ReferenceNet net(nn::unetArchitecture(unetConfigFor(args)), options);
    if (args.randomRelease) {
        randomize(net);
    } else {
        const std::string file = releaseFile(
            args, {"v-express/reference_net.safetensors", "v-express/reference_net.bin"});
        nn::loadReferenceNet(net, io::loadCheckpoint(file), file);
    }
    net.eval();
    const int64_t latent = args.size / 8;
    const torch::Tensor input = seededInput({1, 4, latent, latent}, args, runtime);
    timeCalls("reference-net", shapeText({1, 4, latent, latent}), args, runtime,
              [&] { (void)net.computeBanks(input); });
    return kExitOk;
}

int benchVaeDecode(const BenchArgs& args, const engine::RuntimeChoice& runtime) {
    const engine::VaeConfig config =
        args.randomRelease
            ? engine::VaeConfig{}
            : engine::readVaeConfig(releaseFile(args, {"sd-vae-ft-mse/config.json"}));
    nn::AutoencoderKL vae(nn::vaeArchitecture(config),
                          torch::TensorOptions().device(runtime.device).dtype(runtime.dtype));
    if (args.randomRelease) {
        randomize(vae);
    } else {
        const std::string file =
            releaseFile(args, {"sd-vae-ft-mse/diffusion_pytorch_model.safetensors",
                               "sd-vae-ft-mse/diffusion_pytorch_model.bin"});
        nn::loadAutoencoder(vae, io::loadCheckpoint(file), file);
    }
    vae.eval();
    const int64_t latent = args.size / 8;
    const torch::Tensor input = seededInput({args.batch, 4, latent, latent}, args, runtime);
    timeCalls("vae-decode", shapeText({args.batch, 4, latent, latent}), args, runtime,
              [&] { (void)vae.decode(input); });
    return kExitOk;
}

int benchWav2Vec2(const BenchArgs& args, const engine::RuntimeChoice& runtime) {
    engine::Wav2Vec2Model model{nullptr};
    if (args.randomRelease) {
        model = engine::Wav2Vec2Model(engine::Wav2Vec2Config{});
        randomize(*model);
    } else {
        releaseFile(args, {"wav2vec2-base-960h/config.json"});
        model = engine::loadWav2Vec2Folder((fs::path(args.models) / "wav2vec2-base-960h").string());
    }
    model->to(runtime.device, runtime.dtype);
    model->eval();
    const auto samples = static_cast<int64_t>(args.seconds * 16000.0);
    const torch::Tensor input = seededInput({1, samples}, args, runtime);
    timeCalls("wav2vec2", "1x" + std::to_string(samples), args, runtime,
              [&] { (void)model->forward(input); });
    return kExitOk;
}

// One denoising-UNet call on a context window with classifier-free guidance (batch 2), the
// call a render repeats windows x steps times. The motion modules are the release's.
int benchUnetWindow(const BenchArgs& args, const engine::RuntimeChoice& runtime) {
    if (!args.randomRelease)
        throw Error(ErrorKind::BadInput,
                    "bench unet-window runs with --random-release; time a model folder's UNet "
                    "with `bench pipeline`");
    const auto options = torch::TensorOptions().device(runtime.device).dtype(runtime.dtype);
    const engine::UNetConfig config;
    nn::ReferenceNet referenceNet(nn::unetArchitecture(config), options);
    randomize(referenceNet);
    nn::DenoisingUNet unet(nn::unetArchitecture(config, nn::vexpressMotionModules()), options);
    randomize(unet);
    referenceNet.eval();
    unet.eval();
    const int64_t latent = args.size / 8;
    const nn::ReferenceContext reference = unet.prepareReference(
        referenceNet.computeBanks(torch::randn({1, 4, latent, latent}, options)));
    nn::DenoisingInputs in;
    in.latents =
        torch::randn({2, 4, args.frames, latent, latent}).to(runtime.device, runtime.dtype);
    in.timestep = 999;
    in.audioContext = torch::randn({2 * args.frames, 5, 768}).to(runtime.device, runtime.dtype);
    in.kpsFeatures =
        torch::randn({2, 320, args.frames, latent, latent}).to(runtime.device, runtime.dtype);
    in.reference = &reference;
    in.classifierFree = true;
    in.referenceAttentionWeight = 0.95;
    in.audioAttentionWeight = 3.0;
    timeCalls("unet-window", shapeText({2, 4, args.frames, latent, latent}), args, runtime,
              [&] { (void)unet.forward(in); });
    return kExitOk;
}

// A whole render of `seconds` of random audio with a random portrait and blank V-kps images:
// what a user waits for, per second of video, with the model folder's weights.
int benchPipeline(const BenchArgs& args, const engine::RuntimeChoice& runtime) {
    if (args.models.empty())
        throw Error(ErrorKind::BadInput,
                    "bench pipeline needs --models DIR (a model_ckpts folder)");
    engine::ModelLoadOptions load;
    load.device =
        runtime.device.is_cuda() ? engine::DevicePreference::Cuda : engine::DevicePreference::Cpu;
    load.precision = runtime.dtype == torch::kHalf       ? engine::Precision::Float16
                     : runtime.dtype == torch::kBFloat16 ? engine::Precision::BFloat16
                                                         : engine::Precision::Float32;
    load.requireWav2Vec2 = true;
    auto model = engine::ModelContext::load(args.models, load);

    engine::RenderParams params;
    params.width = params.height = args.size;
    params.steps = args.steps;
    params.seed = args.seed;
    engine::RenderInputs inputs;
    const torch::Tensor kps = torch::zeros({args.size, args.size, 3}, torch::kUInt8);
    inputs.kpsImage = [kps](int64_t) { return kps; };

    torch::manual_seed(args.seed);
    inputs.referenceImage = torch::randint(0, 256, {args.size, args.size, 3},
                                           torch::TensorOptions().dtype(torch::kUInt8));
    inputs.audioSamples = torch::randn({static_cast<int64_t>(args.seconds * 16000.0)}) * 0.1;

    GpuMemoryPeak gpu(runtime.device);
    const auto start = std::chrono::steady_clock::now();
    const engine::RenderResult result = engine::render(*model, params, inputs);
    synchronize(runtime.device);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << "bench module=pipeline shape=" << args.size << "x" << args.size << "x"
              << result.frameCount << " steps=" << args.steps << " seconds=" << seconds
              << " video_seconds=" << args.seconds
              << " seconds_per_video_second=" << seconds / args.seconds
              << " peak_rss_mib=" << peakRssMiB() << " peak_gpu_mib=" << gpu.stopAndReadMiB()
              << std::endl;
    return kExitOk;
}

int runBench(const BenchArgs& args) {
    if (args.size < 64 || args.size % 64 != 0)
        throw Error(ErrorKind::BadInput, "--size must be a multiple of 64 (64, 128, ..., 512)");
    if (args.threads > 0)
        torch::set_num_threads(args.threads);
    const engine::RuntimeChoice runtime =
        engine::resolveRuntime(args.device == "cuda"  ? engine::DevicePreference::Cuda
                               : args.device == "cpu" ? engine::DevicePreference::Cpu
                                                      : engine::DevicePreference::Auto,
                               studio::precisionFromName(args.precision));
    std::cout << "bench device=" << runtime.describe() << " threads=" << torch::get_num_threads()
              << " weights=" << (args.randomRelease ? "random-release" : args.models) << std::endl;
    torch::InferenceMode inference;
    if (args.module == "reference-net")
        return benchReferenceNet(args, runtime);
    if (args.module == "vae-decode")
        return benchVaeDecode(args, runtime);
    if (args.module == "wav2vec2")
        return benchWav2Vec2(args, runtime);
    if (args.module == "unet-window")
        return benchUnetWindow(args, runtime);
    return benchPipeline(args, runtime);
}

}  // namespace

void addBenchCommand(CLI::App& app, CommandRunner& runner) {
    auto args = std::make_shared<BenchArgs>();
    CLI::App* cmd = app.add_subcommand(
        "bench", "Time one engine module or a whole render (for docs/performance.md)");
    cmd->group("");  // a developer tool: not listed in the help of vxstudio-cli
    cmd->add_option("module", args->module,
                    "reference-net, vae-decode, wav2vec2, unet-window, "
                    "pipeline")
        ->required()
        ->check(
            CLI::IsMember({"reference-net", "vae-decode", "wav2vec2", "unet-window", "pipeline"}));
    cmd->add_option("--models", args->models,
                    "Folder in the model_ckpts layout (a module reads only its own files)");
    cmd->add_flag("--random-release", args->randomRelease,
                  "Release configuration with random weights instead of files");
    cmd->add_option("--device", args->device, "cpu, cuda or auto")
        ->check(CLI::IsMember({"cpu", "cuda", "auto"}))
        ->capture_default_str();
    cmd->add_option("--precision", args->precision, "auto, fp32, fp16 (CUDA) or bf16")
        ->check(CLI::IsMember({"auto", "fp32", "fp16", "bf16"}))
        ->capture_default_str();
    cmd->add_option("--size", args->size, "Frame size in pixels (latent = size / 8)")
        ->capture_default_str();
    cmd->add_option("--frames", args->frames, "Frames of a UNet window")->capture_default_str();
    cmd->add_option("--batch", args->batch, "Latents per VAE decode call")->capture_default_str();
    cmd->add_option("--seconds", args->seconds, "Audio seconds (wav2vec2, pipeline)")
        ->capture_default_str();
    cmd->add_option("--steps", args->steps, "Denoising steps (pipeline)")->capture_default_str();
    cmd->add_option("--repeats", args->repeats, "Timed calls after one warm-up")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    cmd->add_option("--threads", args->threads, "Intra-op threads (0: LibTorch's default)");
    cmd->add_option("--seed", args->seed, "Seed of the random inputs")->capture_default_str();
    cmd->callback([&runner, args] { runner = [args] { return runBench(*args); }; });
}

}  // namespace vx::cli
