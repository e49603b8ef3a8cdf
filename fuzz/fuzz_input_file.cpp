#include "fuzz_input_file.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace vx::fuzz {
namespace {

namespace fs = std::filesystem;

fs::path makeFolder() {
    std::error_code ec;
    const fs::path base =
        fs::is_directory("/dev/shm", ec) ? fs::path("/dev/shm") : fs::temp_directory_path();
    const fs::path folder = base / ("vx-fuzz-" + std::to_string(::getpid()));
    fs::create_directories(folder);
    return folder;
}

const fs::path& folder() {
    static const fs::path path = [] {
        fs::path made = makeFolder();
        // Removed at exit; a crash leaves it behind, which is what a crash should leave.
        std::atexit([] {
            std::error_code ec;
            fs::remove_all(folder(), ec);
        });
        return made;
    }();
    return path;
}

}  // namespace

std::string inputFolder() {
    return folder().string();
}

std::string writeInputFile(const std::uint8_t* data, std::size_t size, const std::string& name) {
    const fs::path path = folder() / name;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    out.close();
    if (!out) {
        std::fprintf(stderr, "cannot write the fuzz input %s\n", path.c_str());
        std::abort();
    }
    return path.string();
}

}  // namespace vx::fuzz
