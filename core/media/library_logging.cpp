#include "media/library_logging.h"

extern "C" {
#include <libavutil/log.h>
}

namespace vx::media {

void setLibraryLogLevel(LibraryLogLevel level) {
    switch (level) {
        case LibraryLogLevel::Quiet:
            av_log_set_level(AV_LOG_QUIET);
            break;
        case LibraryLogLevel::Errors:
            av_log_set_level(AV_LOG_ERROR);
            break;
        case LibraryLogLevel::Verbose:
            av_log_set_level(AV_LOG_INFO);
            break;
    }
}

}  // namespace vx::media
