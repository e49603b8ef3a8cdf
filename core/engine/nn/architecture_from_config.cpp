#include "engine/nn/architecture_from_config.h"

namespace vx::nn {

MotionArchitecture vexpressMotionModules() {
    MotionArchitecture motion;
    motion.enabled = true;
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
