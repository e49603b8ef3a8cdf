// What libcurl reports about the responses of one request, collected by its header callback:
// the status and headers of each response in a redirect chain, and the last response's body
// when it is kept in memory.
#pragma once

#include <curl/curl.h>

#include <map>
#include <string>
#include <vector>

namespace vx::models {

struct HttpHeaders {
    long status = 0;
    std::map<std::string, std::string> fields;  // names in lower case; the last value wins

    // The field's value, or empty.
    std::string value(const std::string& lowerCaseName) const;
};

// Every response of a request, the redirects first. Install with watchHeaders().
struct ResponseChain {
    std::vector<HttpHeaders> responses;

    const HttpHeaders& last() const;
    // The value of a header from the first response that has it (the hub's metadata headers sit
    // on its redirect, not on the storage's answer), or empty.
    std::string firstValue(const std::string& lowerCaseName) const;
};

// Makes libcurl record each response's status line and headers into `chain`.
void watchHeaders(CURL* handle, ResponseChain& chain);

// Makes libcurl append the body to `body` (for small answers such as a listing).
void keepBody(CURL* handle, std::string& body);

// The URL named rel="next" in a Link header, or empty.
std::string nextLink(const std::string& linkHeader);

// A hash as sent in an ETag: weak marker and quotes removed.
std::string bareEtag(std::string etag);

}  // namespace vx::models
