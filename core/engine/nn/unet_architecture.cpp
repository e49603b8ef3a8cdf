#include "engine/nn/unet_architecture.h"

#include <algorithm>
#include <string>

#include "common/error.h"

namespace vx::nn {

bool MotionArchitecture::atResolution(int64_t factor) const {
    return enabled &&
           std::find(resolutions.begin(), resolutions.end(), factor) != resolutions.end();
}

UNetArchitecture UNetArchitecture::stableDiffusion15() {
    UNetArchitecture arch;
    arch.motion.enabled = true;
    return arch;
}

void UNetArchitecture::validate() const {
    auto fail = [](const std::string& what) {
        throw Error(ErrorKind::Model, "UNet configuration: " + what);
    };
    const size_t levels = blockOutChannels.size();
    if (levels == 0)
        fail("block_out_channels is empty");
    if (downCrossAttention.size() != levels || upCrossAttention.size() != levels)
        fail("down/up block type lists must have one entry per block_out_channels entry");
    if (layersPerBlock < 1)
        fail("layers_per_block must be at least 1");
    for (int64_t c : blockOutChannels) {
        if (c <= 0 || c % normGroups != 0)
            fail("every block_out_channels entry must be a positive multiple of norm_num_groups");
        if (c % attentionHeads != 0)
            fail("every block_out_channels entry must be divisible by the attention head count");
        if (motion.enabled && (c % motion.groups != 0 || c % motion.heads != 0))
            fail("motion modules need channels divisible by 32 groups and by their head count");
    }
}

}  // namespace vx::nn
