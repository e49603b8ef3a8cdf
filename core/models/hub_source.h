// Where the V-Express release comes from: a Hugging Face hub (or a mirror speaking its API), a
// repository, a revision and the folder inside it. The defaults and the environment variables
// are those the hub's own clients honour (HF_ENDPOINT, HF_TOKEN).
#pragma once

#include <string>

namespace vx::models {

struct HubSource {
    std::string endpoint = "https://huggingface.co";  // no trailing slash
    std::string token;                                // sent as "Authorization: Bearer"
    std::string repo = "tk93/V-Express";
    std::string revision = "main";
    std::string folder = "model_ckpts";  // the release folder inside the repository

    // The defaults with HF_ENDPOINT and HF_TOKEN applied when they are set and not empty.
    static HubSource fromEnvironment();

    // GET <endpoint>/api/models/<repo>/tree/<revision>/<folder>?recursive=true: the listing of
    // every file below the folder (paged; the next page is named by the Link header).
    std::string treeUrl() const;
    // <endpoint>/<repo>/resolve/<revision>/<path>: one file's content (LFS files answer with a
    // redirect to their storage).
    std::string resolveUrl(const std::string& pathInRepo) const;
};

// Percent-encodes each segment of a '/'-separated path, keeping the slashes.
std::string encodePath(const std::string& path);

}  // namespace vx::models
