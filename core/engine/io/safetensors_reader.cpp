#include "engine/io/safetensors_reader.h"

#include <cstring>
#include <limits>
#include <vector>

#include "common/error.h"
#include "common/json.h"
#include "engine/io/mapped_file.h"

namespace vx::io {

namespace {

struct DtypeInfo {
    const char* name;
    torch::ScalarType type;
    size_t itemSize;
};

// Every dtype of the safetensors specification that LibTorch can represent.
constexpr DtypeInfo kDtypes[] = {
    {"BOOL", torch::kBool, 1},
    {"U8", torch::kByte, 1},
    {"I8", torch::kChar, 1},
    {"F8_E5M2", torch::kFloat8_e5m2, 1},
    {"F8_E4M3", torch::kFloat8_e4m3fn, 1},
    {"F8_E8M0", torch::kFloat8_e8m0fnu, 1},
    {"I16", torch::kShort, 2},
    {"U16", torch::kUInt16, 2},
    {"F16", torch::kHalf, 2},
    {"BF16", torch::kBFloat16, 2},
    {"I32", torch::kInt, 4},
    {"U32", torch::kUInt32, 4},
    {"F32", torch::kFloat, 4},
    {"C64", torch::kComplexFloat, 8},
    {"F64", torch::kDouble, 8},
    {"I64", torch::kLong, 8},
    {"U64", torch::kUInt64, 8},
};

const DtypeInfo* findDtype(const std::string& name) {
    for (const auto& d : kDtypes) {
        if (name == d.name)
            return &d;
    }
    return nullptr;
}

struct Entry {
    std::string name;
    const DtypeInfo* dtype;
    std::vector<int64_t> shape;
    uint64_t begin;
    uint64_t end;
};

// Safety limit: real headers are a few hundred kilobytes even for the largest models.
constexpr uint64_t kMaxHeaderBytes = 100ull * 1024 * 1024;

struct ParsedHeader {
    std::vector<Entry> entries;
    std::map<std::string, std::string> metadata;
    uint64_t dataOffset;
};

ParsedHeader parseHeader(const uint8_t* bytes, size_t size, const std::string& name) {
    if (size < 8)
        throwModelError(name, "truncated safetensors file (shorter than its 8-byte header length)");
    uint64_t headerLength = 0;
    for (int i = 7; i >= 0; --i)
        headerLength = (headerLength << 8) | bytes[i];
    if (headerLength > kMaxHeaderBytes)
        throwModelError(name, "not a safetensors file (header length " +
                                  std::to_string(headerLength) + " is implausible)");
    if (headerLength > size - 8)
        throwModelError(name, "truncated safetensors file (header of " +
                                  std::to_string(headerLength) + " bytes, file has " +
                                  std::to_string(size) + ")");
    std::string_view text(reinterpret_cast<const char*>(bytes + 8), headerLength);
    JsonValue header;
    try {
        header = parseJson(text);
    } catch (const std::exception& e) {
        throwModelError(name, std::string("safetensors header is not valid JSON: ") + e.what());
    }
    if (!header.isObject())
        throwModelError(name, "safetensors header is not a JSON object");

    ParsedHeader parsed;
    parsed.dataOffset = 8 + headerLength;
    const uint64_t dataSize = size - parsed.dataOffset;
    for (const auto& [key, value] : header.asObject()) {
        if (key == "__metadata__") {
            if (!value.isObject())
                throwModelError(name, "__metadata__ is not an object");
            for (const auto& [mk, mv] : value.asObject()) {
                if (!mv.isString())
                    throwModelError(name, "__metadata__ value '" + mk + "' is not a string");
                parsed.metadata[mk] = mv.asString();
            }
            continue;
        }
        // (C++17 lambdas cannot capture a structured binding, so name the key first.)
        const std::string& tensorName = key;
        auto bad = [&](const std::string& what) {
            throwModelError(name, "tensor '" + tensorName + "': " + what);
        };
        if (!value.isObject())
            bad("entry is not an object");
        const JsonValue* dtype = value.find("dtype");
        const JsonValue* shape = value.find("shape");
        const JsonValue* offsets = value.find("data_offsets");
        if (!dtype || !dtype->isString())
            bad("missing dtype");
        if (!shape || !shape->isArray())
            bad("missing shape");
        if (!offsets || !offsets->isArray() || offsets->asArray().size() != 2)
            bad("missing data_offsets");
        Entry entry;
        entry.name = key;
        entry.dtype = findDtype(dtype->asString());
        if (!entry.dtype)
            bad("unsupported dtype '" + dtype->asString() + "'");
        uint64_t numel = 1;
        for (const auto& dim : shape->asArray()) {
            if (!dim.isNumber() || dim.asDouble() < 0 || dim.asDouble() != dim.asDouble())
                bad("bad shape");
            int64_t d = 0;
            try {
                d = dim.asInt();
            } catch (const std::exception&) {
                bad("bad shape");
            }
            if (d < 0)
                bad("negative dimension in shape");
            if (d != 0 && numel > std::numeric_limits<uint64_t>::max() / uint64_t(d))
                bad("shape overflows");
            numel *= uint64_t(d);
            entry.shape.push_back(d);
        }
        for (const auto& off : offsets->asArray()) {
            try {
                if (off.asInt() < 0)
                    bad("negative data offset");
            } catch (const std::runtime_error&) {
                bad("data offset is not an integer");
            }
        }
        entry.begin = uint64_t(offsets->asArray()[0].asInt());
        entry.end = uint64_t(offsets->asArray()[1].asInt());
        if (entry.begin > entry.end || entry.end > dataSize)
            bad("byte range [" + std::to_string(entry.begin) + ", " + std::to_string(entry.end) +
                ") lies outside the " + std::to_string(dataSize) + " data bytes (truncated file?)");
        if (numel > std::numeric_limits<uint64_t>::max() / entry.dtype->itemSize ||
            numel * entry.dtype->itemSize != entry.end - entry.begin)
            bad("byte range does not match its shape and dtype");
        parsed.entries.push_back(std::move(entry));
    }
    return parsed;
}

}  // namespace

SafetensorsFile readSafetensors(const std::string& path) {
    auto file = MappedFile::open(path);
    ParsedHeader parsed = parseHeader(file->data(), file->size(), path);
    SafetensorsFile result;
    result.metadata = std::move(parsed.metadata);
    for (const Entry& e : parsed.entries) {
        uint8_t* data = file->mutableData() + parsed.dataOffset + e.begin;
        auto options = torch::TensorOptions().dtype(e.dtype->type);
        torch::Tensor tensor;
        if (reinterpret_cast<uintptr_t>(data) % e.dtype->itemSize == 0 && e.end > e.begin) {
            // Zero copy: the tensor keeps the mapping alive through the deleter.
            tensor = torch::from_blob(
                data, e.shape, [file](void*) {}, options);
        } else {
            tensor = torch::empty(e.shape, options);
            std::memcpy(tensor.data_ptr(), data, e.end - e.begin);
        }
        result.tensors.emplace(e.name, std::move(tensor));
    }
    return result;
}

SafetensorsFile parseSafetensors(const uint8_t* bytes, size_t size, const std::string& name) {
    ParsedHeader parsed = parseHeader(bytes, size, name);
    SafetensorsFile result;
    result.metadata = std::move(parsed.metadata);
    for (const Entry& e : parsed.entries) {
        torch::Tensor tensor = torch::empty(e.shape, torch::TensorOptions().dtype(e.dtype->type));
        if (e.end > e.begin)
            std::memcpy(tensor.data_ptr(), bytes + parsed.dataOffset + e.begin, e.end - e.begin);
        result.tensors.emplace(e.name, std::move(tensor));
    }
    return result;
}

}  // namespace vx::io
