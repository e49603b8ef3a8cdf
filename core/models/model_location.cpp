#include "models/model_location.h"

#include <sys/statvfs.h>

#include "common/data_folder.h"
#include "common/error.h"

namespace vx::models {

std::filesystem::path defaultModelFolder() {
    return userDataFolder() / "models" / "model_ckpts";
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
