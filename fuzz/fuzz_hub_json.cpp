// libFuzzer target: arbitrary bytes as the hub's answer to a listing request (it comes from the
// network, or from any server HF_ENDPOINT names) and as the download manifest of a model
// folder. Both parsers see every input: a listing is a JSON array, a manifest an object, and
// the mutations move between the two.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_check.h"
#include "models/hub_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    vx::fuzz::expectOnlyVxErrors("parseTreePage", [&] {
        (void)vx::models::parseTreePage(text, "https://hub.example/api/models/x/tree/main",
                                        "model_ckpts");
    });
    vx::fuzz::expectOnlyVxErrors("parseManifest", [&] {
        (void)vx::models::parseManifest(text, "/models/.vxstudio-models.json");
    });
    return 0;
}
