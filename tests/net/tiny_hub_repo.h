// The repository the local hub serves in the download tests: the tiny model
// (scripts/make-tiny-model.py over the fixtures) under model_ckpts/, made once per test run.
#pragma once

#include <filesystem>
#include <string>

namespace vx::test {

// The repository root (holding model_ckpts/), or empty when it could not be made; then
// tinyHubRepoError() says why.
const std::filesystem::path& tinyHubRepo();
const std::string& tinyHubRepoError();

// Repository paths the fault tests aim at: an LFS checkpoint (redirected) and a file kept in git.
inline const char* kBigCheckpoint = "model_ckpts/v-express/denoising_unet.bin";
inline const char* kSmallCheckpoint = "model_ckpts/v-express/motion_module.bin";
inline const char* kGitFile = "model_ckpts/sd-vae-ft-mse/config.json";

}  // namespace vx::test
