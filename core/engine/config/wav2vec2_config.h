// The audio encoder's configuration: the transformers Wav2Vec2 config.json and the feature
// extractor's preprocessor_config.json in model_ckpts/wav2vec2-base-960h/ (spec §6.2, §6.3).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/json.h"

namespace vx::engine {

struct Wav2Vec2Config {
    std::vector<int64_t> convDim{512, 512, 512, 512, 512, 512, 512};
    std::vector<int64_t> convKernel{10, 3, 3, 3, 3, 2, 2};
    std::vector<int64_t> convStride{5, 2, 2, 2, 2, 2, 2};
    bool convBias = false;
    std::string featExtractNorm = "group";  // GroupNorm in conv layer 0 only
    std::string featExtractActivation = "gelu";
    int64_t hiddenSize = 768;
    int64_t numHiddenLayers = 12;
    int64_t numAttentionHeads = 12;
    int64_t intermediateSize = 3072;
    std::string hiddenAct = "gelu";
    double layerNormEps = 1e-5;
    int64_t numConvPosEmbeddings = 128;
    int64_t numConvPosEmbeddingGroups = 16;
    bool doStableLayerNorm = false;

    // Encoder frames for `samples` input samples (spec §6.3), 0 when too short.
    int64_t outputFrames(int64_t samples) const;
};

struct FeatureExtractorConfig {
    bool doNormalize = true;
    int64_t samplingRateHz = 16000;
    int64_t featureSize = 1;
    double paddingValue = 0.0;
    bool returnAttentionMask = false;
};

// Parses a Wav2Vec2 config.json. Only the post-LN "group" variant of wav2vec2-base is
// supported; anything else, and bad values, throw vx::Error(Model) naming `file` and the key.
Wav2Vec2Config parseWav2Vec2Config(const JsonValue& root, const std::string& file);
Wav2Vec2Config readWav2Vec2Config(const std::string& path);

FeatureExtractorConfig parseFeatureExtractorConfig(const JsonValue& root, const std::string& file);
FeatureExtractorConfig readFeatureExtractorConfig(const std::string& path);

}  // namespace vx::engine
