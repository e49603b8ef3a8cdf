#include "models/hub_source.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>

namespace vx::models {

namespace {

std::string environment(const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr ? std::string(value) : std::string();
}

std::string withoutTrailingSlashes(std::string url) {
    while (!url.empty() && url.back() == '/')
        url.pop_back();
    return url;
}

bool isUnreserved(unsigned char c) {
    return std::isalnum(c) != 0 || c == '-' || c == '_' || c == '.' || c == '~';
}

}  // namespace

// The revision is one path segment even when it holds a '/' (a branch such as "refs/pr/1").
static std::string revisionSegment(const std::string& revision) {
    std::string segment;
    for (const char ch : revision)
        segment += ch == '/' ? std::string("%2F") : encodePath(std::string(1, ch));
    return segment;
}

HubSource HubSource::fromEnvironment() {
    HubSource source;
    if (const std::string endpoint = environment("HF_ENDPOINT"); !endpoint.empty())
        source.endpoint = withoutTrailingSlashes(endpoint);
    source.token = environment("HF_TOKEN");
    return source;
}

std::string encodePath(const std::string& path) {
    std::string out;
    for (const char ch : path) {
        const auto c = static_cast<unsigned char>(ch);
        if (isUnreserved(c) || c == '/') {
            out += ch;
        } else {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", c);
            out += escaped;
        }
    }
    return out;
}

std::string HubSource::treeUrl() const {
    std::string url = withoutTrailingSlashes(endpoint) + "/api/models/" + encodePath(repo) +
                      "/tree/" + revisionSegment(revision);
    if (!folder.empty())
        url += "/" + encodePath(folder);
    return url + "?recursive=true";
}

std::string HubSource::resolveUrl(const std::string& pathInRepo) const {
    return withoutTrailingSlashes(endpoint) + "/" + encodePath(repo) + "/resolve/" +
           revisionSegment(revision) + "/" + encodePath(pathInRepo);
}

}  // namespace vx::models
