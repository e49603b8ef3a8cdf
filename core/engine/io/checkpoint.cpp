#include "engine/io/checkpoint.h"

#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>

#include "common/error.h"
#include "engine/io/mapped_file.h"
#include "engine/io/safetensors_reader.h"
#include "engine/io/torch_pickle_reader.h"

namespace vx::io {

namespace {

enum class Format { Safetensors, TorchZip, TorchLegacy, Unknown };

std::string lowerExtension(const std::string& path) {
    const size_t slash = path.find_last_of('/');
    const size_t dot = path.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash))
        return {};
    std::string ext = path.substr(dot);
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return ext;
}

Format sniff(const uint8_t* bytes, size_t size) {
    if (size >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4)
        return Format::TorchZip;
    if (size >= 2 && bytes[0] == 0x80 && bytes[1] <= 5)
        return Format::TorchLegacy;
    // safetensors: an 8-byte little-endian header length, then a JSON object.
    if (size >= 9 && bytes[8] == '{' && bytes[6] == 0 && bytes[7] == 0)
        return Format::Safetensors;
    return Format::Unknown;
}

}  // namespace

StateDict loadCheckpoint(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        throw Error(ErrorKind::Model,
                    std::string("checkpoint file not found (") + std::strerror(errno) +
                        "); check the model folder or download the model again",
                    path);
    }
    if (S_ISDIR(info.st_mode))
        throw Error(ErrorKind::Model, "expected a checkpoint file but found a folder", path);
    if (info.st_size == 0)
        throw Error(ErrorKind::Model,
                    "checkpoint file is empty (an interrupted download?); download it again", path);

    const std::string ext = lowerExtension(path);
    Format format = Format::Unknown;
    {
        auto file = MappedFile::open(path);
        format = sniff(file->data(), file->size());
    }
    switch (format) {
        case Format::Safetensors:
            return readSafetensors(path).tensors;
        case Format::TorchZip:
        case Format::TorchLegacy:  // the reader explains that the legacy format is unsupported
            return readTorchCheckpoint(path);
        case Format::Unknown:
            break;
    }
    // Unrecognised content: a file cut short before its header is the usual cause.
    if (ext == ".safetensors")
        return readSafetensors(path).tensors;  // reports what is wrong with the header
    if (ext == ".bin" || ext == ".pth" || ext == ".pt" || ext == ".ckpt")
        throw Error(ErrorKind::Model,
                    "not a torch.save checkpoint (no ZIP signature; truncated or damaged file, "
                    "or a format such as TorchScript/GGUF that is not supported); download it "
                    "again",
                    path);
    throw Error(ErrorKind::Model,
                "unknown checkpoint format (expected a .safetensors file or a torch.save "
                "archive such as .bin, .pth, .pt or .ckpt)",
                path);
}

}  // namespace vx::io
