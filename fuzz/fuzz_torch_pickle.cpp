// libFuzzer target: arbitrary bytes (1) as a whole torch.save archive and (2) as the data.pkl
// of an otherwise valid archive with four 64-byte storages "0".."3", so that mutations reach
// the pickle machine without first having to keep a ZIP directory intact (odd-sized inputs
// are wrapped in the zip64 layout).
#include <torch/types.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/io/torch_pickle_reader.h"
#include "fuzz_check.h"
#include "fuzz_tensor.h"
#include "zip_test_builder.h"

namespace {

void parseAll(const uint8_t* data, size_t size) {
    vx::fuzz::expectOnlyVxErrors("parseTorchCheckpoint", [&] {
        for (const auto& [key, tensor] : vx::io::parseTorchCheckpoint(data, size, "fuzz.pth"))
            vx::fuzz::touch(tensor);
    });
    vx::fuzz::expectOnlyVxErrors("parseNumpyArrayList", [&] {
        for (const auto& tensor : vx::io::parseNumpyArrayList(data, size, "fuzz.pth"))
            vx::fuzz::touch(tensor);
    });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    parseAll(data, size);
    if (size >= 2 && data[0] == 'P' && data[1] == 'K')
        return 0;  // an archive already; wrapping it as a pickle teaches nothing
    std::string storage(64, '\0');
    for (size_t i = 0; i < storage.size(); ++i)
        storage[i] = char(i * 37);
    // Odd-sized inputs go into a zip64 archive, so the zip64 records are read as well.
    vx::test::ZipOptions options;
    options.zip64 = (size & 1) != 0;
    const auto archive = vx::test::buildTorchZip(
        std::string(reinterpret_cast<const char*>(data), size),
        {{"0", storage}, {"1", storage}, {"2", storage.substr(0, 8)}, {"3", ""}}, options);
    parseAll(archive.data(), archive.size());
    return 0;
}
