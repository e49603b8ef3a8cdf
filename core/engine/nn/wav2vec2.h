// The wav2vec2-base audio encoder (transformers Wav2Vec2Model in eval mode, spec §6.2-6.3) and
// the feature extractor's waveform normalisation. Sizes come from config.json; submodules carry
// the transformers names without the "wav2vec2." prefix.
#pragma once

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>
#include <torch/nn/pimpl.h>

#include <string>

#include "engine/config/wav2vec2_config.h"
#include "engine/io/state_dict.h"

namespace vx::engine {

// Wav2Vec2FeatureExtractor's normalisation of a mono 16 kHz clip: samples [S] (or [1, S]) ->
// (x - mean) / sqrt(var + 1e-7) over the whole clip (population variance, statistics
// accumulated in float64 and applied in fp32) when config.doNormalize, else a float copy.
// Returns [1, S] fp32 on the input's device. Throws vx::Error(BadInput) for an empty clip.
torch::Tensor normalizeWaveform(const torch::Tensor& samples, const FeatureExtractorConfig& config);

// feature_extractor.conv_layers.{i}: Conv1d (no bias in wav2vec2-base), GroupNorm with one
// group per channel in layer 0 only ("layer_norm"), GELU.
class Wav2Vec2ConvLayerImpl : public torch::nn::Module {
public:
    Wav2Vec2ConvLayerImpl(const Wav2Vec2Config& config, size_t index);
    torch::Tensor forward(const torch::Tensor& x);  // [B, C_in, T] -> [B, C_out, T']

private:
    torch::nn::Conv1d m_conv{nullptr};
    torch::nn::GroupNorm m_norm{nullptr};
};
TORCH_MODULE(Wav2Vec2ConvLayer);

// encoder.layers.{i}: post-LN transformer layer.
class Wav2Vec2EncoderLayerImpl : public torch::nn::Module {
public:
    explicit Wav2Vec2EncoderLayerImpl(const Wav2Vec2Config& config);
    torch::Tensor forward(const torch::Tensor& h);  // [B, T, D] -> [B, T, D]

private:
    int64_t m_heads;
    torch::nn::Linear m_qProj{nullptr}, m_kProj{nullptr}, m_vProj{nullptr}, m_outProj{nullptr};
    torch::nn::LayerNorm m_layerNorm{nullptr};
    torch::nn::Linear m_intermediate{nullptr}, m_output{nullptr};
    torch::nn::LayerNorm m_finalLayerNorm{nullptr};
};
TORCH_MODULE(Wav2Vec2EncoderLayer);

class Wav2Vec2ModelImpl : public torch::nn::Module {
public:
    explicit Wav2Vec2ModelImpl(const Wav2Vec2Config& config);

    // inputValues [B, S] (normalised waveform) -> last_hidden_state [B, T, hiddenSize].
    // The whole clip is one pass: the first GroupNorm and the attention are global over it.
    // Unlike transformers 4.41 this draws nothing from the default CPU generator (the
    // original's LayerDrop check draws numHiddenLayers scalars; a caller that needs the same
    // random stream draws them itself).
    torch::Tensor forward(const torch::Tensor& inputValues);

    const Wav2Vec2Config& config() const { return m_config; }

private:
    Wav2Vec2Config m_config;
    torch::nn::ModuleList m_convLayers{nullptr};     // feature_extractor.conv_layers
    torch::nn::LayerNorm m_projectionNorm{nullptr};  // feature_projection.layer_norm
    torch::nn::Linear m_projection{nullptr};         // feature_projection.projection
    torch::nn::Conv1d m_posConv{nullptr};            // encoder.pos_conv_embed.conv (folded)
    torch::nn::LayerNorm m_encoderNorm{nullptr};     // encoder.layer_norm
    torch::nn::ModuleList m_layers{nullptr};         // encoder.layers
};
TORCH_MODULE(Wav2Vec2Model);

// The module's state from a transformers checkpoint: keys with or without the "wav2vec2."
// prefix (with it, unprefixed keys such as lm_head.* are dropped); masked_spec_embed,
// lm_head.*, quantizer.*, project_q.*, project_hid.* ignored; the positional conv's weight
// norm (weight_g/weight_v or parametrizations.weight.original0/original1) folded into
// encoder.pos_conv_embed.conv.weight as W[o,i,k] = g[k] v[o,i,k] / ||v[:,:,k]|| (in fp32).
// `file` names the checkpoint in errors (vx::Error(Model) for half a weight-norm pair).
io::StateDict wav2vec2ModuleState(const io::StateDict& checkpoint, const std::string& file);

// wav2vec2ModuleState() then vx::nn::loadStrict(); throws vx::Error(Model) naming `file`.
void loadWav2Vec2Weights(Wav2Vec2ModelImpl& model, const io::StateDict& checkpoint,
                         const std::string& file);

// A transformers model folder (wav2vec2-base-960h/): config.json and model.safetensors or
// pytorch_model.bin. Returns the model in eval mode, fp32 on the CPU (move it with ->to()).
// Throws vx::Error(Model) naming the file that is missing or wrong.
Wav2Vec2Model loadWav2Vec2Folder(const std::string& folder);

}  // namespace vx::engine
