// The checks an output file name passes before a job does any work, so that a job never
// overwrites the user's own files and never fails at its very end for a name it could have
// refused at once.
#pragma once

#include <filesystem>
#include <vector>

namespace vx::studio {

// Throws vx::Error naming `output` when it is empty, has an extension no supported container
// has (the message lists those that are; BadInput), is a folder or lies in a folder that does
// not exist (Io, as media::Mp4Writer reports them), or is one of `inputs` under any spelling:
// "..", ".", symbolic or hard links (BadInput). Inputs that are empty or do not exist are skipped
// (they cannot be the output).
void requireUsableOutput(const std::filesystem::path& output,
                         const std::vector<std::filesystem::path>& inputs);

}  // namespace vx::studio
