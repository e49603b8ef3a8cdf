#include "studio/output_path.h"

#include <system_error>

#include "common/error.h"
#include "media/mp4_writer.h"

namespace vx::studio {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void refuse(const fs::path& output, const std::string& what,
                         ErrorKind kind = ErrorKind::BadInput) {
    throw Error(kind, what, output.string());
}

// Whether two names lead to the same file: fs::equivalent compares the device and inode, so
// every spelling of a path, symbolic links and hard links all count as the same file.
bool sameFile(const fs::path& a, const fs::path& b) {
    std::error_code ec;
    if (b.empty() || !fs::exists(a, ec) || !fs::exists(b, ec))
        return false;
    const bool same = fs::equivalent(a, b, ec);
    return same && !ec;
}

}  // namespace

void requireUsableOutput(const fs::path& output, const std::vector<fs::path>& inputs) {
    if (output.empty())
        throw Error(ErrorKind::BadInput,
                    "no output file was given; name the video to write, e.g. --out video.mp4");
    std::error_code ec;
    if (fs::is_directory(output, ec))
        refuse(output,
               "this is a folder; name a file inside it, e.g. " + (output / "video.mp4").string(),
               ErrorKind::Io);
    const fs::path folder = output.parent_path().empty() ? fs::path(".") : output.parent_path();
    if (!fs::is_directory(folder, ec))
        refuse(
            output,
            "the folder " + folder.string() + " does not exist; create it or choose another place",
            ErrorKind::Io);
    if (!media::containerForOutput(output))
        refuse(output, "the extension '" + output.extension().string() +
                           "' names no container VX Studio writes; use one of " +
                           media::supportedOutputExtensions());
    for (const fs::path& input : inputs)
        if (sameFile(output, input))
            refuse(output, "this is also an input of the job (" + input.string() +
                               "); writing the video there would destroy it, choose another "
                               "output name");
}

}  // namespace vx::studio
