#include "models/file_transfer.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "common/error.h"
#include "models/http_response.h"

namespace vx::models {

namespace {

struct FileCloser {
    void operator()(std::FILE* file) const noexcept { std::fclose(file); }
};

// The state libcurl's callbacks share during one attempt.
struct Attempt {
    const PlannedFile* file = nullptr;
    std::FILE* out = nullptr;
    ResponseChain chain;
    uint64_t onDisk = 0;  // bytes of the file in the part
    uint64_t newBytes = 0;
    bool bodyStarted = false;
    std::string errorBody;  // the body of an error answer (kept out of the part)
    std::string refusal;    // set when the answer describes another version of the file
    int writeErrno = 0;     // set when the disk refused a write
    bool cancelled = false;
    const std::function<bool(uint64_t, uint64_t)>* onBytes = nullptr;
};

// The hub's metadata on the answer (X-Linked-Size and X-Linked-Etag on the redirect of an LFS
// file, the ETag of a file kept in git) must describe the file the listing promised; otherwise
// the repository changed in between and the bytes would belong to another version.
std::string metadataMismatch(const ResponseChain& chain, const PlannedFile& file) {
    if (const std::string size = chain.firstValue("x-linked-size");
        !size.empty() && size != std::to_string(file.size))
        return "the hub now serves " + size + " bytes instead of the " + std::to_string(file.size) +
               " it listed";
    if (file.isLfs()) {
        if (const std::string etag = bareEtag(chain.firstValue("x-linked-etag"));
            !etag.empty() && etag != file.sha256)
            return "the hub now serves content " + etag + " instead of the listed " + file.sha256;
    } else if (!chain.responses.empty()) {
        const std::string etag = bareEtag(chain.responses.front().value("etag"));
        if (etag.size() == 40 && etag != file.gitSha1)
            return "the hub now serves version " + etag + " instead of the listed " + file.gitSha1;
    }
    return {};
}

size_t onBody(char* data, size_t size, size_t count, void* user) {
    auto* a = static_cast<Attempt*>(user);
    const size_t bytes = size * count;
    const long status = a->chain.last().status;
    if (status != 200 && status != 206) {
        if (a->errorBody.size() < 2000)
            a->errorBody.append(data, std::min<size_t>(bytes, 2000));
        return bytes;
    }
    if (!a->bodyStarted) {
        a->bodyStarted = true;
        a->refusal = metadataMismatch(a->chain, *a->file);
        if (!a->refusal.empty())
            return 0;  // aborts the transfer with CURLE_WRITE_ERROR
        if (status == 200 && a->onDisk > 0) {
            // The server ignored the Range header and sends the whole file: start the part over.
            std::fflush(a->out);
            if (ftruncate(fileno(a->out), 0) != 0) {
                a->writeErrno = errno;
                return 0;
            }
            a->onDisk = 0;
        }
    }
    if (std::fwrite(data, 1, bytes, a->out) != bytes) {
        a->writeErrno = errno != 0 ? errno : EIO;
        return 0;
    }
    a->onDisk += bytes;
    a->newBytes += bytes;
    return bytes;
}

int onTransferInfo(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    auto* a = static_cast<Attempt*>(user);
    if (a->onBytes != nullptr && *a->onBytes && !(*a->onBytes)(a->onDisk, a->newBytes)) {
        a->cancelled = true;
        return 1;
    }
    return 0;
}

std::string serverMessage(const Attempt& a) {
    std::string message = a.chain.last().value("x-error-message");
    if (message.empty())
        message = a.errorBody.substr(0, 200);
    while (!message.empty() && (message.back() == '\n' || message.back() == '\r'))
        message.pop_back();
    return message.empty() ? std::string() : " (" + message + ")";
}

TransferOutcome outcomeOfAnswer(const Attempt& a, const std::string& url) {
    const long status = a.chain.last().status;
    const std::string code = "HTTP " + std::to_string(status);
    using Kind = TransferOutcome::Kind;
    if (status == 200 || status == 206) {
        if (a.onDisk < a.file->size)
            return {Kind::Retry, "the server ended the file early", a.newBytes};
        return {Kind::Complete, {}, a.newBytes};
    }
    if (status == 416)
        return {Kind::Restart, "the server cannot continue the partial file (" + code + ")",
                a.newBytes};
    if (status == 404)
        return {Kind::Failed, "not found on the hub (" + code + ", " + url + ")" + serverMessage(a),
                a.newBytes};
    if (status == 401 || status == 403)
        return {Kind::Failed,
                "refused by the hub (" + code + ")" + serverMessage(a) +
                    "; a gated or private repository needs a token in HF_TOKEN",
                a.newBytes};
    if (status == 408 || status == 429 || status >= 500)
        return {Kind::Retry, "the server is busy or failing (" + code + ")" + serverMessage(a),
                a.newBytes};
    return {Kind::Failed, "unexpected answer " + code + " from " + url + serverMessage(a),
            a.newBytes};
}

}  // namespace

TransferOutcome transferOnce(const HubSource& source, const NetworkTimeouts& timeouts,
                             const PlannedFile& file, const std::filesystem::path& part,
                             const std::function<bool(uint64_t, uint64_t)>& onBytes) {
    using Kind = TransferOutcome::Kind;
    std::error_code ec;
    const uint64_t existing =
        std::filesystem::exists(part, ec) ? std::filesystem::file_size(part, ec) : 0;
    if (existing > file.size)
        return {Kind::Restart, "the partial file is larger than the file", 0};
    std::unique_ptr<std::FILE, FileCloser> out(std::fopen(part.c_str(), "ab"));
    if (!out)
        throw Error(ErrorKind::Io,
                    std::string("could not be opened for writing: ") + std::strerror(errno),
                    part.string());
    Attempt a;
    a.file = &file;
    a.out = out.get();
    a.onDisk = existing;
    a.onBytes = &onBytes;

    const std::string url = source.resolveUrl(file.pathInRepo);
    CurlHeaders headers;
    CurlEasy request = openRequest(url, source, timeouts, headers);
    CURL* h = request.get();
    watchHeaders(h, a.chain);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &a);
    curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, onTransferInfo);
    curl_easy_setopt(h, CURLOPT_XFERINFODATA, &a);
    const std::string range = std::to_string(existing) + "-";
    if (existing > 0)
        curl_easy_setopt(h, CURLOPT_RANGE, range.c_str());
    const CURLcode result = curl_easy_perform(h);

    const bool flushed = std::fflush(out.get()) == 0;
    const int flushErrno = errno;
    out.reset();
    if (a.writeErrno != 0 || !flushed)
        throw Error(ErrorKind::Io,
                    std::string("could not be written: ") +
                        std::strerror(a.writeErrno != 0 ? a.writeErrno : flushErrno) +
                        " (disk full or removed?)",
                    part.string());
    if (a.cancelled)
        throw Error(ErrorKind::Cancelled,
                    "download cancelled; the partial file is kept and the next download "
                    "continues it",
                    part.string());
    if (!a.refusal.empty())
        return {Kind::Failed, a.refusal + "; run the download again to fetch a fresh listing",
                a.newBytes};
    switch (result) {
        case CURLE_OK:
            return outcomeOfAnswer(a, url);
        case CURLE_OPERATION_TIMEDOUT:
            return {Kind::Retry,
                    "the server sent nothing for " + std::to_string(timeouts.stall.count()) +
                        " s (connection stalled)",
                    a.newBytes};
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_CERTPROBLEM:
            return {Kind::Failed,
                    std::string("the server's certificate was not accepted (") +
                        curl_easy_strerror(result) +
                        "); behind a proxy that inspects TLS, point SSL_CERT_FILE or "
                        "CURL_CA_BUNDLE at its CA bundle",
                    a.newBytes};
        case CURLE_URL_MALFORMAT:
        case CURLE_UNSUPPORTED_PROTOCOL:
            return {Kind::Failed,
                    "the address " + url + " cannot be used (" + curl_easy_strerror(result) +
                        "); check the endpoint",
                    a.newBytes};
        default:
            return {Kind::Retry,
                    std::string("the connection failed (") + curl_easy_strerror(result) + ")",
                    a.newBytes};
    }
}

}  // namespace vx::models
