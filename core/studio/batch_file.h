// A batch file (`vxstudio-cli batch jobs.json`; the format is documented in
// docs/render-farm.md): a list of renders, each either a project file or a set of inputs and
// settings, with its output. Each job becomes a RenderSpec, the same description a `render`
// command line gives, so a job renders exactly what that command would. The one reader of the
// format; no Qt.
#pragma once

#include <string>
#include <vector>

#include "studio/render_spec.h"

namespace vx::studio {

inline constexpr int kBatchFormatVersion = 1;

struct BatchJob {
    int index = 0;  // its place in "jobs", from 0: how messages, shards and the summary name it
    // Paths made absolute against the batch file's folder. `models` is empty when neither the
    // job nor the defaults name one (the front end's default folder is meant).
    RenderSpec spec;
};

struct BatchFile {
    std::string path;
    std::vector<BatchJob> jobs;
};

// Parses the JSON text of the batch file at `batchPath`. Throws vx::Error(BadInput) naming the
// file, and the job (by index) and key where one is at fault: invalid JSON, an unknown key, a
// value of the wrong type or out of the parameter table's range, an unknown device, precision,
// preset or retarget name, a path holding a NUL, a job without inputs or output, two jobs
// writing the same output.
// Inputs are not opened here: a missing one fails its own job when it runs.
BatchFile batchFromJson(const std::string& json, const std::string& batchPath);

// Reads and parses. Throws vx::Error(BadInput) naming the file.
BatchFile readBatchFile(const std::string& batchPath);

}  // namespace vx::studio
