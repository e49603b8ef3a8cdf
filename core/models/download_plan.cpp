#include "models/download_plan.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/error.h"
#include "models/http_response.h"
#include "models/hub_json.h"

namespace vx::models {

namespace {

constexpr const char* kManifestName = ".vxstudio-models.json";

std::string hostMessage(const HubSource& source) {
    return "Check the network connection and the hub address (HF_ENDPOINT or --endpoint, now " +
           source.endpoint + ").";
}

// One page of the listing; returns the URL of the next page or empty.
std::string fetchTreePage(const std::string& url, const HubSource& source,
                          const NetworkTimeouts& timeouts, std::vector<PlannedFile>& files) {
    CurlHeaders headers;
    CurlEasy request = openRequest(url, source, timeouts, headers);
    ResponseChain chain;
    std::string body;
    watchHeaders(request.get(), chain);
    keepBody(request.get(), body);
    const CURLcode result = curl_easy_perform(request.get());
    if (result != CURLE_OK)
        throw Error(ErrorKind::Network, std::string("the model listing could not be fetched (") +
                                            curl_easy_strerror(result) + ") from " + url + ". " +
                                            hostMessage(source));
    const long status = chain.last().status;
    if (status == 401 || status == 403 || status == 404) {
        throw Error(ErrorKind::Network,
                    "the hub answered HTTP " + std::to_string(status) + " for the listing of " +
                        source.repo + " at revision " + source.revision + " (" + url +
                        "). Check the repository and revision; a private or gated repository "
                        "needs a token in HF_TOKEN.");
    }
    if (status != 200)
        throw Error(ErrorKind::Network, "the hub answered HTTP " + std::to_string(status) +
                                            " for " + url + ". " + hostMessage(source));
    for (PlannedFile& file : parseTreePage(body, url, source.folder))
        files.push_back(std::move(file));
    return nextLink(chain.last().value("link"));
}

}  // namespace

std::string PlannedFile::hashLabel() const {
    return isLfs() ? "sha256:" + sha256 : "git-sha1:" + gitSha1;
}

uint64_t DownloadPlan::totalBytes() const {
    uint64_t total = 0;
    for (const PlannedFile& f : files)
        total += f.size;
    return total;
}

DownloadPlan fetchDownloadPlan(const HubSource& source, const NetworkTimeouts& timeouts) {
    DownloadPlan plan;
    plan.source = source;
    plan.source.token.clear();
    std::string url = source.treeUrl();
    // A listing that names itself as its next page would loop forever.
    for (int page = 0; !url.empty(); ++page) {
        if (page > 10000)
            throw Error(ErrorKind::Network, "the hub's listing never ends: " + url);
        url = fetchTreePage(url, source, timeouts, plan.files);
    }
    if (plan.files.empty())
        throw Error(ErrorKind::Network, "the hub lists no files under " + source.folder + "/ in " +
                                            source.repo + " at revision " + source.revision +
                                            ". Check --repo, --revision and the endpoint.");
    return plan;
}

std::filesystem::path manifestPath(const std::filesystem::path& modelFolder) {
    return modelFolder / kManifestName;
}

void writeManifest(const std::filesystem::path& modelFolder, const DownloadPlan& plan) {
    nlohmann::json files = nlohmann::json::array();
    for (const PlannedFile& f : plan.files) {
        nlohmann::json entry = {{"path", f.path}, {"path_in_repo", f.pathInRepo}, {"size", f.size}};
        if (f.isLfs())
            entry["sha256"] = f.sha256;
        else
            entry["git_sha1"] = f.gitSha1;
        files.push_back(std::move(entry));
    }
    const nlohmann::json manifest = {{"endpoint", plan.source.endpoint},
                                     {"repo", plan.source.repo},
                                     {"revision", plan.source.revision},
                                     {"folder", plan.source.folder},
                                     {"files", files}};
    const std::filesystem::path path = manifestPath(modelFolder);
    const std::filesystem::path temporary = path.string() + ".tmp";
    {
        std::ofstream out(temporary, std::ios::trunc);
        out << manifest.dump(2) << '\n';
        out.close();
        if (!out)
            throw Error(ErrorKind::Io, "could not be written (disk full or read-only?)",
                        temporary.string());
    }
    std::error_code ec;
    std::filesystem::rename(temporary, path, ec);
    if (ec)
        throw Error(ErrorKind::Io, "could not be replaced: " + ec.message(), path.string());
}

DownloadPlan readManifest(const std::filesystem::path& modelFolder) {
    const std::filesystem::path path = manifestPath(modelFolder);
    std::ifstream in(path);
    if (!in)
        throw Error(ErrorKind::BadInput,
                    "no download manifest here; this folder was not made by `vxstudio-cli models "
                    "download` (use --hub to check it against the hub instead)",
                    path.string());
    std::stringstream text;
    text << in.rdbuf();
    return parseManifest(text.str(), path.string());
}

}  // namespace vx::models
