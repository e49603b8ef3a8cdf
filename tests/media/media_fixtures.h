// Test media for the vx_media tests, generated on first use in each test process (never
// committed): audio and video by scripts/make-test-media.sh, images by
// tests/python/media_make_test_images.py. Each folder is removed when the process exits.
#pragma once

#include "common/error.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <string>

namespace vx::test {

const std::filesystem::path& generatedMedia();
// With huge, also the 8000x8000 JPEG and PNG (a few seconds to make).
const std::filesystem::path& generatedImages(bool huge = false);

// Runs a shell command and returns its standard output; status receives the exit code.
std::string captureOutput(const std::string& command, int& status);

// Asserts that `action` throws vx::Error of `kind` whose file() is `path` and whose message
// names the file's name.
::testing::AssertionResult throwsErrorNamingFile(const std::function<void()>& action,
                                                 ErrorKind kind, const std::filesystem::path& path);

}  // namespace vx::test
