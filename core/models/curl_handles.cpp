#include "models/curl_handles.h"

#include <cstdlib>
#include <mutex>

#include "common/error.h"

namespace vx::models {

namespace {

const char* firstSetVariable(std::initializer_list<const char*> names) {
    for (const char* name : names)
        if (const char* value = std::getenv(name); value != nullptr && *value != '\0')
            return value;
    return nullptr;
}

}  // namespace

void CurlHeaders::add(const std::string& header) {
    curl_slist* extended = curl_slist_append(m_list, header.c_str());
    if (extended == nullptr)
        throw Error(ErrorKind::Internal, "out of memory building an HTTP request");
    m_list = extended;
}

void ensureCurlInitialised() {
    static std::once_flag once;
    std::call_once(once, [] {
        if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
            throw Error(ErrorKind::Internal, "libcurl could not be initialised");
    });
}

CurlEasy openRequest(const std::string& url, const HubSource& source,
                     const NetworkTimeouts& timeouts, CurlHeaders& headers) {
    ensureCurlInitialised();
    CurlEasy handle(curl_easy_init());
    if (!handle)
        throw Error(ErrorKind::Internal, "libcurl could not create a request");
    CURL* h = handle.get();
    curl_easy_setopt(h, CURLOPT_URL, url.c_str());
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(h, CURLOPT_MAXREDIRS, 10L);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);  // worker threads: no SIGALRM for DNS time-outs
    curl_easy_setopt(h, CURLOPT_USERAGENT, "vxstudio/" VX_MODELS_VERSION);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, long(timeouts.connect.count()));
    // A transfer that moves less than one byte per second for `stall` seconds is abandoned.
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, long(timeouts.stall.count()));
    if (const char* bundle =
            firstSetVariable({"CURL_CA_BUNDLE", "SSL_CERT_FILE", "REQUESTS_CA_BUNDLE"}))
        curl_easy_setopt(h, CURLOPT_CAINFO, bundle);
    if (const char* folder = firstSetVariable({"SSL_CERT_DIR"}))
        curl_easy_setopt(h, CURLOPT_CAPATH, folder);
    if (!source.token.empty())
        headers.add("Authorization: Bearer " + source.token);
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
    return handle;
}

}  // namespace vx::models
