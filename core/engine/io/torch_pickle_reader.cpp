#include "engine/io/torch_pickle_reader.h"

#include <c10/core/ScalarType.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <map>
#include <memory>

#include "common/error.h"
#include "engine/io/mapped_file.h"
#include "engine/io/pickle_machine.h"
#include "engine/io/zip_archive.h"

namespace vx::io {

namespace {

using pickle::Kind;
using pickle::Machine;
using pickle::Value;

// What an allowed global or a host-made object is (Value::tag).
enum Tag : int {
    kNoTag = 0,
    kOrderedDict,
    kRebuildTensorV2,
    kRebuildTensorV3,
    kRebuildParameter,
    kRebuildParameterWithState,
    kStorageType,     // torch.FloatStorage etc.; Value::dtype is its dtype
    kUntypedStorage,  // torch.storage.UntypedStorage (bytes; used by _rebuild_tensor_v3)
    kTorchDtype,      // torch.float16 etc.; Value::dtype
    kNumpyReconstruct,
    kNumpyNdarray,
    kNumpyDtype,
    kCodecsEncode,
    kBuiltinBytes,
    // Objects built by the host.
    kTensor,            // Value::tensor
    kStorage,           // Value::tensor is the flat storage
    kNumpyArray,        // Value::tensor, undefined until BUILD
    kNumpyDtypeObject,  // Value::text is the type code ("f4"), Value::integer the byte order
};

struct NamedType {
    const char* name;
    torch::ScalarType type;
};

// Every storage class torch.save writes for a typed storage.
constexpr NamedType kStorageTypes[] = {
    {"DoubleStorage", torch::kDouble},
    {"FloatStorage", torch::kFloat},
    {"HalfStorage", torch::kHalf},
    {"BFloat16Storage", torch::kBFloat16},
    {"LongStorage", torch::kLong},
    {"IntStorage", torch::kInt},
    {"ShortStorage", torch::kShort},
    {"CharStorage", torch::kChar},
    {"ByteStorage", torch::kByte},
    {"BoolStorage", torch::kBool},
    {"ComplexFloatStorage", torch::kComplexFloat},
    {"ComplexDoubleStorage", torch::kComplexDouble},
};

// torch.<dtype> objects, which _rebuild_tensor_v3 receives for dtypes without a storage class.
constexpr NamedType kTorchDtypes[] = {
    {"float64", torch::kDouble},
    {"float32", torch::kFloat},
    {"float16", torch::kHalf},
    {"bfloat16", torch::kBFloat16},
    {"int64", torch::kLong},
    {"int32", torch::kInt},
    {"int16", torch::kShort},
    {"int8", torch::kChar},
    {"uint8", torch::kByte},
    {"bool", torch::kBool},
    {"complex64", torch::kComplexFloat},
    {"complex128", torch::kComplexDouble},
    {"uint16", torch::kUInt16},
    {"uint32", torch::kUInt32},
    {"uint64", torch::kUInt64},
    {"float8_e4m3fn", torch::kFloat8_e4m3fn},
    {"float8_e5m2", torch::kFloat8_e5m2},
};

// numpy type codes (without byte order).
constexpr NamedType kNumpyTypes[] = {
    {"f2", torch::kHalf},         {"f4", torch::kFloat},          {"f8", torch::kDouble},
    {"i1", torch::kChar},         {"i2", torch::kShort},          {"i4", torch::kInt},
    {"i8", torch::kLong},         {"u1", torch::kByte},           {"u2", torch::kUInt16},
    {"u4", torch::kUInt32},       {"u8", torch::kUInt64},         {"b1", torch::kBool},
    {"c8", torch::kComplexFloat}, {"c16", torch::kComplexDouble},
};

template <size_t N>
const NamedType* lookup(const NamedType (&table)[N], const std::string& name) {
    for (const auto& entry : table) {
        if (name == entry.name)
            return &entry;
    }
    return nullptr;
}

struct AllowedGlobal {
    const char* module;
    const char* name;
    Tag tag;
};

constexpr AllowedGlobal kAllowedGlobals[] = {
    {"collections", "OrderedDict", kOrderedDict},
    {"torch._utils", "_rebuild_tensor_v2", kRebuildTensorV2},
    {"torch._utils", "_rebuild_tensor_v3", kRebuildTensorV3},
    {"torch._utils", "_rebuild_parameter", kRebuildParameter},
    {"torch._utils", "_rebuild_parameter_with_state", kRebuildParameterWithState},
    {"torch.storage", "UntypedStorage", kUntypedStorage},
    {"numpy.core.multiarray", "_reconstruct", kNumpyReconstruct},
    {"numpy._core.multiarray", "_reconstruct", kNumpyReconstruct},  // numpy 2
    {"numpy", "ndarray", kNumpyNdarray},
    {"numpy", "dtype", kNumpyDtype},
    {"_codecs", "encode", kCodecsEncode},
    {"__builtin__", "bytes", kBuiltinBytes},
    {"builtins", "bytes", kBuiltinBytes},
};

constexpr int kMaxDims = 64;
constexpr int kMaxNesting = 32;

bool isObject(const Value& v, Tag tag) {
    return v.kind == Kind::Object && v.tag == tag;
}

int64_t intArg(Machine& m, const Value& v, const std::string& what) {
    if (v.kind == Kind::Bool)
        return v.boolean ? 1 : 0;
    if (v.kind != Kind::Int)
        m.unsupported(what + " is a " + pickle::kindName(v.kind) + ", not an int");
    return v.integer;
}

// A tuple of non-negative ints (a shape or strides).
std::vector<int64_t> dimsArg(Machine& m, const Value& v, const std::string& what) {
    if (v.kind != Kind::Tuple && v.kind != Kind::List)
        m.unsupported(what + " is a " + pickle::kindName(v.kind) + ", not a tuple");
    if (v.items.size() > size_t(kMaxDims))
        m.unsupported(what + " has more than " + std::to_string(kMaxDims) + " dimensions");
    std::vector<int64_t> dims;
    for (const Value* item : v.items) {
        const int64_t d = intArg(m, *item, what);
        if (d < 0)
            m.damaged(what + " holds a negative value");
        dims.push_back(d);
    }
    return dims;
}

const std::string& stringArg(Machine& m, const Value& v, const std::string& what) {
    if (v.kind != Kind::String)
        m.unsupported(what + " is a " + pickle::kindName(v.kind) + ", not a str");
    return v.text;
}

// Product of the dims, refusing int64 overflow.
int64_t countElements(Machine& m, const std::vector<int64_t>& dims) {
    int64_t count = 1;
    for (int64_t d : dims) {
        if (d != 0 && count > std::numeric_limits<int64_t>::max() / d)
            m.damaged("tensor shape overflows");
        count *= d;
    }
    return count;
}

// Python's bytes(str, 'latin1'): the str arrives as UTF-8 with every code point below 256.
std::string latin1FromUtf8(Machine& m, const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = uint8_t(text[i]);
        if (c < 0x80) {
            out.push_back(char(c));
        } else if ((c & 0xE0) == 0xC0 && i + 1 < text.size() &&
                   (uint8_t(text[i + 1]) & 0xC0) == 0x80) {
            const unsigned code = (unsigned(c & 0x1F) << 6) | (uint8_t(text[i + 1]) & 0x3F);
            if (code > 0xFF)
                m.unsupported("_codecs.encode of a character beyond latin-1");
            out.push_back(char(code));
            ++i;
        } else {
            m.unsupported("_codecs.encode of a character beyond latin-1 or bad UTF-8");
        }
    }
    return out;
}

// Interprets the allowed globals for torch checkpoints and numpy arrays.
class TorchHost : public pickle::Host {
public:
    TorchHost(const ZipArchive* archive, std::string prefix, std::shared_ptr<MappedFile> mapping)
        : m_archive(archive), m_prefix(std::move(prefix)), m_mapping(std::move(mapping)) {}

    void resolveGlobal(Machine& m, Value& global) override {
        const size_t space = global.text.find(' ');
        const std::string module = global.text.substr(0, space);
        const std::string name = space == std::string::npos ? "" : global.text.substr(space + 1);
        for (const auto& allowed : kAllowedGlobals) {
            if (module == allowed.module && name == allowed.name) {
                global.tag = allowed.tag;
                return;
            }
        }
        if (module == "torch") {
            if (const NamedType* storage = lookup(kStorageTypes, name)) {
                global.tag = kStorageType;
                global.dtype = storage->type;
                return;
            }
            if (const NamedType* dtype = lookup(kTorchDtypes, name)) {
                global.tag = kTorchDtype;
                global.dtype = dtype->type;
                return;
            }
        }
        m.unsupported("global '" + module + "." + name + "' is not on the allow-list");
    }

    Value* call(Machine& m, Value& callable, Value& args) override {
        const std::vector<Value*>& a = args.items;
        auto arity = [&](size_t low, size_t high) {
            if (a.size() < low || a.size() > high)
                m.unsupported(callable.text + " called with " + std::to_string(a.size()) +
                              " arguments");
        };
        switch (callable.tag) {
            case kOrderedDict: {
                arity(0, 0);
                Value* dict = m.make(Kind::Dict);
                dict->tag = kOrderedDict;
                return dict;
            }
            case kRebuildTensorV2:
                arity(6, 7);
                return rebuildTensor(m, *a[0], *a[1], *a[2], *a[3], nullptr);
            case kRebuildTensorV3:
                arity(7, 8);
                if (a[6]->kind != Kind::Global || a[6]->tag != kTorchDtype)
                    m.unsupported("_rebuild_tensor_v3 without a torch dtype");
                return rebuildTensor(m, *a[0], *a[1], *a[2], *a[3], a[6]);
            case kRebuildParameter:
            case kRebuildParameterWithState:
                arity(callable.tag == kRebuildParameter ? 3 : 4,
                      callable.tag == kRebuildParameter ? 3 : 4);
                if (!isObject(*a[0], kTensor))
                    m.unsupported("a parameter whose data is not a tensor");
                return a[0];  // requires_grad, hooks and Python attributes do not matter here
            case kNumpyReconstruct: {
                arity(3, 3);
                if (a[0]->kind != Kind::Global || a[0]->tag != kNumpyNdarray)
                    m.unsupported("numpy _reconstruct of something other than ndarray");
                Value* array = m.make(Kind::Object);
                array->tag = kNumpyArray;
                return array;
            }
            case kNumpyDtype: {
                arity(1, 3);
                std::string code = stringArg(m, *a[0], "numpy dtype");
                Value* dtype = m.make(Kind::Object);
                dtype->tag = kNumpyDtypeObject;
                dtype->integer = '=';
                if (!code.empty() && std::strchr("<>=|", code[0])) {
                    dtype->integer = code[0];
                    code.erase(0, 1);
                }
                const NamedType* type = lookup(kNumpyTypes, code);
                if (!type)
                    m.unsupported("numpy dtype '" + code + "'");
                dtype->dtype = type->type;
                dtype->text = code;
                return dtype;
            }
            case kCodecsEncode: {
                arity(2, 2);
                const std::string& encoding = stringArg(m, *a[1], "_codecs.encode encoding");
                if (encoding != "latin1" && encoding != "latin-1")
                    m.unsupported("_codecs.encode with encoding '" + encoding + "'");
                Value* bytes = m.make(Kind::Bytes);
                bytes->text = latin1FromUtf8(m, stringArg(m, *a[0], "_codecs.encode text"));
                return bytes;
            }
            case kBuiltinBytes:
                arity(0, 0);
                return m.make(Kind::Bytes);
            default:
                m.unsupported("call of '" + callable.text + "'");
        }
    }

    void build(Machine& m, Value& object, Value& state) override {
        if (object.kind == Kind::Dict)
            return;  // an OrderedDict's attributes (state_dict()'s _metadata): not needed
        if (isObject(object, kNumpyDtypeObject)) {
            // (version, byteorder, subarray, names, fields, elsize, alignment, flags)
            if (state.kind != Kind::Tuple || state.items.size() < 2)
                m.unsupported("numpy dtype state is not a tuple");
            const std::string& order = stringArg(m, *state.items[1], "numpy byte order");
            if (order.size() != 1 || !std::strchr("<>=|", order[0]))
                m.damaged("numpy byte order '" + order + "'");
            object.integer = order[0];
            return;
        }
        if (isObject(object, kNumpyArray)) {
            buildNumpyArray(m, object, state);
            return;
        }
        m.unsupported(std::string("BUILD on a ") + pickle::kindName(object.kind));
    }

    Value* persistentLoad(Machine& m, Value& id) override {
        // ('storage', storage type, key, location, numel)
        if (id.kind != Kind::Tuple || id.items.size() != 5 || id.items[0]->kind != Kind::String ||
            id.items[0]->text != "storage")
            m.unsupported("a persistent id other than a storage");
        const Value& type = *id.items[1];
        if (type.kind != Kind::Global || (type.tag != kStorageType && type.tag != kUntypedStorage))
            m.unsupported("a storage of unknown type");
        const torch::ScalarType dtype = type.tag == kStorageType ? type.dtype : torch::kByte;
        const std::string& key = stringArg(m, *id.items[2], "storage key");
        const int64_t numel = intArg(m, *id.items[4], "storage size");
        if (numel < 0)
            m.damaged("negative storage size");

        auto cached = m_storages.find(key);
        if (cached != m_storages.end()) {
            if (cached->second->dtype != dtype || cached->second->tensor.numel() != numel)
                m.damaged("storage '" + key + "' is used with two types or sizes");
            return cached->second;
        }
        Value* storage = m.make(Kind::Object);
        storage->tag = kStorage;
        storage->dtype = dtype;
        storage->integer = type.tag;
        storage->tensor = loadStorage(m, key, dtype, numel, type.tag == kUntypedStorage);
        m_storages.emplace(key, storage);
        return storage;
    }

private:
    torch::Tensor loadStorage(Machine& m, const std::string& key, torch::ScalarType dtype,
                              int64_t numel, bool untyped) {
        if (!m_archive)
            m.unsupported("tensor storage outside a checkpoint archive");
        const ZipEntry* entry = m_archive->find(m_prefix + "data/" + key);
        if (!entry)
            throwModelError(m.file(),
                            "storage '" + key + "' is missing from the archive (truncated file?)");
        const auto itemSize = int64_t(c10::elementSize(dtype));
        if (uint64_t(numel) > entry->size / uint64_t(itemSize))
            throwModelError(m.file(), "storage '" + key + "' holds " + std::to_string(entry->size) +
                                          " bytes, fewer than its " + std::to_string(numel) +
                                          " elements need");
        const uint8_t* source = m_archive->data(*entry);
        const auto options = torch::TensorOptions().dtype(dtype);
        // Untyped storages are reinterpreted later, so they need room for any element type.
        const uintptr_t alignment = untyped ? 16 : uintptr_t(itemSize);
        if (m_mapping && numel > 0 && reinterpret_cast<uintptr_t>(source) % alignment == 0) {
            uint8_t* data = m_mapping->mutableData() + (source - m_mapping->data());
            auto keepAlive = m_mapping;
            return torch::from_blob(
                data, {numel}, [keepAlive](void*) {}, options);
        }
        torch::Tensor flat = torch::empty({numel}, options);
        if (numel > 0)
            std::memcpy(flat.data_ptr(), source, size_t(numel * itemSize));
        return flat;
    }

    Value* rebuildTensor(Machine& m, const Value& storage, const Value& offsetValue,
                         const Value& sizeValue, const Value& strideValue, const Value* dtype) {
        if (!isObject(storage, kStorage))
            m.unsupported("a tensor whose storage is not a checkpoint storage");
        torch::Tensor flat = storage.tensor;
        if (dtype && dtype->dtype != flat.scalar_type()) {
            if (storage.integer != kUntypedStorage)
                m.damaged("tensor dtype differs from its typed storage");
            const auto itemSize = int64_t(c10::elementSize(dtype->dtype));
            if (flat.numel() % itemSize != 0)
                m.damaged("untyped storage size is not a multiple of the element size");
            if (flat.numel() == 0)
                flat = torch::empty({0}, torch::TensorOptions().dtype(dtype->dtype));
            else
                flat = flat.view(dtype->dtype);
        }
        const int64_t offset = intArg(m, offsetValue, "storage offset");
        const std::vector<int64_t> sizes = dimsArg(m, sizeValue, "tensor size");
        const std::vector<int64_t> strides = dimsArg(m, strideValue, "tensor stride");
        if (offset < 0 || sizes.size() != strides.size())
            m.damaged("bad tensor offset or stride");
        countElements(m, sizes);
        // The view must lie inside the storage: offset + sum((size-1)*stride) < numel.
        bool empty = false;
        int64_t last = offset;
        for (size_t i = 0; i < sizes.size(); ++i) {
            if (sizes[i] == 0) {
                empty = true;
                continue;
            }
            int64_t reach = 0;
            if (__builtin_mul_overflow(sizes[i] - 1, strides[i], &reach) ||
                __builtin_add_overflow(last, reach, &last))
                m.damaged("tensor view overflows");
        }
        if (empty ? offset > flat.numel() : last >= flat.numel())
            m.damaged("tensor view reaches past its storage of " + std::to_string(flat.numel()) +
                      " elements");
        Value* tensor = m.make(Kind::Object);
        tensor->tag = kTensor;
        tensor->tensor = flat.as_strided(sizes, strides, offset);
        return tensor;
    }

    void buildNumpyArray(Machine& m, Value& array, const Value& state) {
        // (version, shape, dtype, is_fortran, raw data); numpy < 1.? omits the version.
        if (state.kind != Kind::Tuple || (state.items.size() != 5 && state.items.size() != 4))
            m.unsupported("numpy array state is not a 4- or 5-tuple");
        const size_t base = state.items.size() - 4;
        std::vector<int64_t> shape = dimsArg(m, *state.items[base], "numpy shape");
        const Value& dtype = *state.items[base + 1];
        const bool fortran = intArg(m, *state.items[base + 2], "numpy fortran flag") != 0;
        const Value& raw = *state.items[base + 3];
        if (!isObject(dtype, kNumpyDtypeObject))
            m.unsupported("numpy array with an unsupported dtype");
        if (raw.kind != Kind::Bytes)
            m.unsupported("numpy array whose data is not raw bytes (object arrays?)");
        const auto itemSize = int64_t(c10::elementSize(dtype.dtype));
        if (dtype.integer == '>' && itemSize > 1)
            throwModelError(m.file(),
                            "big-endian numpy arrays are not supported; save the "
                            "array little-endian (the native order of x86 and ARM)");
        const int64_t count = countElements(m, shape);
        if (count > std::numeric_limits<int64_t>::max() / itemSize ||
            uint64_t(count * itemSize) != raw.text.size())
            m.damaged("numpy array data does not match its shape and dtype");
        if (fortran)
            std::reverse(shape.begin(), shape.end());
        torch::Tensor tensor = torch::empty(shape, torch::TensorOptions().dtype(dtype.dtype));
        if (count > 0)
            std::memcpy(tensor.data_ptr(), raw.text.data(), raw.text.size());
        if (fortran) {
            std::vector<int64_t> order(shape.size());
            for (size_t i = 0; i < order.size(); ++i)
                order[i] = int64_t(order.size() - 1 - i);
            tensor = tensor.permute(order).contiguous();
        }
        array.tensor = tensor;
    }

    const ZipArchive* m_archive;
    std::string m_prefix;
    std::shared_ptr<MappedFile> m_mapping;
    std::map<std::string, Value*> m_storages;
};

void flattenStateDict(Machine& m, const Value& dict, const std::string& prefix, StateDict& out,
                      int depth) {
    if (depth > kMaxNesting)
        m.unsupported("dicts nested deeper than " + std::to_string(kMaxNesting) + " levels");
    for (const auto& [keyValue, value] : dict.entries) {
        if (keyValue->kind != Kind::String)
            m.unsupported(std::string("a state dict key that is a ") +
                          pickle::kindName(keyValue->kind));
        const std::string key = prefix + keyValue->text;
        if (isObject(*value, kTensor))
            out[key] = value->tensor;  // a repeated key replaces the earlier one, as in Python
        else if (value->kind == Kind::Dict)
            flattenStateDict(m, *value, key + ".", out, depth + 1);
        else
            m.unsupported("the value of '" + key + "' is a " + pickle::kindName(value->kind) +
                          ", not a tensor");
    }
}

torch::Tensor arrayOrTensor(Machine& m, const Value& value) {
    if (isObject(value, kTensor))
        return value.tensor;
    if (isObject(value, kNumpyArray)) {
        if (!value.tensor.defined())
            m.damaged("numpy array without data");
        return value.tensor;
    }
    m.unsupported(std::string("a ") + pickle::kindName(value.kind) +
                  " where a numpy array or tensor was expected");
}

// Opens the archive, checks its byte order and runs data.pkl; `convert` turns the result into
// what the caller returns while the machine (which owns every value) is alive.
template <class Convert>
auto unpickleArchive(const uint8_t* bytes, size_t size, const std::string& name,
                     std::shared_ptr<MappedFile> mapping, Convert convert) {
    if (size >= 2 && bytes[0] == 0x80 && bytes[1] <= 5)
        throwModelError(name,
                        "legacy PyTorch (< 1.6) checkpoint format; load and re-save it "
                        "with a current torch.save");
    ZipArchive archive(bytes, size, name);
    const ZipEntry* pickleEntry = archive.findInTopFolder("data.pkl");
    if (!pickleEntry)
        throwModelError(name, "the archive has no data.pkl: not a torch.save checkpoint");
    const std::string prefix =
        pickleEntry->name.substr(0, pickleEntry->name.size() - std::strlen("data.pkl"));
    if (const ZipEntry* order = archive.find(prefix + "byteorder")) {
        const std::string text(reinterpret_cast<const char*>(archive.data(*order)), order->size);
        if (text == "big")
            throwModelError(name, "big-endian checkpoint; re-save it on a little-endian machine");
        if (text != "little")
            throwModelError(name, "unknown byte order '" + text.substr(0, 16) + "'");
    }
    TorchHost host(&archive, prefix, std::move(mapping));
    Machine machine(archive.data(*pickleEntry), pickleEntry->size, name, host);
    const Value* root = machine.run();
    return convert(machine, *root);
}

StateDict toStateDict(Machine& m, const Value& root) {
    if (root.kind != Kind::Dict)
        m.unsupported(std::string("the checkpoint holds a ") + pickle::kindName(root.kind) +
                      ", not a state dict");
    StateDict out;
    flattenStateDict(m, root, "", out, 0);
    return out;
}

std::vector<torch::Tensor> toArrayList(Machine& m, const Value& root) {
    std::vector<torch::Tensor> out;
    if (root.kind == Kind::List || root.kind == Kind::Tuple) {
        for (const Value* item : root.items)
            out.push_back(arrayOrTensor(m, *item));
    } else {
        out.push_back(arrayOrTensor(m, root));
    }
    return out;
}

}  // namespace

StateDict readTorchCheckpoint(const std::string& path) {
    auto file = MappedFile::open(path);
    return unpickleArchive(file->data(), file->size(), path, file, toStateDict);
}

StateDict parseTorchCheckpoint(const uint8_t* bytes, size_t size, const std::string& name) {
    return unpickleArchive(bytes, size, name, nullptr, toStateDict);
}

std::vector<torch::Tensor> readNumpyArrayList(const std::string& path) {
    auto file = MappedFile::open(path);
    return unpickleArchive(file->data(), file->size(), path, file, toArrayList);
}

std::vector<torch::Tensor> parseNumpyArrayList(const uint8_t* bytes, size_t size,
                                               const std::string& name) {
    return unpickleArchive(bytes, size, name, nullptr, toArrayList);
}

}  // namespace vx::io
