#include "support/test_support.h"

#include <sys/wait.h>

#include <cstdlib>

#include <random>
#include <sstream>
#include "support/test_paths.h"

namespace vx::test {

namespace fs = std::filesystem;

fs::path fixturesDir() {
    if (const char* env = std::getenv("VX_FIXTURES_DIR"); env && *env)
        return fs::path(env);
    return fs::path(VX_FIXTURES_DEFAULT);
}

bool haveFixtures() {
    return fs::exists(fixturesDir() / "model_ckpts" / "v-express" / "denoising_unet.bin");
}

fs::path sourceDir() {
    return fs::path(VX_SOURCE_DIR);
}

std::string pythonExe() {
    if (const char* env = std::getenv("VX_TEST_PYTHON"); env && *env)
        return env;
    return VX_TEST_PYTHON;
}

namespace {
std::string shellQuote(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + "'";
}
}  // namespace

int runPython(const fs::path& script, const std::vector<std::string>& args) {
    std::string command = shellQuote(pythonExe()) + " " + shellQuote(script.string());
    for (const auto& a : args)
        command += " " + shellQuote(a);
    int status = std::system(command.c_str());
    if (status == -1)
        return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TempDir::TempDir() {
    std::random_device rd;
    std::ostringstream name;
    name << "vxstudio-test-" << std::hex << rd() << rd();
    m_path = fs::temp_directory_path() / name.str();
    fs::create_directories(m_path);
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(m_path, ec);
}

double maxAbsError(const torch::Tensor& actual, const torch::Tensor& expected) {
    auto a = actual.detach().to(torch::kCPU, torch::kDouble);
    auto e = expected.detach().to(torch::kCPU, torch::kDouble);
    if (a.numel() == 0)
        return 0.0;
    return (a - e).abs().max().item<double>();
}

::testing::AssertionResult tensorsClose(const torch::Tensor& actual, const torch::Tensor& expected,
                                        double tolerance) {
    if (actual.sizes() != expected.sizes()) {
        std::ostringstream msg;
        msg << "shape " << actual.sizes() << " differs from expected " << expected.sizes();
        return ::testing::AssertionFailure() << msg.str();
    }
    double err = maxAbsError(actual, expected);
    if (err <= tolerance)
        return ::testing::AssertionSuccess() << "max abs error " << err;
    return ::testing::AssertionFailure()
           << "max abs error " << err << " exceeds tolerance " << tolerance;
}

}  // namespace vx::test
