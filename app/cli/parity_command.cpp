// `vxstudio-cli parity --models DIR --case FILE`: runs the engine on a case recorded from the
// original V-Express pipeline (the fixture format: reference_image, kps_sequence,
// audio_hidden_states, initial_latents, video, video_median_filtered and the run's settings in
// the metadata) and reports the largest difference. The last line is always
// "max_abs_error video=... median=...".
#include <cstdlib>
#include <iostream>
#include <memory>
#include <vector>

#include "app/cli/cli_command.h"
#include "app/cli/numeric_checks.h"
#include "common/error.h"
#include "engine/io/safetensors_reader.h"
#include "engine/pipeline/model_context.h"
#include "engine/pipeline/pipeline.h"
#include "faces/kps_drawing.h"

namespace vx::cli {

namespace {

struct ParityArgs {
    std::string models;
    std::string caseFile;
    std::string device = "cpu";
    double tolerance = 1e-3;
};

constexpr const char* kCaseTensors[] = {"reference_image", "kps_sequence", "audio_hidden_states",
                                        "initial_latents", "video",        "video_median_filtered"};

double metaNumber(const io::SafetensorsFile& file, const std::string& key) {
    const auto it = file.metadata.find(key);
    if (it == file.metadata.end())
        throw Error(ErrorKind::BadInput, "the case has no '" + key + "' in its metadata");
    char* end = nullptr;
    const double value = std::strtod(it->second.c_str(), &end);
    if (end == it->second.c_str())
        throw Error(ErrorKind::BadInput,
                    "the case's metadata '" + key + "' is not a number: " + it->second);
    return value;
}

int runParity(const ParityArgs& args) {
    using namespace vx::engine;
    // The case is the user's input, not part of the model: a damaged one is bad input.
    const io::SafetensorsFile file = [&] {
        try {
            return io::readSafetensors(args.caseFile);
        } catch (const Error& e) {
            if (e.kind() != ErrorKind::Model)
                throw;
            throw Error(ErrorKind::BadInput,
                        std::string("not a usable case file (") + e.what() +
                            "); record it again with the case script",
                        args.caseFile);
        }
    }();
    for (const char* name : kCaseTensors)
        if (file.tensors.count(name) == 0)
            throw Error(ErrorKind::BadInput, std::string("the case has no tensor '") + name + "'",
                        args.caseFile);

    ModelLoadOptions load;
    load.device = args.device == "cuda"   ? DevicePreference::Cuda
                  : args.device == "auto" ? DevicePreference::Auto
                                          : DevicePreference::Cpu;
    load.precision = load.device == DevicePreference::Cpu ? Precision::Float32 : Precision::Auto;
    load.loadWav2Vec2 = false;
    load.log = [](const std::string& line) { std::cerr << line << '\n'; };
    auto model = ModelContext::load(args.models, load);

    RenderParams params;
    params.steps = static_cast<int64_t>(metaNumber(file, "num_inference_steps"));
    params.guidance = metaNumber(file, "guidance_scale");
    params.seed = static_cast<uint64_t>(metaNumber(file, "seed"));
    params.width = static_cast<int64_t>(metaNumber(file, "width"));
    params.height = static_cast<int64_t>(metaNumber(file, "height"));
    params.contextFrames = static_cast<int64_t>(metaNumber(file, "context_frames"));
    params.contextOverlap = static_cast<int64_t>(metaNumber(file, "context_overlap"));
    params.referenceAttentionWeight = metaNumber(file, "reference_attention_weight");
    params.audioAttentionWeight = metaNumber(file, "audio_attention_weight");
    if (file.metadata.count("num_pad_audio_frames"))
        params.numPadAudioFrames = static_cast<int64_t>(metaNumber(file, "num_pad_audio_frames"));
    params.medianFilter = true;

    RenderInputs inputs;
    inputs.referenceImage = file.tensors.at("reference_image");
    inputs.audioHiddenStates = file.tensors.at("audio_hidden_states");
    inputs.initialLatents = file.tensors.at("initial_latents");
    const torch::Tensor kps = file.tensors.at("kps_sequence").to(torch::kFloat32).contiguous();
    if (kps.dim() != 3 || kps.size(1) != 3 || kps.size(2) != 2 ||
        kps.size(0) < inputs.initialLatents.size(2))
        throw Error(ErrorKind::BadInput, "kps_sequence must be [L, 3, 2] with L frames",
                    args.caseFile);
    const int height = static_cast<int>(params.height);
    const int width = static_cast<int>(params.width);
    inputs.kpsImage = [kps, height, width](int64_t frame) {
        const torch::Tensor row = kps[frame];
        auto points = row.accessor<float, 2>();
        faces::FaceKps face;
        for (size_t i = 0; i < 3; ++i)
            face[i] =
                cv::Point2f(points[static_cast<int64_t>(i)][0], points[static_cast<int64_t>(i)][1]);
        cv::Mat image = faces::drawKpsImage(height, width, face);
        return torch::from_blob(image.data, {height, width, 3}, torch::kUInt8).clone();
    };

    std::vector<torch::Tensor> raw, filtered;
    RenderCallbacks callbacks;
    callbacks.rawFrameSink = [&raw](int64_t, const torch::Tensor& f) { raw.push_back(f.clone()); };
    callbacks.frameSink = [&filtered](int64_t, const torch::Tensor& f) {
        filtered.push_back(f.clone());
    };
    callbacks.log = [](const std::string& line) { std::cerr << line << '\n'; };
    render(*model, params, inputs, callbacks);

    auto maxAbs = [](const std::vector<torch::Tensor>& frames, const torch::Tensor& expected) {
        torch::Tensor video = torch::stack(frames, 1);
        if (video.sizes() != expected.sizes())
            throw Error(ErrorKind::Internal, "rendered video shape differs from the case's");
        return (video.to(torch::kFloat64) - expected.to(torch::kFloat64))
            .abs()
            .max()
            .item<double>();
    };
    const double videoError = maxAbs(raw, file.tensors.at("video"));
    const double medianError = maxAbs(filtered, file.tensors.at("video_median_filtered"));
    const bool pass = videoError <= args.tolerance && medianError <= args.tolerance;
    std::cout << "frames: " << raw.size() << ", device: " << model->runtime().describe()
              << ", tolerance: " << args.tolerance << (pass ? ", PASS" : ", FAIL") << '\n';
    std::cout << "max_abs_error video=" << videoError << " median=" << medianError << std::endl;
    return pass ? int(kExitOk) : int(kExitInternal);
}

}  // namespace

void addParityCommand(CLI::App& app, CommandRunner& runner) {
    auto args = std::make_shared<ParityArgs>();
    CLI::App* cmd = app.add_subcommand(
        "parity", "Run the engine on a recorded V-Express case and compare the frames");
    cmd->add_option("--models", args->models, "Model folder (model_ckpts)")->required();
    cmd->add_option("--case", args->caseFile, "Case file (pipeline_case.safetensors format)")
        ->required();
    cmd->add_option("--device", args->device, "cpu (fp32), cuda or auto (fp16 on CUDA)")
        ->check(CLI::IsMember({"cpu", "cuda", "auto"}))
        ->capture_default_str();
    cmd->add_option("--tolerance", args->tolerance, "Largest accepted absolute difference")
        ->check(finiteRange(0.0, 1.0))
        ->capture_default_str();
    cmd->callback([&runner, args] { runner = [args] { return runParity(*args); }; });
}

}  // namespace vx::cli
