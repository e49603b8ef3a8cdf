// The user's VX Studio data folder in the XDG data directory: the one place that reads
// $XDG_DATA_HOME, so the downloaded models and the user's styles always sit side by side.
#pragma once

#include <filesystem>

namespace vx {

// $XDG_DATA_HOME/vxstudio when XDG_DATA_HOME is an absolute path (the XDG rule: a relative one is
// ignored), else ~/.local/share/vxstudio, else <temp>/vxstudio when there is no home either.
std::filesystem::path userDataFolder();

}  // namespace vx
