// libFuzzer target: arbitrary bytes as the studio's render queue file (render-queue.json). A
// queue that reads must also write and read back to the same text: the studio saves the queue
// after every change, and a saved queue it cannot read again would lose the user's jobs.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "fuzz_check.h"
#include "studio/render_queue.h"

namespace {

const std::string kQueuePath = "/fuzz/state/render-queue.json";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    vx::studio::RenderQueue queue;
    bool read = false;
    vx::fuzz::expectOnlyVxErrors("renderQueueFromJson", [&] {
        queue = vx::studio::renderQueueFromJson(text, kQueuePath);
        read = true;
    });
    if (!read)
        return 0;
    std::string saved;
    vx::fuzz::expectOnlyVxErrors("renderQueueToJson",
                                 [&] { saved = vx::studio::renderQueueToJson(queue); });
    try {
        const std::string again =
            vx::studio::renderQueueToJson(vx::studio::renderQueueFromJson(saved, kQueuePath));
        if (again != saved) {
            std::fprintf(stderr, "a saved queue reads back differently:\n%s\n%s\n", saved.c_str(),
                         again.c_str());
            std::abort();
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "a queue read from the input cannot be read back: %s\n%s\n", e.what(),
                     saved.c_str());
        std::abort();
    }
    return 0;
}
