// libFuzzer target: arbitrary bytes as a keyframes file (studio/keyframes_file.h), which users
// write by hand for `--keyframes`. Keyframes that read must write and read back to the same
// keyframes, and every lane must hold what the edit operations promise (sorted, one key per
// time, values in range), since the per-frame evaluation relies on it.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "fuzz_check.h"
#include "studio/keyframes_file.h"
#include "studio/styles.h"

namespace {

const std::string kKeyframesPath = "/fuzz/keyframes/timeline.json";

void requireWellFormed(const vx::studio::Keyframes& keyframes) {
    for (const vx::studio::KeyframeLaneSpec& spec : vx::studio::keyframeLaneSpecs()) {
        const auto& keys = keyframes.lane(spec.lane);
        for (std::size_t i = 0; i < keys.size(); ++i) {
            const bool sorted = i == 0 || keys[i - 1].timeSec < keys[i].timeSec;
            if (!sorted || !vx::studio::keyProblem(spec.lane, keys[i]).empty()) {
                std::fprintf(stderr, "lane %s key %zu was read but is not well formed\n", spec.key,
                             i);
                std::abort();
            }
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    vx::studio::Keyframes keyframes;
    bool read = false;
    // Only the built-in styles: the fuzzer must not read the user's style folder.
    vx::fuzz::expectOnlyVxErrors("keyframesFromJson", [&] {
        keyframes =
            vx::studio::keyframesFromJson(text, kKeyframesPath, vx::studio::builtInStyleNamed);
        read = true;
    });
    if (!read)
        return 0;
    requireWellFormed(keyframes);
    const std::string saved = vx::studio::keyframesToJson(keyframes);
    try {
        if (vx::studio::keyframesFromJson(saved, kKeyframesPath, vx::studio::builtInStyleNamed) !=
            keyframes) {
            std::fprintf(stderr, "keyframes read from the input read back differently:\n%s\n",
                         saved.c_str());
            std::abort();
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "keyframes read from the input cannot be read back: %s\n%s\n",
                     e.what(), saved.c_str());
        std::abort();
    }
    return 0;
}
