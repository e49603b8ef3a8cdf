#include "models/file_digest.h"

#include <openssl/evp.h>

#include <cstdio>
#include <memory>
#include <vector>

#include "common/error.h"

namespace vx::models {

namespace {

struct DigestContextDeleter {
    void operator()(EVP_MD_CTX* context) const noexcept { EVP_MD_CTX_free(context); }
};
struct FileCloser {
    void operator()(std::FILE* file) const noexcept { std::fclose(file); }
};

std::string hex(const unsigned char* bytes, unsigned length) {
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (unsigned i = 0; i < length; ++i) {
        out += digits[bytes[i] >> 4];
        out += digits[bytes[i] & 0xf];
    }
    return out;
}

std::string digestOfFile(const std::filesystem::path& path, const EVP_MD* algorithm,
                         const std::string& prefix, const DigestProgress& progress) {
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (!file)
        throw Error(ErrorKind::Io, "could not be opened for verification", path.string());
    std::unique_ptr<EVP_MD_CTX, DigestContextDeleter> context(EVP_MD_CTX_new());
    if (!context || EVP_DigestInit_ex(context.get(), algorithm, nullptr) != 1)
        throw Error(ErrorKind::Internal, "OpenSSL could not start a digest");
    EVP_DigestUpdate(context.get(), prefix.data(), prefix.size());
    std::vector<unsigned char> buffer(1 << 20);
    uint64_t done = 0;
    size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), file.get())) > 0) {
        EVP_DigestUpdate(context.get(), buffer.data(), n);
        done += n;
        if (progress && !progress(done))
            throw Error(ErrorKind::Cancelled, "verification cancelled", path.string());
    }
    if (std::ferror(file.get()))
        throw Error(ErrorKind::Io, "could not be read to the end for verification", path.string());
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned length = 0;
    EVP_DigestFinal_ex(context.get(), digest, &length);
    return hex(digest, length);
}

}  // namespace

std::string sha256OfFile(const std::filesystem::path& file, const DigestProgress& progress) {
    return digestOfFile(file, EVP_sha256(), {}, progress);
}

std::string gitBlobSha1OfFile(const std::filesystem::path& file, const DigestProgress& progress) {
    std::error_code ec;
    const uintmax_t size = std::filesystem::file_size(file, ec);
    if (ec)
        throw Error(ErrorKind::Io, "could not be opened for verification", file.string());
    std::string prefix = "blob " + std::to_string(size);
    prefix.push_back('\0');
    return digestOfFile(file, EVP_sha1(), prefix, progress);
}

}  // namespace vx::models
