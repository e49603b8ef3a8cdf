// Times one call of each V-Express module at the release configuration (spec sizes, random
// weights built in code): the denoising UNet on one context window with CFG, the ReferenceNet
// banks, one VAE decode per frame, wav2vec2 per second of audio. On a GPU at 512x512 (latent
// 64x64, 24 frames, fp16); on the CPU at a smaller size (default 128x128, 8 frames, fp32).
// Prints time per call and peak memory; asserts nothing.
//   vx_bench_engine [--cpu] [--size PIXELS] [--frames N] [--repeats N] [--bf16]
#include <sys/resource.h>
#include <torch/cuda.h>
#include <torch/torch.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>

#include "engine/config/hyperparameters.h"
#include "engine/config/unet_config.h"
#include "engine/config/vae_config.h"
#include "engine/config/wav2vec2_config.h"
#include "engine/nn/architecture_from_config.h"
#include "engine/nn/audio_projection.h"
#include "engine/nn/autoencoder_kl.h"
#include "engine/nn/denoising_unet.h"
#include "engine/nn/reference_net.h"
#include "engine/nn/wav2vec2.h"

namespace {

struct Options {
    bool cpu = !torch::cuda::is_available();
    int64_t size = 0;
    int64_t frames = 0;
    int repeats = 3;
    bool bf16 = false;
};

Options parse(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> long {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "%s needs a value\n", a.c_str());
                std::exit(2);
            }
            return std::atol(argv[++i]);
        };
        if (a == "--cpu")
            o.cpu = true;
        else if (a == "--size")
            o.size = next();
        else if (a == "--frames")
            o.frames = next();
        else if (a == "--repeats")
            o.repeats = static_cast<int>(next());
        else if (a == "--bf16")
            o.bf16 = true;
        else {
            std::fprintf(stderr,
                         "usage: vx_bench_engine [--cpu] [--size PIXELS] [--frames N] "
                         "[--repeats N] [--bf16]\n");
            std::exit(2);
        }
    }
    if (o.size == 0)
        o.size = o.cpu ? 128 : 512;
    if (o.frames == 0)
        o.frames = o.cpu ? 8 : 24;
    return o;
}

// Small random weights: what the numbers are does not matter for the timing, only that they
// are finite and not denormal.
void randomize(torch::nn::Module& module) {
    torch::NoGradGuard noGrad;
    for (auto& p : module.parameters())
        p.normal_(0.0, 0.02);
}

double peakRssMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

void synchronize(const torch::Device& device) {
    if (device.is_cuda())
        torch::cuda::synchronize(device.index());
}

// Warm-up call, then the mean of `repeats` calls, in milliseconds.
void timeIt(const char* what, const torch::Device& device, int repeats,
            const std::function<void()>& call) {
    call();
    synchronize(device);
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < repeats; ++i)
        call();
    synchronize(device);
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count() /
        repeats;
    std::printf("%-44s %10.1f ms/call   peak RSS %8.0f MiB\n", what, ms, peakRssMiB());
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
    const Options o = parse(argc, argv);
    torch::InferenceMode inference;
    const torch::Device device = o.cpu ? torch::Device(torch::kCPU) : torch::Device(torch::kCUDA);
    const torch::ScalarType dtype =
        o.bf16 ? torch::kBFloat16 : (o.cpu ? torch::kFloat32 : torch::kHalf);
    const auto options = torch::TensorOptions().device(device).dtype(dtype);
    const int64_t latent = o.size / 8;
    std::printf("device %s, %s, %lldx%lld (latent %lld), %lld frames, %d repeats\n",
                device.str().c_str(), c10::toString(dtype), static_cast<long long>(o.size),
                static_cast<long long>(o.size), static_cast<long long>(latent),
                static_cast<long long>(o.frames), o.repeats);
    std::printf("note: peak memory is the process RSS (GPU memory is not reported here)\n");

    const vx::engine::VExpressHyperparameters hyper = vx::engine::releaseHyperparameters();
    const vx::engine::UNetConfig unetConfig;  // SD1.5 values
    auto referenceNet =
        std::make_shared<vx::nn::ReferenceNet>(vx::nn::unetArchitecture(unetConfig), options);
    randomize(*referenceNet);
    auto unet = std::make_shared<vx::nn::DenoisingUNet>(
        vx::nn::unetArchitecture(unetConfig, vx::nn::vexpressMotionModules()), options);
    randomize(*unet);
    const vx::engine::VaeConfig vaeConfig;
    auto vae = std::make_shared<vx::nn::AutoencoderKL>(vx::nn::vaeArchitecture(vaeConfig), options);
    randomize(*vae);
    std::printf("modules built%44s peak RSS %8.0f MiB\n", "", peakRssMiB());

    const torch::Tensor referenceLatent = torch::randn({1, 4, latent, latent}, options);
    vx::nn::BankMap banks;
    timeIt("reference net (banks, once per video)", device, o.repeats,
           [&] { banks = referenceNet->computeBanks(referenceLatent); });
    const vx::nn::ReferenceContext reference = unet->prepareReference(banks);

    vx::nn::DenoisingInputs in;
    in.latents = torch::randn({2, 4, o.frames, latent, latent}, options);
    in.timestep = 999;
    in.audioContext = torch::randn({2 * o.frames, 5, 768}, options);
    in.kpsFeatures = torch::randn({2, 320, o.frames, latent, latent}, options);
    in.reference = &reference;
    in.classifierFree = true;
    in.referenceAttentionWeight = 0.95;
    in.audioAttentionWeight = 3.0;
    timeIt("denoising UNet (one window, CFG batch 2)", device, o.repeats,
           [&] { (void)unet->forward(in); });

    const torch::Tensor z = torch::randn({1, 4, latent, latent}, options);
    timeIt("VAE decode (one frame)", device, o.repeats, [&] { (void)vae->decode(z); });

    vx::engine::Wav2Vec2Model wav2vec2{vx::engine::Wav2Vec2Config{}};
    randomize(*wav2vec2);
    wav2vec2->to(device, dtype);
    wav2vec2->eval();
    const torch::Tensor second = torch::randn({1, 16000}, options);
    timeIt("wav2vec2 (one second of audio)", device, o.repeats,
           [&] { (void)wav2vec2->forward(second); });

    vx::engine::AudioProjection projection{hyper.audioProjection};
    randomize(*projection);
    projection->to(device, dtype);
    const torch::Tensor windows = torch::randn({o.frames, 10, 768}, options);
    timeIt("audio projection (one window of frames)", device, o.repeats,
           [&] { (void)projection->forward(windows); });
    return 0;
}
