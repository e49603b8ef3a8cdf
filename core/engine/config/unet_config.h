// The UNet configuration that both V-Express UNets are built from: the diffusers
// UNet2DConditionModel config.json shipped as model_ckpts/stable-diffusion-v1-5/unet/config.json
// (spec §1.5, §3.1). The 3-D denoising UNet uses the same values with its block types renamed
// (CrossAttnDownBlock2D -> CrossAttnDownBlock3D, ...) plus the V-Express hyper-parameters of
// hyperparameters.h.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/json.h"

namespace vx::engine {

struct UNetConfig {
    int64_t inChannels = 4;
    int64_t outChannels = 4;
    std::vector<int64_t> blockOutChannels{320, 640, 1280, 1280};
    int64_t layersPerBlock = 2;
    // SD1.5's `attention_head_dim` is historically the number of heads (8), not their size.
    // A per-block list in the file must hold one value for all blocks (V-Express uses one).
    int64_t attentionHeadDim = 8;
    int64_t crossAttentionDim = 768;
    int64_t normNumGroups = 32;
    double normEps = 1e-5;
    // "CrossAttnDownBlock2D" or "DownBlock2D", one per entry of blockOutChannels.
    std::vector<std::string> downBlockTypes{"CrossAttnDownBlock2D", "CrossAttnDownBlock2D",
                                            "CrossAttnDownBlock2D", "DownBlock2D"};
    // "UpBlock2D" or "CrossAttnUpBlock2D", one per entry of blockOutChannels.
    std::vector<std::string> upBlockTypes{"UpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D",
                                          "CrossAttnUpBlock2D"};
    std::string midBlockType = "UNetMidBlock2DCrossAttn";
    bool flipSinToCos = true;
    int64_t freqShift = 0;
    std::string actFn = "silu";
    int64_t downsamplePadding = 1;
    double midBlockScaleFactor = 1.0;
    bool useLinearProjection = false;
    bool upcastAttention = false;
    bool centerInputSample = false;
    int64_t sampleSize = 64;

    // The timestep embedding width: 4 x blockOutChannels[0] (1280 for SD1.5).
    int64_t timeEmbedDim() const { return 4 * blockOutChannels.at(0); }
    // The sinusoid width: blockOutChannels[0] (320 for SD1.5).
    int64_t timeProjDim() const { return blockOutChannels.at(0); }
    bool downBlockHasCrossAttention(size_t i) const;
    bool upBlockHasCrossAttention(size_t i) const;
};

// Parses a UNet config.json. Missing optional keys take the diffusers class defaults (the
// SD1.5 values above); bad or unsupported values throw vx::Error(Model) naming `file` and the key.
UNetConfig parseUNetConfig(const JsonValue& root, const std::string& file);

// Reads and parses `path` (e.g. <model>/stable-diffusion-v1-5/unet/config.json).
UNetConfig readUNetConfig(const std::string& path);

}  // namespace vx::engine
