// libFuzzer target: arbitrary bytes as a batch file (`vxstudio-cli batch jobs.json`,
// docs/render-farm.md). A batch file comes from anyone who writes one by hand or generates
// it, and a render farm reads it on every node, so it must end in a list of jobs or in a
// vx::Error. A list that reads must also keep what the whole-file check promises before any
// job runs: every job has its inputs and an output of its own, every path is absolute and names
// the file it spells, and every number is inside the parameter table's range.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>
#include <utility>

#include "fuzz_check.h"
#include "studio/batch_file.h"
#include "studio/parameters.h"

namespace {

const std::string kBatchPath = "/fuzz/batches/jobs.json";

[[noreturn]] void broken(const vx::studio::BatchJob& job, const std::string& what) {
    std::fprintf(stderr, "job %d of a batch that reads: %s\n", job.index, what.c_str());
    std::abort();
}

// A path the reader returns: empty (not given) or absolute, and without a NUL character,
// which the system would take as its end, so that the job would open or write another file.
void checkPath(const vx::studio::BatchJob& job, const char* key, const std::string& path) {
    if (path.empty())
        return;
    if (!std::filesystem::path(path).is_absolute())
        broken(job, std::string(key) + " is not absolute: " + path);
    if (path.find('\0') != std::string::npos)
        broken(job, std::string(key) + " holds a NUL character");
}

void checkBatch(const vx::studio::BatchFile& batch) {
    if (batch.jobs.empty()) {
        std::fprintf(stderr, "a batch without jobs was accepted\n");
        std::abort();
    }
    std::set<std::string> outputs;
    for (size_t i = 0; i < batch.jobs.size(); ++i) {
        const vx::studio::BatchJob& job = batch.jobs[i];
        const vx::studio::RenderSpec& spec = job.spec;
        if (job.index != int(i))
            broken(job, "its index is not its place in the list");
        if (spec.project.empty() && (spec.image.empty() || spec.audio.empty()))
            broken(job, "it has neither a project nor an image and a recording");
        if (spec.output.empty())
            broken(job, "it has no output");
        for (const auto& [key, path] :
             {std::pair<const char*, const std::string&>{"project", spec.project},
              {"image", spec.image},
              {"audio", spec.audio},
              {"drivingVideo", spec.drivingVideo},
              {"kps", spec.kps},
              {"output", spec.output},
              {"models", spec.models}})
            checkPath(job, key, path);
        // The reader compares outputs after resolving links; two equal spellings are the least
        // it must catch.
        if (!outputs.insert(std::filesystem::path(spec.output).lexically_normal().string()).second)
            broken(job, "its output is another job's: " + spec.output);
        for (const auto& [id, value] : spec.values)
            if (const std::string problem = vx::studio::parameterProblem(id, value);
                !problem.empty())
                broken(job, "a setting outside the table: " + problem);
        if (spec.blinkAt)
            for (double t : *spec.blinkAt)
                if (!(t >= 0.0 && t <= 86400.0))
                    broken(job, "a blink time outside 0 to 86400 s");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    vx::fuzz::expectOnlyVxErrors("batchFromJson",
                                 [&] { checkBatch(vx::studio::batchFromJson(text, kBatchPath)); });
    return 0;
}
