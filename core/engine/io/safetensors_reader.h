// Reader for the safetensors format: an 8-byte little-endian header length, a JSON header that
// maps each tensor name to its dtype, shape and byte range, then the raw little-endian data.
// The file is memory-mapped; the returned tensors share the mapping.
#pragma once

#include <map>
#include <string>

#include "engine/io/state_dict.h"

namespace vx::io {

struct SafetensorsFile {
    StateDict tensors;
    std::map<std::string, std::string> metadata;  // the optional "__metadata__" entry
};

// Reads a safetensors file. Throws vx::Error(Model) naming the file and what is wrong
// (truncated, header too large, bad JSON, unknown dtype, bad shape or byte range).
SafetensorsFile readSafetensors(const std::string& path);

// Parses an in-memory safetensors image; `name` is used in error messages. The tensors copy
// their data out of `bytes`. This is the entry point the fuzzer uses.
SafetensorsFile parseSafetensors(const uint8_t* bytes, size_t size, const std::string& name);

}  // namespace vx::io
