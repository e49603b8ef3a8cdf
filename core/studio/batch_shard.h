// Which jobs of a batch one process renders when several share it: shard K of N takes jobs K,
// K+N, K+2N... (numbered from 0), so N processes started with K = 0..N-1 render every job once,
// each on its own outputs. K/N comes from `--shard K/N`, else from the environment of a Slurm
// job array or a Kubernetes Indexed Job (docs/render-farm.md).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace vx::studio {

struct Shard {
    int index = 0;  // K, from 0
    int count = 1;  // N
    // Where K/N came from, for the log: "--shard 1/2", "SLURM_ARRAY_TASK_ID=1 ..."; empty when
    // the process renders every job.
    std::string source;
};

// "K/N" with 0 <= K < N. Throws vx::Error(BadInput) saying what is wrong.
Shard parseShard(const std::string& text);

// Looks up one environment variable (std::getenv in the program; a table in tests); null when
// unset.
using EnvironmentLookup = std::function<const char*(const char*)>;

// The shard of a Slurm array task (SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT, and
// SLURM_ARRAY_TASK_MIN and _STEP when set, so --array=1-4 or 0-6:2 work too), else of a
// Kubernetes Indexed Job's pod (JOB_COMPLETION_INDEX, with the shard count in VX_SHARD_COUNT:
// Kubernetes does not tell a pod the Job's completions). Empty when neither is set. Throws
// vx::Error(BadInput) naming the variable for a value that is not a whole number, an index
// outside the count, or a Kubernetes index without VX_SHARD_COUNT.
std::optional<Shard> shardFromEnvironment(const EnvironmentLookup& lookup);

// The indexes of the jobs shard `shard` takes out of `jobCount`, in order.
std::vector<int> jobsOfShard(int jobCount, const Shard& shard);

}  // namespace vx::studio
