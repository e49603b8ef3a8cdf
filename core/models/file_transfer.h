// One HTTP attempt at one file: GET its resolve URL, asking with a Range header for what its
// ".part" file lacks, and append what arrives. The caller decides what to do with the outcome
// (retry, start over, give up).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

#include "models/curl_handles.h"
#include "models/download_plan.h"

namespace vx::models {

struct TransferOutcome {
    enum class Kind {
        Complete,  // the server sent the rest of the file
        Retry,     // the connection dropped, stalled or the server was busy: try again
        Restart,   // the partial file cannot be continued: delete it and start over
        Failed,    // the server refuses this file (missing, forbidden, changed): give up
    };
    Kind kind = Kind::Failed;
    std::string reason;     // for Retry, Restart and Failed
    uint64_t newBytes = 0;  // appended by this attempt
};

// Transfers into `part`. `onBytes` gets the file's bytes on disk so far and those this attempt
// added, and returns false to cancel, which throws vx::Error(Cancelled) (the part stays). A failed
// write throws vx::Error(Io) naming the part.
TransferOutcome transferOnce(const HubSource& source, const NetworkTimeouts& timeouts,
                             const PlannedFile& file, const std::filesystem::path& part,
                             const std::function<bool(uint64_t, uint64_t)>& onBytes);

}  // namespace vx::models
