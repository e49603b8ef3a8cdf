// The bridge from the parsed model configuration files (engine/config) to the module
// architectures the UNets and the VAE are built from.
#pragma once

#include "engine/config/hyperparameters.h"
#include "engine/config/unet_config.h"
#include "engine/config/vae_config.h"
#include "engine/nn/autoencoder_kl.h"
#include "engine/nn/unet_architecture.h"

namespace vx::nn {

// The V-Express inference_v2.yaml motion-module settings (spec §4.1), enabled.
MotionArchitecture vexpressMotionModules();

// The motion modules that unet_additional_kwargs describes. Throws vx::Error(Model) for
// settings the engine does not implement (cross-frame or temporal spatial attention, another
// module type, more than one temporal block, other attention block types, no positions,
// non-inflated GroupNorm).
MotionArchitecture motionArchitecture(const engine::UNetAdditionalConfig& additional);

// ReferenceNet: unetArchitecture(config). Denoising UNet: unetArchitecture(config,
// vexpressMotionModules()). Throws vx::Error(Model) for values the engine cannot build.
UNetArchitecture unetArchitecture(const engine::UNetConfig& config,
                                  const MotionArchitecture& motion = {});

VaeArchitecture vaeArchitecture(const engine::VaeConfig& config);

}  // namespace vx::nn
