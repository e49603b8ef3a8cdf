#include "studio/output_identity.h"

#include <system_error>

namespace vx::studio {

std::string outputIdentity(const std::filesystem::path& output) {
    std::error_code ec;
    const std::filesystem::path canonical = std::filesystem::weakly_canonical(output, ec);
    return ec ? output.lexically_normal().string() : canonical.string();
}

}  // namespace vx::studio
