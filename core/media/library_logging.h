// How much FFmpeg's own libraries print to stderr. Command-line and desktop front ends keep it to
// errors; our messages say what went wrong in the user's terms.
#pragma once

namespace vx::media {

enum class LibraryLogLevel { Quiet, Errors, Verbose };

void setLibraryLogLevel(LibraryLogLevel level);

}  // namespace vx::media
