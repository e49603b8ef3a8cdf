// The two JSON texts vx_models reads: a page of the hub's file listing (untrusted: it comes
// from the network, or from whatever HF_ENDPOINT points at) and the download manifest left in
// a model folder. Kept apart from the HTTP code so that both parsers can be tested and fuzzed
// on bytes alone.
#pragma once

#include <string>
#include <vector>

#include "models/download_plan.h"

namespace vx::models {

// The files of one listing page `body` (fetched from `url`) that lie below `folder`. Throws
// vx::Error(Network) naming the URL when the body is not a listing, names an unsafe path or
// gives a file without a hash.
std::vector<PlannedFile> parseTreePage(const std::string& body, const std::string& url,
                                       const std::string& folder);

// Parses the manifest text read from `path`. Throws vx::Error(BadInput) naming the file when it
// is damaged.
DownloadPlan parseManifest(const std::string& text, const std::string& path);

}  // namespace vx::models
