// Every field of a render request as JSON: what `vxstudio-cli render --dry-run` prints, what each
// render writes to the log, and what the tests compare to prove the studio and the CLI ask for
// the same render. One listing, so a field added to the request is added here once.
#pragma once

#include <string>

#include "studio/render_job.h"

namespace vx::studio {

// JSON with the inputs, output, model folder, portrait options, every performance, engine and
// output setting, the device and precision; on one line when `indent` < 0 (for the log).
std::string renderRequestToJson(const RenderJobRequest& request, int indent = 2);

}  // namespace vx::studio
