#include "studio/job_callbacks.h"

#include "common/error.h"

namespace vx::studio {

void JobCallbacks::checkAbort() const {
    if (shouldAbort && shouldAbort())
        throw Error(ErrorKind::Cancelled, "cancelled");
}

}  // namespace vx::studio
