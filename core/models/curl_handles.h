// RAII owners of libcurl's resources, and the settings every request of the model downloader
// shares (proxy and CA bundle from the environment, the hub token, time-outs).
#pragma once

#include <curl/curl.h>

#include <chrono>
#include <memory>
#include <string>

#include "models/hub_source.h"

namespace vx::models {

struct CurlEasyDeleter {
    void operator()(CURL* handle) const noexcept { curl_easy_cleanup(handle); }
};
using CurlEasy = std::unique_ptr<CURL, CurlEasyDeleter>;

// A curl_slist of request headers, freed at scope end.
class CurlHeaders {
public:
    CurlHeaders() = default;
    ~CurlHeaders() { curl_slist_free_all(m_list); }
    CurlHeaders(const CurlHeaders&) = delete;
    CurlHeaders& operator=(const CurlHeaders&) = delete;
    void add(const std::string& header);
    curl_slist* get() const noexcept { return m_list; }

private:
    curl_slist* m_list = nullptr;
};

// How long the downloader waits before it gives up on a connection.
struct NetworkTimeouts {
    std::chrono::seconds connect{30};
    // No byte received for this long counts as a dropped connection.
    std::chrono::seconds stall{30};
};

// A new easy handle for `url` (GET, redirects followed), or throws vx::Error(Internal). Proxies
// come from http_proxy/https_proxy/no_proxy (libcurl reads them itself); a CA bundle from
// CURL_CA_BUNDLE, SSL_CERT_FILE or REQUESTS_CA_BUNDLE and a CA folder from SSL_CERT_DIR. The token
// travels only to the hub's own host: libcurl drops it when a redirect leaves that host.
CurlEasy openRequest(const std::string& url, const HubSource& source,
                     const NetworkTimeouts& timeouts, CurlHeaders& headers);

// Initialises libcurl once per process (thread-safe).
void ensureCurlInitialised();

}  // namespace vx::models
