// Shared helpers for the C++ tests: where the fixtures are, how to run the reference Python,
// temporary folders, and tensor comparisons that print the error they measured.
#pragma once

#include <gtest/gtest.h>
#include <torch/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace vx::test {

// The tiny V-Express fixture folder: $VX_FIXTURES_DIR, else ../shared/fixtures/vexpress-tiny
// beside the source tree.
std::filesystem::path fixturesDir();
bool haveFixtures();

// The repository root (for scripts/ and tests/python/).
std::filesystem::path sourceDir();

// The Python interpreter with torch, diffusers and transformers ($VX_TEST_PYTHON overrides).
std::string pythonExe();

// Runs `python script args...` and returns its exit code; output goes to the test log.
int runPython(const std::filesystem::path& script, const std::vector<std::string>& args);

// A fresh folder under the system temp dir, removed with everything in it at scope end.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

// Largest absolute difference between two tensors of the same shape (as float64 on the CPU).
double maxAbsError(const torch::Tensor& actual, const torch::Tensor& expected);

// gtest assertion: same shape and max abs error <= tolerance; the message gives the error.
::testing::AssertionResult tensorsClose(const torch::Tensor& actual, const torch::Tensor& expected,
                                        double tolerance);

}  // namespace vx::test

// Skips the current test, saying where the fixtures were looked for, when they are absent.
#define VX_REQUIRE_FIXTURES()                                                                    \
    do {                                                                                         \
        if (!::vx::test::haveFixtures())                                                         \
            GTEST_SKIP() << "tiny V-Express fixtures not found at " << ::vx::test::fixturesDir() \
                         << " (set VX_FIXTURES_DIR to them)";                                    \
    } while (0)
