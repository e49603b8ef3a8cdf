// tests/net/hub_server.py run as a child process for the life of the object: a stand-in for
// the Hugging Face hub on 127.0.0.1, serving a folder in the hub's URL layout, with the fault
// modes the test asks for, and a log of what it sent.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace vx::test {

class HubServerProcess {
public:
    // `root` holds model_ckpts/; `extraArgs` are hub_server.py's fault options.
    HubServerProcess(const std::filesystem::path& root, const std::vector<std::string>& extraArgs,
                     const std::filesystem::path& workDir);
    ~HubServerProcess();
    HubServerProcess(const HubServerProcess&) = delete;
    HubServerProcess& operator=(const HubServerProcess&) = delete;

    bool running() const { return m_port > 0; }
    // Why the server did not start, when running() is false.
    const std::string& startError() const { return m_startError; }
    std::string endpoint() const { return "http://127.0.0.1:" + std::to_string(m_port); }

    // The requests logged so far, one JSON object each.
    std::vector<nlohmann::json> log() const;
    // The content requests for one repository path, in order.
    std::vector<nlohmann::json> contentRequests(const std::string& pathInRepo) const;

private:
    pid_t m_pid = -1;
    int m_port = 0;
    std::string m_startError;
    std::filesystem::path m_logFile;
};

}  // namespace vx::test
