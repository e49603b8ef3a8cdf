// Loading the V-Express UNet checkpoints (spec §1.2): the reference code loads with
// strict=False, so unexpected keys are only reported; a key the model has but no file provides
// would leave uninitialised weights and is fatal here, as is any shape mismatch.
#pragma once

#include <string>

#include "engine/io/state_dict.h"
#include "engine/nn/denoising_unet.h"
#include "engine/nn/reference_net.h"
#include "engine/nn/state_loading.h"

namespace vx::nn {

// reference_net.bin. Returns the report (unexpected keys, e.g. conv_norm_out.*, are allowed);
// throws vx::Error(Model) naming `file` on missing or mis-shaped keys.
KeyReport loadReferenceNet(ReferenceNet& net, const io::StateDict& state, const std::string& file);

// denoising_unet.bin, then motion_module.bin over it (its values win). Missing = model keys
// absent from both files; unexpected = file keys of either not in the model. Throws
// vx::Error(Model) naming the files on missing or mis-shaped keys.
KeyReport loadDenoisingUNet(DenoisingUNet& net, const io::StateDict& unetState,
                            const std::string& unetFile, const io::StateDict& motionState,
                            const std::string& motionFile);

}  // namespace vx::nn
