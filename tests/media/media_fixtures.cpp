#include "media_fixtures.h"

#include "support/test_support.h"

#include <array>
#include <cstdio>
#include <memory>
#include <stdexcept>

namespace vx::test {
namespace fs = std::filesystem;
namespace {

std::string quoted(const fs::path& path) {
    return "'" + path.string() + "'";
}

}  // namespace

const fs::path& generatedMedia() {
    static const std::unique_ptr<TempDir> dir = [] {
        auto made = std::make_unique<TempDir>();
        const std::string command =
            quoted(sourceDir() / "scripts" / "make-test-media.sh") + " " + quoted(made->path());
        if (std::system(command.c_str()) != 0)
            throw std::runtime_error(
                "scripts/make-test-media.sh failed (needs ffmpeg and espeak-ng)");
        return made;
    }();
    return dir->path();
}

const fs::path& generatedImages(bool huge) {
    static const std::unique_ptr<TempDir> dir = std::make_unique<TempDir>();
    static bool haveSmall = false;
    static bool haveHuge = false;
    if (!haveSmall || (huge && !haveHuge)) {
        std::vector<std::string> args = {dir->path().string()};
        if (huge)
            args.emplace_back("--huge");
        if (runPython(sourceDir() / "tests" / "python" / "media_make_test_images.py", args) != 0)
            throw std::runtime_error("tests/python/media_make_test_images.py failed");
        haveSmall = true;
        haveHuge = haveHuge || huge;
    }
    return dir->path();
}

std::string captureOutput(const std::string& command, int& status) {
    std::string output;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) {
        status = -1;
        return output;
    }
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        output.append(buffer.data(), n);
    const int raw = ::pclose(pipe);
    status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    return output;
}

::testing::AssertionResult throwsErrorNamingFile(const std::function<void()>& action,
                                                 ErrorKind kind, const fs::path& path) {
    try {
        action();
    } catch (const Error& e) {
        if (e.kind() != kind)
            return ::testing::AssertionFailure()
                   << "wrong error kind " << static_cast<int>(e.kind()) << ": " << e.what();
        if (e.file() != path.string())
            return ::testing::AssertionFailure() << "error names file '" << e.file()
                                                 << "', expected " << path << ": " << e.what();
        if (std::string(e.what()).find(path.filename().string()) == std::string::npos)
            return ::testing::AssertionFailure() << "message does not name the file: " << e.what();
        return ::testing::AssertionSuccess() << e.what();
    } catch (const std::exception& e) {
        return ::testing::AssertionFailure() << "threw a non-vx::Error: " << e.what();
    }
    return ::testing::AssertionFailure() << "no exception for " << path;
}

}  // namespace vx::test
