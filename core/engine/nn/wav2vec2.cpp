#include "engine/nn/wav2vec2.h"

#include <torch/torch.h>

#include <filesystem>

#include "common/error.h"
#include "engine/io/checkpoint.h"
#include "engine/nn/state_loading.h"

namespace vx::engine {

namespace {

torch::nn::LayerNorm layerNorm(int64_t dim, double eps) {
    return torch::nn::LayerNorm(torch::nn::LayerNormOptions({dim}).eps(eps));
}

bool startsWith(const std::string& text, const std::string& prefix) {
    return text.compare(0, prefix.size(), prefix) == 0;
}

const char* const kPosConvPrefix = "encoder.pos_conv_embed.conv.";

}  // namespace

torch::Tensor normalizeWaveform(const torch::Tensor& samples,
                                const FeatureExtractorConfig& config) {
    torch::NoGradGuard noGrad;
    torch::Tensor x = samples.reshape({-1}).to(torch::kFloat32);
    if (x.numel() == 0)
        throw Error(ErrorKind::BadInput, "the audio has no samples");
    if (config.doNormalize) {
        // Statistics in float64 (numpy's float32 pairwise sums agree to ~1e-7), applied in fp32.
        torch::Tensor x64 = x.to(torch::kFloat64);
        const double mean = x64.mean().item<double>();
        const double variance = (x64 - mean).square().mean().item<double>();
        const auto meanF = static_cast<float>(mean);
        const auto scaleF = static_cast<float>(
            std::sqrt(static_cast<double>(static_cast<float>(variance) + 1e-7f)));
        x = (x - meanF) / scaleF;
    } else {
        x = x.clone();
    }
    return x.unsqueeze(0);
}

Wav2Vec2ConvLayerImpl::Wav2Vec2ConvLayerImpl(const Wav2Vec2Config& config, size_t index) {
    const int64_t in = index == 0 ? 1 : config.convDim[index - 1];
    const int64_t out = config.convDim[index];
    m_conv = register_module(
        "conv", torch::nn::Conv1d(torch::nn::Conv1dOptions(in, out, config.convKernel[index])
                                      .stride(config.convStride[index])
                                      .bias(config.convBias)));
    if (index == 0)  // "group" norm: one group per channel, affine, eps 1e-5
        m_norm = register_module(
            "layer_norm",
            torch::nn::GroupNorm(torch::nn::GroupNormOptions(out, out).eps(1e-5).affine(true)));
}

torch::Tensor Wav2Vec2ConvLayerImpl::forward(const torch::Tensor& x) {
    torch::Tensor h = m_conv(x);
    if (m_norm)
        h = m_norm(h);
    return torch::gelu(h);
}

Wav2Vec2EncoderLayerImpl::Wav2Vec2EncoderLayerImpl(const Wav2Vec2Config& config)
    : m_heads(config.numAttentionHeads) {
    const int64_t d = config.hiddenSize;
    auto attention = register_module("attention", std::make_shared<torch::nn::Module>());
    m_qProj = attention->register_module("q_proj", torch::nn::Linear(d, d));
    m_kProj = attention->register_module("k_proj", torch::nn::Linear(d, d));
    m_vProj = attention->register_module("v_proj", torch::nn::Linear(d, d));
    m_outProj = attention->register_module("out_proj", torch::nn::Linear(d, d));
    m_layerNorm = register_module("layer_norm", layerNorm(d, config.layerNormEps));
    auto feedForward = register_module("feed_forward", std::make_shared<torch::nn::Module>());
    m_intermediate = feedForward->register_module("intermediate_dense",
                                                  torch::nn::Linear(d, config.intermediateSize));
    m_output =
        feedForward->register_module("output_dense", torch::nn::Linear(config.intermediateSize, d));
    m_finalLayerNorm = register_module("final_layer_norm", layerNorm(d, config.layerNormEps));
}

torch::Tensor Wav2Vec2EncoderLayerImpl::forward(const torch::Tensor& h) {
    const int64_t batch = h.size(0);
    const int64_t frames = h.size(1);
    auto heads = [&](const torch::Tensor& t) {  // [B, T, D] -> [B, heads, T, D/heads]
        return t.view({batch, frames, m_heads, -1}).transpose(1, 2);
    };
    torch::Tensor attended = torch::scaled_dot_product_attention(
        heads(m_qProj(h)), heads(m_kProj(h)), heads(m_vProj(h)));
    attended = attended.transpose(1, 2).reshape({batch, frames, -1});
    torch::Tensor x = m_layerNorm(h + m_outProj(attended));
    return m_finalLayerNorm(x + m_output(torch::gelu(m_intermediate(x))));
}

Wav2Vec2ModelImpl::Wav2Vec2ModelImpl(const Wav2Vec2Config& config) : m_config(config) {
    auto featureExtractor =
        register_module("feature_extractor", std::make_shared<torch::nn::Module>());
    m_convLayers = featureExtractor->register_module("conv_layers", torch::nn::ModuleList());
    for (size_t i = 0; i < config.convDim.size(); ++i)
        m_convLayers->push_back(Wav2Vec2ConvLayer(config, i));

    const int64_t features = config.convDim.back();
    const int64_t d = config.hiddenSize;
    auto featureProjection =
        register_module("feature_projection", std::make_shared<torch::nn::Module>());
    m_projectionNorm =
        featureProjection->register_module("layer_norm", layerNorm(features, config.layerNormEps));
    m_projection = featureProjection->register_module("projection", torch::nn::Linear(features, d));

    auto encoder = register_module("encoder", std::make_shared<torch::nn::Module>());
    auto posConvEmbed =
        encoder->register_module("pos_conv_embed", std::make_shared<torch::nn::Module>());
    m_posConv = posConvEmbed->register_module(
        "conv", torch::nn::Conv1d(torch::nn::Conv1dOptions(d, d, config.numConvPosEmbeddings)
                                      .padding(config.numConvPosEmbeddings / 2)
                                      .groups(config.numConvPosEmbeddingGroups)));
    m_encoderNorm = encoder->register_module("layer_norm", layerNorm(d, config.layerNormEps));
    m_layers = encoder->register_module("layers", torch::nn::ModuleList());
    for (int64_t i = 0; i < config.numHiddenLayers; ++i)
        m_layers->push_back(Wav2Vec2EncoderLayer(config));
}

torch::Tensor Wav2Vec2ModelImpl::forward(const torch::Tensor& inputValues) {
    if (inputValues.dim() != 2)
        throw Error(ErrorKind::Internal, "Wav2Vec2Model expects [B, S] samples");
    if (m_config.outputFrames(inputValues.size(1)) <= 0)
        throw Error(ErrorKind::BadInput, "the audio is too short for the audio encoder (" +
                                             std::to_string(inputValues.size(1)) + " samples)");
    // [B, S] -> [B, 1, S] -> conv stack -> [B, C, T]
    torch::Tensor a = inputValues.unsqueeze(1);
    for (const auto& layer : *m_convLayers)
        a = layer->as<Wav2Vec2ConvLayerImpl>()->forward(a);
    // [B, C, T] -> [B, T, C] -> LN -> [B, T, D]
    torch::Tensor h = m_projection(m_projectionNorm(a.transpose(1, 2)));
    // Positional conv over time; an even kernel yields one extra step, dropped at the end.
    torch::Tensor p = m_posConv(h.transpose(1, 2));
    if (m_config.numConvPosEmbeddings % 2 == 0)
        p = p.slice(2, 0, -1);
    h = m_encoderNorm(h + torch::gelu(p).transpose(1, 2));
    for (const auto& layer : *m_layers)
        h = layer->as<Wav2Vec2EncoderLayerImpl>()->forward(h);
    return h;  // [B, T, D]
}

io::StateDict wav2vec2ModuleState(const io::StateDict& checkpoint, const std::string& file) {
    const std::string modelPrefix = "wav2vec2.";
    bool prefixed = false;
    for (const auto& entry : checkpoint)
        if (startsWith(entry.first, modelPrefix)) {
            prefixed = true;
            break;
        }
    io::StateDict state;
    for (const auto& [key, value] : checkpoint) {
        if (prefixed && !startsWith(key, modelPrefix))
            continue;  // lm_head.*, quantizer.*, project_*: heads of the CTC/pre-training models
        std::string name = prefixed ? key.substr(modelPrefix.size()) : key;
        if (name == "masked_spec_embed" || startsWith(name, "lm_head.") ||
            startsWith(name, "quantizer.") || startsWith(name, "project_q.") ||
            startsWith(name, "project_hid."))
            continue;
        state[name] = value;
    }

    // Weight norm of the positional conv, in either spelling.
    const std::string base = kPosConvPrefix;
    const std::pair<std::string, std::string> spellings[] = {
        {base + "weight_g", base + "weight_v"},
        {base + "parametrizations.weight.original0", base + "parametrizations.weight.original1"}};
    for (const auto& [gKey, vKey] : spellings) {
        const bool hasG = state.count(gKey) != 0;
        const bool hasV = state.count(vKey) != 0;
        if (!hasG && !hasV)
            continue;
        if (hasG != hasV)
            throwModelError(file, "has only half of the positional convolution's weight norm (" +
                                      (hasG ? gKey : vKey) + "); the checkpoint is damaged");
        if (state.count(base + "weight"))
            throwModelError(file, "has both a plain and a weight-normed positional convolution");
        torch::Tensor g = state[gKey].to(torch::kFloat32);  // [1, 1, K]
        torch::Tensor v = state[vKey].to(torch::kFloat32);  // [D, D/groups, K]
        if (v.dim() != 3 || g.numel() != v.size(2))
            throwModelError(file, "the positional convolution's weight norm has shapes " +
                                      std::to_string(g.numel()) + " taps vs weight_v of " +
                                      std::to_string(v.dim()) + " dims");
        // The norm of weight_norm(dim=2) runs over the first two axes, one value per tap.
        torch::Tensor norms =
            v.square().sum(torch::IntArrayRef{0, 1}, /*keepdim=*/true).sqrt();  // [1, 1, K]
        state[base + "weight"] = v * (g.reshape({1, 1, -1}) / norms);
        state.erase(gKey);
        state.erase(vKey);
    }
    return state;
}

void loadWav2Vec2Weights(Wav2Vec2ModelImpl& model, const io::StateDict& checkpoint,
                         const std::string& file) {
    vx::nn::loadStrict(model, wav2vec2ModuleState(checkpoint, file), file);
}

Wav2Vec2Model loadWav2Vec2Folder(const std::string& folder) {
    namespace fs = std::filesystem;
    const fs::path dir(folder);
    Wav2Vec2Model model(readWav2Vec2Config((dir / "config.json").string()));
    std::error_code ec;
    fs::path weights = dir / "model.safetensors";
    if (!fs::exists(weights, ec))
        weights = dir / "pytorch_model.bin";
    loadWav2Vec2Weights(*model, io::loadCheckpoint(weights.string()), weights.string());
    model->eval();
    return model;
}

}  // namespace vx::engine
