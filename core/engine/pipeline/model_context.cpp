#include "engine/pipeline/model_context.h"

#include <torch/cuda.h>

#include <filesystem>
#include <sstream>

#include "common/error.h"
#include "engine/config/unet_config.h"
#include "engine/config/vae_config.h"
#include "engine/config/wav2vec2_config.h"
#include "engine/io/checkpoint.h"
#include "engine/nn/architecture_from_config.h"
#include "engine/nn/unet_loading.h"

namespace vx::engine {

namespace fs = std::filesystem;

namespace {

const char* dtypeName(torch::ScalarType dtype) {
    switch (dtype) {
        case torch::kHalf:
            return "float16";
        case torch::kBFloat16:
            return "bfloat16";
        case torch::kFloat32:
            return "float32";
        default:
            return "other";
    }
}

uint64_t fileBytes(const std::string& path) {
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    return ec ? 0 : static_cast<uint64_t>(size);
}

bool isUnder(const std::string& file, const fs::path& folder) {
    const std::string prefix = folder.lexically_normal().string();
    return fs::path(file).lexically_normal().string().rfind(prefix, 0) == 0;
}

// Reports each load step to the caller's callbacks.
class LoadReporter {
public:
    LoadReporter(const ModelLoadOptions& options, int count) : m_options(options), m_count(count) {}

    void begin(const std::string& component, const std::string& file) {
        if (m_options.progress)
            m_options.progress({component, file, m_index, m_count});
        log("loading " + component + " from " + file);
        ++m_index;
    }
    void log(const std::string& line) const {
        if (m_options.log)
            m_options.log(line);
    }

private:
    const ModelLoadOptions& m_options;
    int m_count;
    int m_index = 0;
};

}  // namespace

std::string RuntimeChoice::describe() const {
    return device.str() + ", " + dtypeName(dtype);
}

RuntimeChoice resolveRuntime(DevicePreference device, Precision precision, int cudaIndex) {
    RuntimeChoice choice;
    const bool cuda = torch::cuda::is_available();
    if (device == DevicePreference::Cuda && !cuda)
        throw Error(ErrorKind::BadInput,
                    "CUDA was requested but no CUDA device is usable by this build; choose the "
                    "CPU or install the CUDA build and driver");
    const bool useCuda =
        device == DevicePreference::Cuda || (device == DevicePreference::Auto && cuda);
    if (useCuda) {
        if (cudaIndex < 0 || cudaIndex >= static_cast<int>(torch::cuda::device_count()))
            throw Error(ErrorKind::BadInput,
                        "CUDA device " + std::to_string(cudaIndex) + " does not exist (" +
                            std::to_string(torch::cuda::device_count()) + " found)");
        choice.device = torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(cudaIndex));
    }
    switch (precision) {
        case Precision::Auto:
            choice.dtype = useCuda ? torch::kHalf : torch::kFloat32;
            break;
        case Precision::Float16:
            if (!useCuda)
                throw Error(ErrorKind::BadInput,
                            "fp16 is only supported on CUDA; use bf16 or fp32 on the CPU");
            choice.dtype = torch::kHalf;
            break;
        case Precision::BFloat16:
            choice.dtype = torch::kBFloat16;
            break;
        case Precision::Float32:
            choice.dtype = torch::kFloat32;
            break;
    }
    return choice;
}

ModelContext::~ModelContext() = default;

torch::TensorOptions ModelContext::options() const {
    return torch::TensorOptions().device(m_runtime.device).dtype(m_runtime.dtype);
}

// A function-try-block: whatever slips past the configuration checks and makes LibTorch fail
// while the modules are built or filled (an allocation far beyond memory, a shape it refuses) is
// a model problem, reported without LibTorch's stack trace.
std::unique_ptr<ModelContext> ModelContext::load(const std::string& modelDir,
                                                 const ModelLoadOptions& options) try {
    std::unique_ptr<ModelContext> ctx(new ModelContext());
    ctx->m_runtime = resolveRuntime(options.device, options.precision, options.cudaIndex);

    ModelFolderReport report = inspectModelFolder(modelDir);
    const fs::path wav2vec2Dir = fs::path(modelDir) / "wav2vec2-base-960h";
    bool wav2vec2Complete = true;
    std::vector<ModelFolderProblem> blocking;
    for (const ModelFolderProblem& problem : report.problems) {
        if (isUnder(problem.file, wav2vec2Dir)) {
            wav2vec2Complete = false;
            if (!(options.loadWav2Vec2 && options.requireWav2Vec2))
                continue;
        }
        blocking.push_back(problem);
    }
    if (!blocking.empty()) {
        report.problems = blocking;
        throw Error(ErrorKind::Model,
                    "the model folder " + modelDir + " cannot be used:\n" + report.describe(),
                    modelDir);
    }
    ctx->m_layout = report.layout;
    const ModelFolderLayout& layout = ctx->m_layout;
    ctx->m_hyper = loadHyperparameters(modelDir);
    const bool withWav2Vec2 = options.loadWav2Vec2 && wav2vec2Complete;

    LoadReporter reporter(options, withWav2Vec2 ? 6 : 5);
    reporter.log("device " + ctx->m_runtime.describe());
    torch::NoGradGuard noGrad;
    const torch::TensorOptions moduleOptions = ctx->options();

    const UNetConfig unetConfig = readUNetConfig(layout.unetConfig);

    reporter.begin("reference net", layout.referenceNet);
    ctx->m_referenceNet =
        std::make_shared<nn::ReferenceNet>(nn::unetArchitecture(unetConfig), moduleOptions);
    {
        io::StateDict state = io::loadCheckpoint(layout.referenceNet);
        const size_t tensors = state.size();
        nn::KeyReport keys = nn::loadReferenceNet(*ctx->m_referenceNet, state, layout.referenceNet);
        ctx->m_files.push_back({"reference net", layout.referenceNet,
                                fileBytes(layout.referenceNet), tensors, keys.unexpected});
    }
    ctx->m_referenceNet->eval();

    reporter.begin("denoising UNet", layout.denoisingUnet);
    ctx->m_denoisingUNet = std::make_shared<nn::DenoisingUNet>(
        nn::unetArchitecture(unetConfig, nn::motionArchitecture(ctx->m_hyper.unetAdditional)),
        moduleOptions);
    {
        io::StateDict unetState = io::loadCheckpoint(layout.denoisingUnet);
        io::StateDict motionState = io::loadCheckpoint(layout.motionModule);
        nn::KeyReport keys =
            nn::loadDenoisingUNet(*ctx->m_denoisingUNet, unetState, layout.denoisingUnet,
                                  motionState, layout.motionModule);
        ctx->m_files.push_back({"denoising UNet", layout.denoisingUnet,
                                fileBytes(layout.denoisingUnet), unetState.size(),
                                keys.unexpected});
        ctx->m_files.push_back({"motion modules",
                                layout.motionModule,
                                fileBytes(layout.motionModule),
                                motionState.size(),
                                {}});
    }
    ctx->m_denoisingUNet->eval();

    reporter.begin("VAE", layout.vaeWeights);
    const VaeConfig vaeConfig = readVaeConfig(layout.vaeConfig);
    const nn::VaeArchitecture vaeArch = nn::vaeArchitecture(vaeConfig);
    ctx->m_latentChannels = vaeArch.latentChannels;
    ctx->m_vaeScaleFactor = int64_t{1} << (vaeArch.blockOutChannels.size() - 1);
    ctx->m_vae = std::make_shared<nn::AutoencoderKL>(vaeArch, moduleOptions);
    {
        io::StateDict state = io::loadCheckpoint(layout.vaeWeights);
        nn::loadAutoencoder(*ctx->m_vae, state, layout.vaeWeights);
        ctx->m_files.push_back(
            {"VAE", layout.vaeWeights, fileBytes(layout.vaeWeights), state.size(), {}});
    }
    ctx->m_vae->eval();

    reporter.begin("V-kps guider", layout.vKpsGuider);
    ctx->m_kpsGuider = loadVKpsGuider(layout.vKpsGuider, ctx->m_hyper.vKpsGuider);
    ctx->m_kpsGuider->to(ctx->m_runtime.device, ctx->m_runtime.dtype);
    ctx->m_kpsGuider->eval();
    ctx->m_files.push_back(
        {"V-kps guider", layout.vKpsGuider, fileBytes(layout.vKpsGuider), 0, {}});

    reporter.begin("audio projection", layout.audioProjection);
    ctx->m_audioProjection =
        loadAudioProjection(layout.audioProjection, ctx->m_hyper.audioProjection);
    ctx->m_audioProjection->to(ctx->m_runtime.device, ctx->m_runtime.dtype);
    ctx->m_audioProjection->eval();
    ctx->m_files.push_back(
        {"audio projection", layout.audioProjection, fileBytes(layout.audioProjection), 0, {}});

    if (withWav2Vec2) {
        reporter.begin("wav2vec2", layout.wav2vec2Weights);
        ctx->m_wav2vec2 = loadWav2Vec2Folder(wav2vec2Dir.string());
        ctx->m_wav2vec2Layers = ctx->m_wav2vec2->config().numHiddenLayers;
        ctx->m_featureExtractor = readFeatureExtractorConfig(layout.wav2vec2Preprocessor);
        ctx->m_wav2vec2->to(ctx->m_runtime.device, ctx->m_runtime.dtype);
        ctx->m_wav2vec2->eval();
        ctx->m_files.push_back(
            {"wav2vec2", layout.wav2vec2Weights, fileBytes(layout.wav2vec2Weights), 0, {}});
    } else if (options.loadWav2Vec2) {
        reporter.log(
            "wav2vec2-base-960h is incomplete or absent: rendering needs precomputed "
            "audio hidden states");
    }
    reporter.log("models loaded");
    return ctx;
} catch (const std::bad_alloc&) {
    throw Error(ErrorKind::Model,
                "building the model ran out of memory; its configuration asks for more than "
                "this machine has (a damaged config.json?), replace the model folder",
                modelDir);
} catch (const c10::Error& e) {
    throw Error(ErrorKind::Model,
                std::string("the model cannot be built from its files (") +
                    e.what_without_backtrace() + "); replace the model folder",
                modelDir);
}

}  // namespace vx::engine
