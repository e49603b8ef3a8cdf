// libFuzzer target: arbitrary bytes as a safetensors file.
#include <torch/types.h>

#include <cstddef>
#include <cstdint>

#include "engine/io/safetensors_reader.h"
#include "fuzz_check.h"
#include "fuzz_tensor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    vx::fuzz::expectOnlyVxErrors("parseSafetensors", [&] {
        auto file = vx::io::parseSafetensors(data, size, "fuzz.safetensors");
        for (const auto& [key, tensor] : file.tensors)
            vx::fuzz::touch(tensor);
    });
    return 0;
}
