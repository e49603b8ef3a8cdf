#include "studio/render_speed_cache.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <iterator>
#include <limits>
#include <optional>
#include <tuple>

#include "common/atomic_file.h"

namespace vx::studio {

namespace {

using Json = nlohmann::json;

// A field of one entry, when present with the right type and a sensible value.
std::optional<std::string> text(const Json& entry, const char* key) {
    const auto it = entry.find(key);
    if (it == entry.end() || !it->is_string())
        return std::nullopt;
    return it->get<std::string>();
}

std::optional<int64_t> count(const Json& entry, const char* key, int64_t high) {
    const auto it = entry.find(key);
    if (it == entry.end() || !it->is_number_integer())
        return std::nullopt;
    const int64_t v =
        it->is_number_unsigned() && it->get<uint64_t>() > uint64_t(high) ? -1 : it->get<int64_t>();
    if (v < 0 || v > high)
        return std::nullopt;
    return v;
}

// Seconds: finite, not negative, below a year (a larger one is no measurement of a render).
std::optional<double> seconds(const Json& entry, const char* key) {
    const auto it = entry.find(key);
    if (it == entry.end() || !it->is_number())
        return std::nullopt;
    const double v = it->get<double>();
    if (!std::isfinite(v) || v < 0.0 || v > 365.0 * 86400.0)
        return std::nullopt;
    return v;
}

std::optional<SpeedMeasurement> measurementFrom(const Json& entry) {
    if (!entry.is_object())
        return std::nullopt;
    constexpr int64_t kMaxInt = std::numeric_limits<int>::max();
    constexpr int64_t kMaxBytes = int64_t(1) << 50;
    const auto device = text(entry, "device");
    const auto side = count(entry, "side", 16384);
    const auto modelBytes = count(entry, "modelBytes", kMaxBytes);
    const auto perStep = seconds(entry, "secondsPerWindowStep");
    const auto perFrame = seconds(entry, "secondsPerFrame");
    const auto fixed = seconds(entry, "fixedSeconds");
    if (!device || (*device != "cpu" && *device != "cuda") || !side || *side == 0 || !modelBytes ||
        !perStep || !perFrame || !fixed)
        return std::nullopt;
    SpeedMeasurement m;
    m.device = *device;
    m.side = int(*side);
    m.modelBytes = *modelBytes;
    m.secondsPerWindowStep = *perStep;
    m.secondsPerFrame = *perFrame;
    m.fixedSeconds = *fixed;
    // What only refines an estimate may be missing.
    m.runtime = text(entry, "runtime").value_or(std::string());
    m.when = text(entry, "when").value_or(std::string());
    m.frames = int(count(entry, "frames", kMaxInt).value_or(0));
    m.peakRssBytes = count(entry, "peakRssBytes", kMaxBytes).value_or(0);
    m.peakVramBytes = count(entry, "peakVramBytes", kMaxBytes).value_or(0);
    return m;
}

auto fields(const SpeedMeasurement& m) {
    return std::tie(m.device, m.side, m.modelBytes, m.runtime, m.secondsPerWindowStep,
                    m.secondsPerFrame, m.fixedSeconds, m.frames, m.peakRssBytes, m.peakVramBytes,
                    m.when);
}

}  // namespace

bool operator==(const SpeedMeasurement& a, const SpeedMeasurement& b) {
    return fields(a) == fields(b);
}

std::vector<SpeedMeasurement> speedMeasurementsFromJson(const std::string& text) {
    std::vector<SpeedMeasurement> measurements;
    const Json root = Json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded() || !root.is_object())
        return measurements;
    const auto list = root.find("measurements");
    if (list == root.end() || !list->is_array())
        return measurements;
    for (const Json& entry : *list)
        if (auto m = measurementFrom(entry))
            measurements.push_back(std::move(*m));
    return measurements;
}

std::string speedMeasurementsToJson(const std::vector<SpeedMeasurement>& measurements) {
    Json list = Json::array();
    for (const SpeedMeasurement& m : measurements)
        list.push_back({
            {"device", m.device},
            {"side", m.side},
            {"modelBytes", m.modelBytes},
            {"runtime", m.runtime},
            {"secondsPerWindowStep", m.secondsPerWindowStep},
            {"secondsPerFrame", m.secondsPerFrame},
            {"fixedSeconds", m.fixedSeconds},
            {"frames", m.frames},
            {"peakRssBytes", m.peakRssBytes},
            {"peakVramBytes", m.peakVramBytes},
            {"when", m.when},
        });
    // Strings the user's system handed in (a runtime name) are written even when they are not
    // valid UTF-8, rather than failing the write.
    return Json{{"measurements", std::move(list)}}.dump(2, ' ', false,
                                                        Json::error_handler_t::replace);
}

std::vector<SpeedMeasurement> readSpeedCache(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return {};
    return speedMeasurementsFromJson(
        std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()));
}

void writeSpeedCache(const std::filesystem::path& file,
                     const std::vector<SpeedMeasurement>& measurements) {
    writeFileAtomically(file, speedMeasurementsToJson(measurements));
}

}  // namespace vx::studio
