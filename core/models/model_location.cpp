#include "models/model_location.h"

#include <sys/statvfs.h>

#include <cstdlib>

#include "common/error.h"

namespace vx::models {

std::filesystem::path defaultModelFolder() {
    std::filesystem::path data;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && *xdg == '/')
        data = xdg;
    else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0')
        data = std::filesystem::path(home) / ".local" / "share";
    else
        data = std::filesystem::temp_directory_path();
    return data / "vxstudio" / "models" / "model_ckpts";
}

uint64_t freeDiskBytes(const std::filesystem::path& path) {
    std::filesystem::path existing = std::filesystem::absolute(path);
    std::error_code ec;
    while (!std::filesystem::exists(existing, ec) && existing.has_parent_path() &&
           existing.parent_path() != existing)
        existing = existing.parent_path();
    struct statvfs info {};
    if (statvfs(existing.c_str(), &info) != 0)
        throw Error(ErrorKind::Io, "the free space of its disk could not be read", path.string());
    return uint64_t(info.f_bavail) * uint64_t(info.f_frsize);
}

}  // namespace vx::models
