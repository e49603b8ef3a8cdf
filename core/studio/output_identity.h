// One spelling per output file, so that two jobs of a batch or of the render queue cannot
// write one file through ".", ".." or a linked folder. No other dependency, so the readers of
// job lists (and their fuzz targets) need nothing else for it.
#pragma once

#include <filesystem>
#include <string>

namespace vx::studio {

// `output` with "." and ".." and symbolic links resolved as far as the path exists.
std::string outputIdentity(const std::filesystem::path& output);

}  // namespace vx::studio
