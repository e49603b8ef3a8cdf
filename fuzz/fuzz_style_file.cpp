// libFuzzer target: arbitrary bytes as a style file (studio/style_file.h), the file users swap
// and import. A style that reads must write and read back to the same style: exporting what was
// imported must not make a file that the next import refuses or reads differently.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "fuzz_check.h"
#include "studio/style_file.h"

namespace {

const std::string kStylePath = "/fuzz/styles/style.json";

bool same(const vx::studio::Style& a, const vx::studio::Style& b) {
    return a.name == b.name && a.description == b.description && a.headPreset == b.headPreset &&
           a.values == b.values;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    vx::studio::Style style;
    bool read = false;
    vx::fuzz::expectOnlyVxErrors("styleFromJson", [&] {
        style = vx::studio::styleFromJson(text, kStylePath);
        read = true;
    });
    if (!read)
        return 0;
    const std::string saved = vx::studio::styleToJson(style);
    try {
        if (!same(vx::studio::styleFromJson(saved, kStylePath), style)) {
            std::fprintf(stderr, "a style read from the input reads back differently:\n%s\n",
                         saved.c_str());
            std::abort();
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "a style read from the input cannot be read back: %s\n%s\n", e.what(),
                     saved.c_str());
        std::abort();
    }
    return 0;
}
