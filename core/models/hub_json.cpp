#include "models/hub_json.h"

#include <nlohmann/json.hpp>

#include <optional>

#include "common/error.h"

namespace vx::models {
namespace {

// A path inside the model folder that cannot leave it.
bool isSafeRelativePath(const std::string& path) {
    return !path.empty() && path.front() != '/' && path.find("..") == std::string::npos;
}

// A byte count, or nothing when `key` holds something else: nlohmann's get<uint64_t>() would
// turn -1 into 2^64-1 and 1.5 into 1 without complaint.
std::optional<uint64_t> byteCount(const nlohmann::json& object, const char* key,
                                  uint64_t fallback) {
    const auto it = object.find(key);
    if (it == object.end())
        return fallback;
    if (!it->is_number_unsigned())
        return std::nullopt;
    return it->get<uint64_t>();
}

[[noreturn]] void notAListing(const std::string& url, const std::string& what) {
    throw Error(ErrorKind::Network, url + " did not answer with a file listing (" + what +
                                        "). Is the endpoint a Hugging Face hub or a mirror of "
                                        "its API?");
}

}  // namespace

std::vector<PlannedFile> parseTreePage(const std::string& body, const std::string& url,
                                       const std::string& folder) {
    std::vector<PlannedFile> files;
    // Every typed read below (value(), get()) throws nlohmann's type_error when the server
    // sends another type than the hub does (found by fuzz_hub_json: "path" as an object); the
    // whole page is then refused like invalid JSON.
    try {
        const nlohmann::json page = nlohmann::json::parse(body);
        if (!page.is_array())
            throw Error(ErrorKind::Network, url + " did not answer with a list of files.");
        const std::string prefix = folder.empty() ? std::string() : folder + "/";
        for (const nlohmann::json& entry : page) {
            if (!entry.is_object())
                notAListing(url, "an entry is not an object");
            if (entry.value("type", "") != "file")
                continue;
            PlannedFile file;
            file.pathInRepo = entry.value("path", "");
            if (file.pathInRepo.rfind(prefix, 0) != 0 || file.pathInRepo.size() == prefix.size())
                continue;
            file.path = file.pathInRepo.substr(prefix.size());
            if (!isSafeRelativePath(file.path))
                throw Error(ErrorKind::Network,
                            "the listing names an unsafe path: " + file.pathInRepo);
            std::optional<uint64_t> size = byteCount(entry, "size", 0);
            if (const auto lfs = entry.find("lfs"); lfs != entry.end() && lfs->is_object()) {
                file.sha256 = lfs->value("oid", "");
                if (size)
                    size = byteCount(*lfs, "size", *size);
            } else {
                file.gitSha1 = entry.value("oid", "");
            }
            if (!size)
                notAListing(url, "the size of " + file.pathInRepo + " is not a byte count");
            file.size = *size;
            if (file.sha256.empty() && file.gitSha1.empty())
                throw Error(ErrorKind::Network,
                            "the listing gives no hash for " + file.pathInRepo +
                                ", so it could not be verified after download.");
            files.push_back(std::move(file));
        }
    } catch (const nlohmann::json::exception& e) {
        notAListing(url, e.what());
    }
    return files;
}

DownloadPlan parseManifest(const std::string& text, const std::string& path) {
    DownloadPlan plan;
    try {
        const nlohmann::json manifest = nlohmann::json::parse(text);
        plan.source.endpoint = manifest.at("endpoint").get<std::string>();
        plan.source.repo = manifest.at("repo").get<std::string>();
        plan.source.revision = manifest.at("revision").get<std::string>();
        plan.source.folder = manifest.at("folder").get<std::string>();
        for (const nlohmann::json& entry : manifest.at("files")) {
            PlannedFile f;
            f.path = entry.at("path").get<std::string>();
            f.pathInRepo = entry.at("path_in_repo").get<std::string>();
            const std::optional<uint64_t> size = byteCount(entry, "size", 0);
            if (!entry.contains("size") || !size)
                throw Error(ErrorKind::BadInput,
                            "is damaged (the size of " + f.path +
                                " is not a byte count); delete it and run `vxstudio-cli models "
                                "download` again",
                            path);
            f.size = *size;
            f.sha256 = entry.value("sha256", "");
            f.gitSha1 = entry.value("git_sha1", "");
            // The same rule as for the listing: `models verify` reads <folder>/<path>.
            if (!isSafeRelativePath(f.path))
                throw Error(ErrorKind::BadInput,
                            "names an unsafe path (" + f.path +
                                "); delete it and run `vxstudio-cli models download` again",
                            path);
            plan.files.push_back(std::move(f));
        }
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorKind::BadInput,
                    std::string("is damaged (") + e.what() +
                        "); delete it and run `vxstudio-cli models download` again",
                    path);
    }
    return plan;
}

}  // namespace vx::models
