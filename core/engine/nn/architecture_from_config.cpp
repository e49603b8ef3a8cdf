#include "engine/nn/architecture_from_config.h"

#include "common/error.h"

namespace vx::nn {

MotionArchitecture vexpressMotionModules() {
    MotionArchitecture motion;
    motion.enabled = true;
    return motion;
}

MotionArchitecture motionArchitecture(const engine::UNetAdditionalConfig& additional) {
    auto unsupported = [](const std::string& what) {
        throw Error(ErrorKind::Model, "unet_additional_kwargs: " + what +
                                          " is not supported by this engine (V-Express uses the "
                                          "release values)");
    };
    const engine::MotionModuleConfig& module = additional.motionModule;
    if (!additional.useInflatedGroupnorm)
        unsupported("use_inflated_groupnorm false");
    if (additional.unetUseCrossFrameAttention)
        unsupported("unet_use_cross_frame_attention true");
    if (additional.unetUseTemporalAttention)
        unsupported("unet_use_temporal_attention true");
    if (additional.useMotionModule) {
        if (additional.motionModuleType != "Vanilla")
            unsupported("motion_module_type " + additional.motionModuleType);
        if (module.numTransformerBlock != 1)
            unsupported("num_transformer_block other than 1");
        if (module.attentionBlockTypes !=
            std::vector<std::string>{"Temporal_Self", "Temporal_Self"})
            unsupported("attention_block_types other than [Temporal_Self, Temporal_Self]");
        if (!module.temporalPositionEncoding)
            unsupported("temporal_position_encoding false");
        if (module.temporalAttentionDimDiv != 1)
            unsupported("temporal_attention_dim_div other than 1");
    }
    MotionArchitecture motion;
    motion.enabled = additional.useMotionModule;
    motion.resolutions = additional.motionModuleResolutions;
    motion.midBlock = additional.motionModuleMidBlock;
    motion.decoderOnly = additional.motionModuleDecoderOnly;
    motion.heads = module.numAttentionHeads;
    motion.maxLength = module.temporalPositionEncodingMaxLen;
    return motion;
}

UNetArchitecture unetArchitecture(const engine::UNetConfig& config,
                                  const MotionArchitecture& motion) {
    UNetArchitecture arch;
    arch.inChannels = config.inChannels;
    arch.outChannels = config.outChannels;
    arch.blockOutChannels = config.blockOutChannels;
    arch.layersPerBlock = config.layersPerBlock;
    arch.attentionHeads = config.attentionHeadDim;
    arch.crossAttentionDim = config.crossAttentionDim;
    arch.downCrossAttention.clear();
    arch.upCrossAttention.clear();
    for (size_t i = 0; i < config.blockOutChannels.size(); ++i) {
        arch.downCrossAttention.push_back(config.downBlockHasCrossAttention(i));
        arch.upCrossAttention.push_back(config.upBlockHasCrossAttention(i));
    }
    arch.normGroups = config.normNumGroups;
    arch.normEps = config.normEps;
    arch.flipSinToCos = config.flipSinToCos;
    arch.freqShift = static_cast<double>(config.freqShift);
    arch.downsamplePadding = config.downsamplePadding;
    arch.motion = motion;
    arch.validate();
    return arch;
}

VaeArchitecture vaeArchitecture(const engine::VaeConfig& config) {
    VaeArchitecture arch;
    arch.inChannels = config.inChannels;
    arch.outChannels = config.outChannels;
    arch.latentChannels = config.latentChannels;
    arch.blockOutChannels = config.blockOutChannels;
    arch.layersPerBlock = config.layersPerBlock;
    arch.normGroups = config.normNumGroups;
    arch.useQuantConv = config.useQuantConv;
    arch.usePostQuantConv = config.usePostQuantConv;
    arch.validate();
    return arch;
}

}  // namespace vx::nn
