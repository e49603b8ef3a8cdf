// The render speed cache ($XDG_STATE_HOME/vxstudio/render-speed.json): what finished renders
// measured, per device, frame size and model, for the pre-flight's estimates
// (studio/preflight.h). The file is only a cache: reading never fails, and an entry of the
// wrong shape (edited by hand, damaged) is left out rather than trusted.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace vx::studio {

struct SpeedMeasurement {
    std::string device;      // "cpu" or "cuda"
    int side = 0;            // frame side in pixels, > 0
    int64_t modelBytes = 0;  // the model folder's size: which model was measured
    std::string runtime;     // e.g. "cpu, float32"
    double secondsPerWindowStep = 0.0;
    double secondsPerFrame = 0.0;
    double fixedSeconds = 0.0;
    int frames = 0;
    int64_t peakRssBytes = 0;
    int64_t peakVramBytes = 0;
    std::string when;  // the date, YYYY-MM-DD
};

bool operator==(const SpeedMeasurement& a, const SpeedMeasurement& b);
inline bool operator!=(const SpeedMeasurement& a, const SpeedMeasurement& b) {
    return !(a == b);
}

// The well-formed measurements of a cache text, in file order; nothing for text that is not a
// cache. Never throws.
std::vector<SpeedMeasurement> speedMeasurementsFromJson(const std::string& text);
std::string speedMeasurementsToJson(const std::vector<SpeedMeasurement>& measurements);

// Reads the cache file (nothing when it is missing or unreadable). Never throws.
std::vector<SpeedMeasurement> readSpeedCache(const std::filesystem::path& file);
// Crash-safe. Throws vx::Error(Io) naming the file.
void writeSpeedCache(const std::filesystem::path& file,
                     const std::vector<SpeedMeasurement>& measurements);

}  // namespace vx::studio
