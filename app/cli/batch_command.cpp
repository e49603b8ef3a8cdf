// `vxstudio-cli batch jobs.json`: every job of a batch file (or of one shard of it), one after
// the other, each through the same request path as `render`; finished jobs are skipped, so a
// batch is rerun until it is complete; a table of the outcomes at the end.
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <sstream>

#include "app/cli/batch_summary.h"
#include "app/cli/cli_command.h"
#include "app/cli/render_settings_options.h"
#include "app/cli/terminal_progress.h"
#include "common/error.h"
#include "common/log.h"
#include "models/model_location.h"
#include "studio/batch_claim.h"
#include "studio/batch_file.h"
#include "studio/batch_shard.h"
#include "studio/render_state.h"
#include "studio/render_request_json.h"

namespace vx::cli {

namespace {

namespace fs = std::filesystem;

struct BatchArgs {
    std::string file, shard, models;
    bool force = false;
    bool dryRun = false;
    RenderSettingsOptions settings;
};

// An interrupted render leaves its resume state beside the output (studio/render_state.h); an
// output with one beside it is not finished, even when a file of that name exists.
bool hasResumeState(const fs::path& output) {
    std::error_code error;
    return fs::exists(studio::renderStateFolder(output), error);
}

studio::Shard chosenShard(const BatchArgs& args) {
    if (!args.shard.empty())
        return studio::parseShard(args.shard);
    return studio::shardFromEnvironment([](const char* name) { return std::getenv(name); })
        .value_or(studio::Shard{});
}

// The job's spec with what the command line adds: its model folder when the job names none
// (or --models when given), and every render setting given on the command line.
studio::RenderSpec specOf(const studio::BatchJob& job, const BatchArgs& args) {
    studio::RenderSpec spec = job.spec;
    if (!args.models.empty())
        spec.models = args.models;
    else if (spec.models.empty())
        spec.models = models::defaultModelFolder().string();
    args.settings.applyTo(spec);
    return spec;
}

std::string jobLabel(const studio::BatchJob& job) {
    return "job " + std::to_string(job.index) + " (" + job.spec.output + ")";
}

void say(const std::string& line) {
    vx::log::info("batch", line);
    std::cerr << line << '\n';
}

// Renders one job unless it is finished or running elsewhere; never throws for the job's own
// failure, which goes into the report.
JobReport runJob(const studio::BatchJob& job, const BatchArgs& args) {
    JobReport report;
    report.index = job.index;
    report.output = job.spec.output;
    const auto start = std::chrono::steady_clock::now();
    try {
        const studio::RenderSpec spec = specOf(job, args);
        const studio::OutputClaim claim =
            studio::claimOutput(spec.output, args.force, hasResumeState);
        if (claim.outcome != studio::ClaimOutcome::Claimed) {
            report.result = claim.outcome == studio::ClaimOutcome::AlreadyDone
                                ? JobResult::AlreadyDone
                                : JobResult::RunningElsewhere;
            say(jobLabel(job) + ": " + resultText(report));
            return report;
        }
        say(jobLabel(job) + ": rendering");
        studio::RenderJobRequest request = studio::requestOf(spec);
        // An interrupted render of this output continues where it stopped; --force starts over.
        request.resume = args.force ? studio::ResumePolicy::Restart : studio::ResumePolicy::Resume;
        runInTerminal([&](const studio::JobCallbacks& callbacks) {
            studio::renderVideo(request, callbacks);
        });
        report.result = JobResult::Done;
    } catch (const Error& e) {
        const bool stopped = e.kind() == ErrorKind::Cancelled && InterruptGuard::cancelRequested();
        report.result = stopped ? JobResult::Cancelled : JobResult::Failed;
        report.exitCode = exitCodeFor(e.kind());
        report.message = e.what();
    } catch (const std::exception& e) {
        report.result = JobResult::Failed;
        report.exitCode = kExitInternal;
        report.message = std::string("internal error: ") + e.what();
    }
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    say(jobLabel(job) + ": " + resultText(report));
    return report;
}

int runBatch(const BatchArgs& args) {
    const studio::BatchFile batch = studio::readBatchFile(args.file);
    const studio::Shard shard = chosenShard(args);
    // A bad device or preset name on the command line concerns every job: refuse it at once.
    studio::RenderSpec probe;
    args.settings.applyTo(probe);

    const std::vector<int> mine = studio::jobsOfShard(int(batch.jobs.size()), shard);
    std::ostringstream head;
    head << "batch " << args.file << ": " << batch.jobs.size() << " jobs";
    if (!shard.source.empty())
        head << "; shard " << shard.index << "/" << shard.count << " (" << shard.source
             << ") takes " << mine.size();
    say(head.str());

    if (args.dryRun) {
        for (const int i : mine)
            std::cout << "job " << i << ": "
                      << studio::renderRequestToJson(studio::requestOf(specOf(batch.jobs[i], args)))
                      << '\n';
        return kExitOk;
    }

    // One guard for the whole batch: Ctrl-C during a job cancels it (cleaned up as `render`
    // does) and stops the batch; between two jobs it stops the batch before the next.
    InterruptGuard interrupt;
    std::vector<JobReport> reports;
    for (const int i : mine) {
        if (InterruptGuard::cancelRequested()) {
            JobReport skipped;
            skipped.index = i;
            skipped.output = batch.jobs[i].spec.output;
            reports.push_back(skipped);
            continue;
        }
        reports.push_back(runJob(batch.jobs[i], args));
    }
    const std::string summary = formatSummary(reports);
    vx::log::info("batch", "summary\n" + summary);
    std::cout << summary;
    return InterruptGuard::cancelRequested() ? InterruptGuard::cancelledExitCode()
                                             : batchExitCode(reports);
}

}  // namespace

void addBatchCommand(CLI::App& app, CommandRunner& runner) {
    auto args = std::make_shared<BatchArgs>();
    CLI::App* cmd = app.add_subcommand(
        "batch",
        "Render every job of a batch file (or one shard of it, on a render farm); rerun it until "
        "it is complete");
    cmd->footer(
        "The batch file is JSON: {\"defaults\": {...}, \"jobs\": [...]}, or just the list of "
        "jobs. A job is a project file (\"talk.vxproj\", rendered to talk.mp4 beside it) or an "
        "object of keys: \"project\" or \"image\" and \"audio\", \"output\", \"models\", "
        "\"device\", \"dtype\", \"drivingVideo\", \"kps\", \"retarget\", \"motionPreset\", "
        "\"blinkAt\", \"pasteBack\", \"noCrop\" and the settings of project files (\"steps\", "
        "\"guidanceScale\", \"seed\", \"resolutionPx\", \"crf\", ...). Paths are relative to the "
        "batch file. Jobs are numbered from 0. The render options above, when given, override "
        "every job's.\n\n"
        "Each job locks <output>.lock while it runs; a finished output is skipped (unless "
        "--force). Exit code 0 when every job is done or already done, else the first failed "
        "job's code, or 6 when some jobs were running elsewhere. Without --shard, a Slurm job "
        "array (SLURM_ARRAY_TASK_ID/COUNT) or a Kubernetes Indexed Job (JOB_COMPLETION_INDEX "
        "and VX_SHARD_COUNT) picks the shard. The format, the farm scripts and the rules in "
        "full: docs/render-farm.md.");
    cmd->add_option("file", args->file, "The batch file (JSON)")->required();
    cmd->add_option("--shard", args->shard,
                    "K/N: render only jobs K, K+N, K+2N... (K from 0), one of N processes "
                    "sharing the batch (default: from Slurm or Kubernetes, else every job)");
    cmd->add_flag("--force", args->force, "Render finished jobs again (starting afresh)");
    cmd->add_option("--models", args->models,
                    "V-Express model folder for every job (default: the job's \"models\", else "
                    "where `models download` puts it)");
    cmd->add_flag("--dry-run", args->dryRun,
                  "Print the render of each job of the shard (every setting, as JSON) and stop");
    args->settings.addTo(*cmd, "the job's");
    cmd->callback([&runner, args] { runner = [args] { return runBatch(*args); }; });
}

}  // namespace vx::cli
