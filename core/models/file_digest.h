// The hashes the hub publishes, computed over a file on disk: SHA-256 of the content (LFS
// files) and the git blob id, SHA-1 over "blob <size>\0" and the content (files kept in git).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

namespace vx::models {

// Called with the bytes hashed so far; returns false to stop (the digest then throws
// vx::Error(Cancelled)).
using DigestProgress = std::function<bool(uint64_t bytesDone)>;

// Lower-case hex digests; throw vx::Error(Io) naming the file when it cannot be read.
std::string sha256OfFile(const std::filesystem::path& file, const DigestProgress& progress = {});
std::string gitBlobSha1OfFile(const std::filesystem::path& file,
                              const DigestProgress& progress = {});

}  // namespace vx::models
