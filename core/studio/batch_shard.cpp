#include "studio/batch_shard.h"

#include <charconv>
#include <cstring>

#include "common/error.h"

namespace vx::studio {

namespace {

// A whole number written alone (no sign, space or suffix), or empty.
std::optional<long long> wholeNumber(const std::string& text) {
    long long value = 0;
    const char* end = text.data() + text.size();
    const auto [stop, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || stop != end || value < 0)
        return std::nullopt;
    return value;
}

[[noreturn]] void refuse(const std::string& what) {
    throw Error(ErrorKind::BadInput, what);
}

// The value of a variable that must hold a whole number; `fallback` when unset.
std::optional<long long> variable(const EnvironmentLookup& lookup, const char* name,
                                  std::optional<long long> fallback = std::nullopt) {
    const char* text = lookup(name);
    if (!text)
        return fallback;
    const auto value = wholeNumber(text);
    if (!value)
        refuse(std::string(name) + "='" + text + "' is not a whole number");
    return value;
}

Shard checked(long long index, long long count, std::string source) {
    if (count < 1 || count > 1000000)
        refuse(source + ": the shard count must be between 1 and 1000000");
    if (index >= count)
        refuse(source + ": shard " + std::to_string(index) + " does not exist; with " +
               std::to_string(count) + " shards they are numbered 0 to " +
               std::to_string(count - 1));
    return Shard{int(index), int(count), std::move(source)};
}

}  // namespace

Shard parseShard(const std::string& text) {
    const auto slash = text.find('/');
    const auto index = wholeNumber(text.substr(0, slash));
    const auto count =
        slash == std::string::npos ? std::nullopt : wholeNumber(text.substr(slash + 1));
    if (!index || !count)
        refuse("--shard '" + text + "': give K/N, shard K (from 0) of N, e.g. 0/4");
    return checked(*index, *count, "--shard " + text);
}

std::optional<Shard> shardFromEnvironment(const EnvironmentLookup& lookup) {
    if (lookup("SLURM_ARRAY_TASK_ID")) {
        const long long id = *variable(lookup, "SLURM_ARRAY_TASK_ID");
        const auto count = variable(lookup, "SLURM_ARRAY_TASK_COUNT");
        if (!count)
            refuse("SLURM_ARRAY_TASK_ID is set but not SLURM_ARRAY_TASK_COUNT; give --shard K/N");
        const long long first = *variable(lookup, "SLURM_ARRAY_TASK_MIN", 0);
        const long long step = *variable(lookup, "SLURM_ARRAY_TASK_STEP", 1);
        const std::string source = "SLURM_ARRAY_TASK_ID=" + std::to_string(id) +
                                   " of SLURM_ARRAY_TASK_COUNT=" + std::to_string(*count);
        // Task ids first, first+step, ...: the shard is the task's place in the array.
        if (id < first || step < 1 || (id - first) % step != 0)
            refuse(source +
                   ": the array's task ids are not evenly spaced; submit it with "
                   "--array=0-" +
                   std::to_string(*count - 1));
        return checked((id - first) / step, *count, source);
    }
    if (lookup("JOB_COMPLETION_INDEX")) {
        const long long index = *variable(lookup, "JOB_COMPLETION_INDEX");
        const auto count = variable(lookup, "VX_SHARD_COUNT");
        if (!count)
            refuse(
                "JOB_COMPLETION_INDEX is set (a Kubernetes Indexed Job) but not "
                "VX_SHARD_COUNT; set it to the Job's completions, or give --shard K/N");
        return checked(index, *count,
                       "JOB_COMPLETION_INDEX=" + std::to_string(index) +
                           " of VX_SHARD_COUNT=" + std::to_string(*count));
    }
    return std::nullopt;
}

std::vector<int> jobsOfShard(int jobCount, const Shard& shard) {
    std::vector<int> jobs;
    for (int i = shard.index; i < jobCount; i += shard.count)
        jobs.push_back(i);
    return jobs;
}

}  // namespace vx::studio
