// The media decoders, the image loader and the config readers take a path, as the application
// calls them, so their targets write each input to a file first. The file lives in a folder of
// its own per process, in /dev/shm when there is one (no disk writes at thousands of inputs a
// second), and is removed when the process exits.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace vx::fuzz {

// Writes the bytes to <folder>/<name> (replacing the last input of that name) and returns the
// path. The name has no extension on purpose: FFmpeg and OpenCV must recognise the content.
std::string writeInputFile(const std::uint8_t* data, std::size_t size, const std::string& name);

// The per-process folder, created on first use.
std::string inputFolder();

}  // namespace vx::fuzz
