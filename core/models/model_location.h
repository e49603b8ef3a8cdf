// Where the model folder lives unless the user says otherwise: one place shared by the studio
// and the command line, in the XDG data directory.
#pragma once

#include <filesystem>

namespace vx::models {

// $XDG_DATA_HOME/vxstudio/models/model_ckpts, else ~/.local/share/vxstudio/models/model_ckpts.
std::filesystem::path defaultModelFolder();

// Free bytes for an unprivileged writer on the file system that holds `path` (or, when `path`
// does not exist yet, its nearest existing parent). Throws vx::Error(Io) when none can be asked.
uint64_t freeDiskBytes(const std::filesystem::path& path);

}  // namespace vx::models
