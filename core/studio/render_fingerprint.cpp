#include "studio/render_fingerprint.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <vector>

#include "common/error.h"
#include "studio/render_request_json.h"

namespace vx::studio {

namespace {

namespace fs = std::filesystem;

uint64_t hashFileContent(const fs::path& path, uint64_t hash) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorKind::BadInput, "cannot be read", path.string());
    std::array<char, 1 << 16> buffer{};
    while (in) {
        in.read(buffer.data(), std::streamsize(buffer.size()));
        hash = fnv1a(std::string_view(buffer.data(), size_t(in.gcount())), hash);
    }
    return hash;
}

// Names, sizes and modification times: enough to see a replaced or updated model file.
uint64_t hashFolderListing(const fs::path& folder, uint64_t hash) {
    std::error_code error;
    if (!fs::is_directory(folder, error))
        return fnv1a("no model folder", hash);
    std::vector<std::string> entries;
    for (auto it = fs::recursive_directory_iterator(folder, error);
         !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        if (!it->is_regular_file(error))
            continue;
        const auto size = it->file_size(error);
        const auto time = it->last_write_time(error).time_since_epoch().count();
        entries.push_back(fs::relative(it->path(), folder, error).string() + '\n' +
                          std::to_string(size) + '\n' + std::to_string(time));
    }
    std::sort(entries.begin(), entries.end());
    for (const std::string& entry : entries)
        hash = fnv1a(entry + '\n', hash);
    return hash;
}

// A keyframed attention lane of the engine (not in the request JSON, which lists the
// user-facing settings): its name, length and the exact bytes of each weight. An empty lane adds
// nothing, so renders without keyframes keep the fingerprints they had before lanes existed.
uint64_t hashWeightLane(const char* name, const std::vector<double>& lane, uint64_t hash) {
    if (lane.empty())
        return hash;
    hash = fnv1a(std::string(name) + '\n' + std::to_string(lane.size()) + '\n', hash);
    for (const double weight : lane) {
        std::array<char, sizeof weight> bytes{};
        std::memcpy(bytes.data(), &weight, sizeof weight);
        hash = fnv1a(std::string_view(bytes.data(), bytes.size()), hash);
    }
    return hash;
}

}  // namespace

uint64_t fnv1a(std::string_view bytes, uint64_t hash) {
    for (const char c : bytes) {
        hash ^= uint64_t(static_cast<unsigned char>(c));
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

std::string renderFingerprint(const RenderJobRequest& request) {
    uint64_t hash = fnv1a(renderRequestToJson(request, -1));
    hash = fnv1a(std::string("VX Studio ") + VX_VERSION, hash);
    hash = hashWeightLane("referenceAttentionWeightPerFrame",
                          request.engine.referenceAttentionWeightPerFrame, hash);
    hash = hashWeightLane("audioAttentionWeightPerFrame",
                          request.engine.audioAttentionWeightPerFrame, hash);
    for (const auto& input :
         {std::optional<fs::path>(request.image), std::optional<fs::path>(request.audio),
          request.drivingKps, request.drivingVideo})
        if (input)
            hash = hashFileContent(*input, hash);
    hash = hashFolderListing(request.models, hash);
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    return hex;
}

}  // namespace vx::studio
