// `vxstudio-cli models download [--dir DIR]` fetches the V-Express release folder from the
// Hugging Face hub (or a mirror) with resume and verification; `vxstudio-cli models verify DIR`
// re-checks a folder's files against their sizes and hashes.
#include <iostream>
#include <memory>

#include "app/cli/cli_command.h"
#include "app/cli/download_progress_line.h"
#include "app/cli/terminal_progress.h"
#include "common/error.h"
#include "models/download_plan.h"
#include "models/model_downloader.h"
#include "models/model_location.h"
#include "models/model_verifier.h"

namespace vx::cli {

namespace {

struct HubArgs {
    std::string endpoint, repo, revision;
    int timeoutSeconds = 30;

    models::HubSource source() const {
        models::HubSource s = models::HubSource::fromEnvironment();
        if (!endpoint.empty())
            s.endpoint = endpoint;
        if (!repo.empty())
            s.repo = repo;
        if (!revision.empty())
            s.revision = revision;
        return s;
    }
    models::NetworkTimeouts timeouts() const {
        models::NetworkTimeouts t;
        t.stall = std::chrono::seconds(timeoutSeconds);
        t.connect = std::chrono::seconds(timeoutSeconds);
        return t;
    }
};

struct DownloadArgs {
    HubArgs hub;
    std::string folder;
    int retries = 3;
};

struct VerifyArgs {
    HubArgs hub;
    std::string folder;
    bool againstHub = false;
};

void addHubOptions(CLI::App* cmd, HubArgs& hub) {
    cmd->add_option("--endpoint", hub.endpoint,
                    "Hub address (default: $HF_ENDPOINT, else https://huggingface.co)");
    cmd->add_option("--repo", hub.repo, "Repository on the hub (default: tk93/V-Express)");
    cmd->add_option("--revision", hub.revision, "Branch, tag or commit (default: main)");
    cmd->add_option("--timeout", hub.timeoutSeconds,
                    "Seconds without data before a connection counts as dropped (default: 30)")
        ->check(CLI::Range(1, 3600));
}

models::DownloadCallbacks callbacksFor(DownloadProgressLine& line) {
    models::DownloadCallbacks callbacks;
    callbacks.progress = [&line](const models::DownloadProgress& p) { line.update(p); };
    callbacks.message = [&line](const std::string& text) { line.note(text); };
    callbacks.cancelRequested = [] { return InterruptGuard::cancelRequested(); };
    return callbacks;
}

int runDownload(const DownloadArgs& args) {
    const std::filesystem::path folder =
        args.folder.empty() ? models::defaultModelFolder() : std::filesystem::path(args.folder);
    const models::HubSource source = args.hub.source();
    std::cout << "Listing " << source.repo << " (" << source.revision << ", " << source.folder
              << "/) at " << source.endpoint << '\n';
    const models::DownloadPlan plan = models::fetchDownloadPlan(source, args.hub.timeouts());
    std::cout << plan.files.size() << " files, " << humanBytes(double(plan.totalBytes()))
              << "; into " << folder.string() << '\n';
    models::DownloadOptions options;
    options.timeouts = args.hub.timeouts();
    options.retries = args.retries;
    InterruptGuard interrupt;
    DownloadProgressLine line;
    const models::DownloadReport report = [&] {
        try {
            return models::downloadModels(plan, source, folder, options, callbacksFor(line));
        } catch (...) {
            line.finish();
            throw;
        }
    }();
    line.finish();
    std::cout << "Fetched " << report.fetched << " files ("
              << humanBytes(double(report.bytesTransferred)) << "), " << report.alreadyPresent
              << " already present and intact.\n";
    if (!report.ok()) {
        for (const models::FileFailure& f : report.failures)
            std::cerr << "error: " << (folder / f.path).string() << ": " << f.reason << '\n';
        std::cerr << "error: " << report.failures.size()
                  << " file(s) could not be downloaded; run the same command again to retry "
                     "them (finished files are kept).\n";
        return kExitNetwork;
    }
    std::cout << "Every file verified (size and hash). Model folder: " << folder.string() << '\n'
              << "Licence: the V-Express weights are for non-commercial research use only.\n";
    return kExitOk;
}

int runVerify(const VerifyArgs& args) {
    const std::filesystem::path folder =
        args.folder.empty() ? models::defaultModelFolder() : std::filesystem::path(args.folder);
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec))
        throw Error(ErrorKind::BadInput,
                    "is not a folder; give the model folder (see `vxstudio-cli models download`)",
                    folder.string());
    const models::DownloadPlan plan =
        args.againstHub ? models::fetchDownloadPlan(args.hub.source(), args.hub.timeouts())
                        : models::readManifest(folder);
    std::cout << "Checking " << plan.files.size() << " files in " << folder.string() << " against "
              << (args.againstHub ? "the hub's listing" : "the download manifest") << " ("
              << plan.source.repo << ", " << plan.source.revision << ")\n";
    InterruptGuard interrupt;
    DownloadProgressLine line;
    models::VerifyReport report;
    try {
        report = models::verifyModelFolder(folder, plan, callbacksFor(line));
    } catch (...) {
        line.finish();
        throw;
    }
    line.finish();
    for (const models::VerifyIssue& issue : report.issues)
        std::cout << "  [FAIL] " << (folder / issue.path).string() << ": " << issue.problem << '\n';
    if (!report.ok()) {
        std::cout << "Result: " << report.issues.size() << " of " << report.checked
                  << " files do not match; run `vxstudio-cli models download --dir "
                  << folder.string() << "` to fetch them again.\n";
        return kExitModel;
    }
    std::cout << "Result: all " << report.checked << " files match their size and hash.\n";
    return kExitOk;
}

}  // namespace

void addModelsCommand(CLI::App& app, CommandRunner& runner) {
    CLI::App* models = app.add_subcommand(
        "models", "Download the V-Express model folder from the Hugging Face hub, or verify one");
    models->require_subcommand(1);
    models->footer(
        "Exit codes: 0 ok, 2 bad input, 3 folder does not match (verify), 4 disk full or not "
        "writable (checked before downloading), 5 network failure (server unreachable, file "
        "missing on the hub, data damaged twice), 130 cancelled (Ctrl-C; the next download "
        "continues where it stopped). Proxies: http_proxy, https_proxy, no_proxy; CA bundle: "
        "SSL_CERT_FILE or CURL_CA_BUNDLE; token: HF_TOKEN.");

    auto download = std::make_shared<DownloadArgs>();
    CLI::App* dl = models->add_subcommand(
        "download", "Fetch tk93/V-Express model_ckpts/ with progress, resume and verification");
    dl->add_option("--dir", download->folder,
                   "Model folder to fill (default: " + models::defaultModelFolder().string() + ")");
    dl->add_option("--retries", download->retries,
                   "Attempts in a row without new data before a file is given up (default: 3)")
        ->check(CLI::Range(0, 100));
    addHubOptions(dl, download->hub);
    dl->callback([&runner, download] { runner = [download] { return runDownload(*download); }; });

    auto verify = std::make_shared<VerifyArgs>();
    CLI::App* vf = models->add_subcommand(
        "verify", "Check every file of a downloaded model folder against its size and hash");
    vf->add_option("DIR", verify->folder,
                   "Model folder (default: " + models::defaultModelFolder().string() + ")");
    vf->add_flag("--hub", verify->againstHub,
                 "Compare with the hub's current listing instead of the download manifest");
    addHubOptions(vf, verify->hub);
    vf->callback([&runner, verify] { runner = [verify] { return runVerify(*verify); }; });
}

}  // namespace vx::cli
