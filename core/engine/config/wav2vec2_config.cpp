#include "engine/config/wav2vec2_config.h"

#include "engine/config/json_fields.h"

namespace vx::engine {

int64_t Wav2Vec2Config::outputFrames(int64_t samples) const {
    int64_t length = samples;
    for (size_t i = 0; i < convKernel.size(); ++i) {
        if (length < convKernel[i])
            return 0;
        length = (length - convKernel[i]) / convStride[i] + 1;
    }
    return length;
}

Wav2Vec2Config parseWav2Vec2Config(const JsonValue& root, const std::string& file) {
    config::FieldReader r(root, file);
    Wav2Vec2Config c;
    c.convDim = r.integers("conv_dim", c.convDim);
    c.convKernel = r.integers("conv_kernel", c.convKernel);
    c.convStride = r.integers("conv_stride", c.convStride);
    c.convBias = r.boolean("conv_bias", c.convBias);
    c.featExtractNorm = r.string("feat_extract_norm", c.featExtractNorm);
    c.featExtractActivation = r.string("feat_extract_activation", c.featExtractActivation);
    c.hiddenSize = r.integer("hidden_size", c.hiddenSize);
    c.numHiddenLayers = r.integer("num_hidden_layers", c.numHiddenLayers);
    c.numAttentionHeads = r.integer("num_attention_heads", c.numAttentionHeads);
    c.intermediateSize = r.integer("intermediate_size", c.intermediateSize);
    c.hiddenAct = r.string("hidden_act", c.hiddenAct);
    c.layerNormEps = r.number("layer_norm_eps", c.layerNormEps);
    c.numConvPosEmbeddings = r.integer("num_conv_pos_embeddings", c.numConvPosEmbeddings);
    c.numConvPosEmbeddingGroups =
        r.integer("num_conv_pos_embedding_groups", c.numConvPosEmbeddingGroups);
    c.doStableLayerNorm = r.boolean("do_stable_layer_norm", c.doStableLayerNorm);

    if (c.convDim.empty() || c.convDim.size() != c.convKernel.size() ||
        c.convDim.size() != c.convStride.size())
        r.fail("conv_dim",
               "conv_dim, conv_kernel and conv_stride must have the same, non-zero "
               "length");
    for (size_t i = 0; i < c.convDim.size(); ++i)
        if (c.convDim[i] <= 0 || c.convKernel[i] <= 0 || c.convStride[i] <= 0)
            r.fail("conv_dim", "conv sizes must be positive");
    if (c.featExtractNorm != "group")
        r.fail("feat_extract_norm",
               "only \"group\" (wav2vec2-base) is supported, found '" + c.featExtractNorm + "'");
    if (c.doStableLayerNorm)
        r.fail("do_stable_layer_norm", "only the post-LN encoder (false) is supported");
    if (c.featExtractActivation != "gelu")
        r.fail("feat_extract_activation", "only gelu is supported");
    if (c.hiddenAct != "gelu")
        r.fail("hidden_act", "only gelu is supported");
    if (c.hiddenSize <= 0 || c.numAttentionHeads <= 0 || c.hiddenSize % c.numAttentionHeads != 0)
        r.fail("num_attention_heads", "hidden_size must be a positive multiple of it");
    if (c.numConvPosEmbeddingGroups <= 0 || c.hiddenSize % c.numConvPosEmbeddingGroups != 0)
        r.fail("num_conv_pos_embedding_groups", "hidden_size must be a multiple of it");
    if (c.numHiddenLayers < 0 || c.intermediateSize <= 0 || c.numConvPosEmbeddings <= 0)
        r.fail("num_hidden_layers", "layer sizes must be positive");
    if (!(c.layerNormEps > 0.0))
        r.fail("layer_norm_eps", "must be positive");
    return c;
}

Wav2Vec2Config readWav2Vec2Config(const std::string& path) {
    return parseWav2Vec2Config(config::readConfigObject(path), path);
}

FeatureExtractorConfig parseFeatureExtractorConfig(const JsonValue& root, const std::string& file) {
    config::FieldReader r(root, file);
    FeatureExtractorConfig c;
    c.doNormalize = r.boolean("do_normalize", c.doNormalize);
    c.samplingRateHz = r.integer("sampling_rate", c.samplingRateHz);
    c.featureSize = r.integer("feature_size", c.featureSize);
    c.paddingValue = r.number("padding_value", c.paddingValue);
    c.returnAttentionMask = r.boolean("return_attention_mask", c.returnAttentionMask);
    if (c.samplingRateHz <= 0)
        r.fail("sampling_rate", "must be positive");
    if (c.featureSize != 1)
        r.fail("feature_size", "only mono waveforms (1) are supported");
    return c;
}

FeatureExtractorConfig readFeatureExtractorConfig(const std::string& path) {
    return parseFeatureExtractorConfig(config::readConfigObject(path), path);
}

}  // namespace vx::engine
