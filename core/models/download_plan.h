// The files of a release folder as the hub lists them: path, size and the hash that proves each
// one complete. LFS files (the checkpoints) carry the SHA-256 of their content; small files kept
// in git itself carry only their git blob id, the SHA-1 of "blob <size>\0<content>", so that is
// what they are checked against.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "models/curl_handles.h"
#include "models/hub_source.h"

namespace vx::models {

struct PlannedFile {
    std::string path;        // inside the model folder, '/'-separated ("v-express/x.bin")
    std::string pathInRepo;  // inside the repository ("model_ckpts/v-express/x.bin")
    uint64_t size = 0;
    std::string sha256;   // LFS files: hex SHA-256 of the content
    std::string gitSha1;  // other files: hex git blob id

    bool isLfs() const { return !sha256.empty(); }
    // "sha256:<hex>" or "git-sha1:<hex>", for messages and the manifest.
    std::string hashLabel() const;
};

struct DownloadPlan {
    HubSource source;  // the token is never stored
    std::vector<PlannedFile> files;

    uint64_t totalBytes() const;
};

// Lists the release folder on the hub (following every page of the listing). Throws
// vx::Error(Network) when the hub cannot be reached or refuses, naming the URL and the fix.
DownloadPlan fetchDownloadPlan(const HubSource& source, const NetworkTimeouts& timeouts);

// The manifest a download leaves in the model folder: the plan it followed, so that a later run
// resumes against the same hashes and `models verify` can check the folder without the network.
std::filesystem::path manifestPath(const std::filesystem::path& modelFolder);
void writeManifest(const std::filesystem::path& modelFolder, const DownloadPlan& plan);
// Throws vx::Error(BadInput) naming the file when it is absent or unreadable.
DownloadPlan readManifest(const std::filesystem::path& modelFolder);

}  // namespace vx::models
