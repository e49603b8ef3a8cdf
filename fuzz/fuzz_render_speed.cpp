// libFuzzer target: arbitrary bytes as the render speed cache (render-speed.json). Reading the
// cache never fails (a damaged cache only costs the estimate), so any exception is a finding;
// what it reads must write and read back to the same measurements.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>

#include "studio/render_speed_cache.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const auto measurements = vx::studio::speedMeasurementsFromJson(text);
        const std::string saved = vx::studio::speedMeasurementsToJson(measurements);
        if (vx::studio::speedMeasurementsFromJson(saved) != measurements) {
            std::fprintf(stderr, "a saved cache reads back differently:\n%s\n", saved.c_str());
            std::abort();
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "reading the speed cache threw: %s\n", e.what());
        std::abort();
    }
    return 0;
}
