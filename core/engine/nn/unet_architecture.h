// The numbers that shape both V-Express UNets (spec §2.7, §3.1, §4.1), filled from the SD1.5
// UNet config.json plus the V-Express motion-module hyper-parameters. Kept free of parsing so
// the modules can be built from any source (config files, tests, the release defaults).
#pragma once

#include <cstdint>
#include <vector>

namespace vx::nn {

struct MotionArchitecture {
    bool enabled = false;                          // use_motion_module
    std::vector<int64_t> resolutions{1, 2, 4, 8};  // downsampling factors that get modules
    bool midBlock = true;                          // motion_module_mid_block
    bool decoderOnly = false;                      // motion_module_decoder_only
    int64_t heads = 8;
    int64_t maxLength = 32;  // temporal_position_encoding_max_len
    int64_t groups = 32;     // the motion module's GroupNorm (hard-coded 32 in AnimateDiff)

    bool atResolution(int64_t factor) const;
};

struct UNetArchitecture {
    int64_t inChannels = 4;
    int64_t outChannels = 4;
    std::vector<int64_t> blockOutChannels{320, 640, 1280, 1280};
    int64_t layersPerBlock = 2;
    int64_t attentionHeads = 8;  // SD1.5's "attention_head_dim" is historically the head count
    int64_t crossAttentionDim = 768;
    // Per level: CrossAttn{Down,Up}Block (true) or plain {Down,Up}Block (false).
    std::vector<bool> downCrossAttention{true, true, true, false};
    std::vector<bool> upCrossAttention{false, true, true, true};
    int64_t normGroups = 32;
    double normEps = 1e-5;
    bool flipSinToCos = true;
    double freqShift = 0.0;
    int64_t downsamplePadding = 1;
    MotionArchitecture motion;  // used by the denoising UNet only

    // The release: SD1.5 UNet config + V-Express inference_v2.yaml motion settings.
    static UNetArchitecture stableDiffusion15();
    // Throws vx::Error(Model) when the numbers cannot describe a UNet this engine builds.
    void validate() const;
};

}  // namespace vx::nn
