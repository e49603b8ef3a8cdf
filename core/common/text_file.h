// Reading the whole of a small text file the user names: a project, a batch file, the render
// queue, a style. One place for the refusals, so every reader says the same thing.
#pragma once

#include <cstdint>
#include <filesystem>
#include <limits>
#include <string>
#include <string_view>

namespace vx {

// Only a regular file is opened: a folder fails at once and a named pipe could block. Throws
// vx::Error(BadInput) naming `path` when it does not exist, is not a regular file (the message
// ends with `notRegularHint`, e.g. "; choose a .vxproj file"), cannot be opened, or holds more
// than `maxBytes`.
std::string readSmallTextFile(const std::filesystem::path& path,
                              std::uintmax_t maxBytes = std::numeric_limits<std::uintmax_t>::max(),
                              std::string_view notRegularHint = {});

}  // namespace vx
