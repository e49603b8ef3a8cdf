// Crash-safe replacement of a small file (projects, settings, resume state): the new content is
// written to a temporary file in the same folder, flushed to the disk, and renamed over the
// target, so a crash, a kill or a full disk leaves either the old file or the new one, never a
// mix.
#pragma once

#include <filesystem>
#include <string_view>

namespace vx {

// Throws vx::Error(Io) naming `target` when the folder cannot be written or the disk is full;
// the temporary file is removed and the previous content of `target` is untouched.
void writeFileAtomically(const std::filesystem::path& target, std::string_view content);

}  // namespace vx
