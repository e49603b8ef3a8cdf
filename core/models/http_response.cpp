#include "models/http_response.h"

#include <algorithm>
#include <cctype>

namespace vx::models {

namespace {

std::string trimmed(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

std::string lowerCase(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

size_t onHeaderLine(char* data, size_t size, size_t count, void* user) {
    auto* chain = static_cast<ResponseChain*>(user);
    const std::string line = trimmed(std::string(data, size * count));
    if (line.rfind("HTTP/", 0) == 0) {
        // A new response begins (the first, or the next after a redirect).
        HttpHeaders response;
        const auto space = line.find(' ');
        if (space != std::string::npos)
            response.status = std::strtol(line.c_str() + space + 1, nullptr, 10);
        chain->responses.push_back(std::move(response));
    } else if (const auto colon = line.find(':');
               colon != std::string::npos && !chain->responses.empty()) {
        chain->responses.back().fields[lowerCase(trimmed(line.substr(0, colon)))] =
            trimmed(line.substr(colon + 1));
    }
    return size * count;
}

size_t onBodyBytes(char* data, size_t size, size_t count, void* user) {
    static_cast<std::string*>(user)->append(data, size * count);
    return size * count;
}

}  // namespace

std::string HttpHeaders::value(const std::string& lowerCaseName) const {
    const auto it = fields.find(lowerCaseName);
    return it == fields.end() ? std::string() : it->second;
}

const HttpHeaders& ResponseChain::last() const {
    static const HttpHeaders none;
    return responses.empty() ? none : responses.back();
}

std::string ResponseChain::firstValue(const std::string& lowerCaseName) const {
    for (const HttpHeaders& response : responses)
        if (const std::string v = response.value(lowerCaseName); !v.empty())
            return v;
    return {};
}

void watchHeaders(CURL* handle, ResponseChain& chain) {
    curl_easy_setopt(handle, CURLOPT_HEADERFUNCTION, onHeaderLine);
    curl_easy_setopt(handle, CURLOPT_HEADERDATA, &chain);
}

void keepBody(CURL* handle, std::string& body) {
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, onBodyBytes);
    curl_easy_setopt(handle, CURLOPT_WRITEDATA, &body);
}

std::string nextLink(const std::string& linkHeader) {
    // Link: <url1>; rel="next", <url2>; rel="last"
    size_t pos = 0;
    while (pos < linkHeader.size()) {
        const auto open = linkHeader.find('<', pos);
        const auto close = linkHeader.find('>', open);
        if (open == std::string::npos || close == std::string::npos)
            return {};
        const auto end = linkHeader.find(',', close);
        const std::string params = lowerCase(linkHeader.substr(close + 1, end - close - 1));
        if (params.find("rel=\"next\"") != std::string::npos ||
            params.find("rel=next") != std::string::npos)
            return linkHeader.substr(open + 1, close - open - 1);
        if (end == std::string::npos)
            return {};
        pos = end + 1;
    }
    return {};
}

std::string bareEtag(std::string etag) {
    if (etag.rfind("W/", 0) == 0)
        etag.erase(0, 2);
    if (etag.size() >= 2 && etag.front() == '"' && etag.back() == '"')
        etag = etag.substr(1, etag.size() - 2);
    return etag;
}

}  // namespace vx::models
