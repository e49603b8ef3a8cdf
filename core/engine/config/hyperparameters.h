// The V-Express hyper-parameters that the released inference script passes in code rather than
// in a config file (spec §4.1, §6.5, §7.1, §8.1). The release values are the built-in defaults;
// a `hyperparameters.json` inside the model folder or beside it may override any of them (the
// tiny test model uses this to shrink the audio projection and the guider).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/json.h"

namespace vx::engine {

// AudioProjection (perceiver resampler), spec §6.5.
struct AudioProjectionConfig {
    int64_t dim = 768;
    int64_t depth = 4;
    int64_t dimHead = 64;
    int64_t heads = 12;
    int64_t numQueries = 5;
    int64_t embeddingDim = 768;  // width of the audio encoder's hidden states
    int64_t outputDim = 768;
    int64_t ffMult = 4;
    int64_t maxSeqLen = 10;
};

// VKpsGuider, spec §8.1.
struct VKpsGuiderConfig {
    int64_t conditioningEmbeddingChannels = 320;
    int64_t conditioningChannels = 3;
    std::vector<int64_t> blockOutChannels{16, 32, 96, 256};
};

// unet_additional_kwargs.motion_module_kwargs, spec §4.1.
struct MotionModuleConfig {
    int64_t numAttentionHeads = 8;
    int64_t numTransformerBlock = 1;
    std::vector<std::string> attentionBlockTypes{"Temporal_Self", "Temporal_Self"};
    bool temporalPositionEncoding = true;
    int64_t temporalPositionEncodingMaxLen = 32;
    int64_t temporalAttentionDimDiv = 1;
};

// unet_additional_kwargs, spec §4.1.
struct UNetAdditionalConfig {
    bool useInflatedGroupnorm = true;
    bool unetUseCrossFrameAttention = false;
    bool unetUseTemporalAttention = false;
    bool useMotionModule = true;
    std::vector<int64_t> motionModuleResolutions{1, 2, 4, 8};
    bool motionModuleMidBlock = true;
    bool motionModuleDecoderOnly = false;
    std::string motionModuleType = "Vanilla";
    MotionModuleConfig motionModule;
};

// noise_scheduler_kwargs plus the DDIMScheduler class defaults, spec §7.1.
struct SchedulerConfig {
    int64_t numTrainTimesteps = 1000;
    double betaStart = 0.00085;
    double betaEnd = 0.012;
    std::string betaSchedule = "scaled_linear";  // or "linear"
    bool clipSample = false;
    int64_t stepsOffset = 1;
    std::string predictionType = "v_prediction";  // or "epsilon", "sample"
    bool rescaleBetasZeroSnr = true;
    std::string timestepSpacing = "trailing";  // or "leading", "linspace"
    bool setAlphaToOne = true;
};

struct VExpressHyperparameters {
    AudioProjectionConfig audioProjection;
    VKpsGuiderConfig vKpsGuider;
    UNetAdditionalConfig unetAdditional;
    SchedulerConfig scheduler;
};

// The release values (what inference.py and inference_v2.yaml use).
VExpressHyperparameters releaseHyperparameters();

// `base` with every member present in `root` replaced; unknown keys (e.g. "note", "release")
// are ignored. Bad values throw vx::Error(Model) naming `file` and the key.
VExpressHyperparameters applyHyperparameters(const VExpressHyperparameters& base,
                                             const JsonValue& root, const std::string& file);

inline constexpr const char* kHyperparametersFileName = "hyperparameters.json";

// The hyperparameters.json that applies to `modelDir`: <modelDir>/hyperparameters.json, else
// <parent of modelDir>/hyperparameters.json, else empty.
std::string findHyperparametersFile(const std::string& modelDir);

// The release values overridden by the file findHyperparametersFile() finds, if any.
VExpressHyperparameters loadHyperparameters(const std::string& modelDir);

}  // namespace vx::engine
