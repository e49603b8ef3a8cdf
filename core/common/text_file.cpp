#include "common/text_file.h"

#include <fstream>
#include <iterator>
#include <system_error>

#include "common/error.h"

namespace vx {

std::string readSmallTextFile(const std::filesystem::path& path, std::uintmax_t maxBytes,
                              std::string_view notRegularHint) {
    const auto refuse = [&](const std::string& what) {
        throw Error(ErrorKind::BadInput, what, path.string());
    };
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        refuse(std::filesystem::exists(path, ec)
                   ? "this is not a regular file" + std::string(notRegularHint)
                   : std::string("the file does not exist"));
    if (std::filesystem::file_size(path, ec) > maxBytes && !ec)
        refuse("the file is larger than " + std::to_string(maxBytes / 1024) +
               " KiB; this is not such a file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        refuse("the file cannot be opened; check its permissions");
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace vx
