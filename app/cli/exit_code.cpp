#include "app/cli/cli_command.h"
#include "app/cli/terminal_progress.h"

namespace vx::cli {

int exitCodeFor(ErrorKind kind) {
    switch (kind) {
        case ErrorKind::BadInput:
            return kExitBadInput;
        case ErrorKind::Model:
            return kExitModel;
        case ErrorKind::Cancelled:
            return InterruptGuard::cancelledExitCode();
        case ErrorKind::Io:
            return kExitIo;
        case ErrorKind::Network:
            return kExitNetwork;
        case ErrorKind::Internal:
            return kExitInternal;
    }
    return kExitInternal;
}

}  // namespace vx::cli
