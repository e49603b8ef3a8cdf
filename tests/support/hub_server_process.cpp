#include "support/hub_server_process.h"

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "support/test_support.h"

extern char** environ;

namespace vx::test {

namespace fs = std::filesystem;

HubServerProcess::HubServerProcess(const fs::path& root, const std::vector<std::string>& extraArgs,
                                   const fs::path& workDir) {
    const fs::path portFile = workDir / "hub.port";
    m_logFile = workDir / "hub.log";
    fs::remove(portFile);
    fs::remove(m_logFile);
    std::vector<std::string> args = {
        pythonExe(),   (sourceDir() / "tests" / "net" / "hub_server.py").string(),
        "--root",      root.string(),
        "--port-file", portFile.string(),
        "--log",       m_logFile.string()};
    args.insert(args.end(), extraArgs.begin(), extraArgs.end());
    std::vector<char*> argv;
    for (std::string& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    if (posix_spawnp(&m_pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0) {
        m_pid = -1;
        m_startError = "could not run " + args[0];
        return;
    }
    // It hashes the served files first, then writes its port.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < deadline) {
        int status = 0;
        if (waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = -1;
            m_startError = "hub_server.py exited before listening";
            return;
        }
        std::ifstream in(portFile);
        if (in >> m_port && m_port > 0)
            return;
        m_port = 0;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    m_startError = "hub_server.py did not listen within 60 s";
}

HubServerProcess::~HubServerProcess() {
    if (m_pid > 0) {
        kill(m_pid, SIGTERM);
        int status = 0;
        waitpid(m_pid, &status, 0);
    }
}

std::vector<nlohmann::json> HubServerProcess::log() const {
    std::vector<nlohmann::json> records;
    std::ifstream in(m_logFile);
    std::string line;
    while (std::getline(in, line))
        if (!line.empty())
            records.push_back(nlohmann::json::parse(line));
    return records;
}

std::vector<nlohmann::json> HubServerProcess::contentRequests(const std::string& pathInRepo) const {
    std::vector<nlohmann::json> found;
    for (const nlohmann::json& r : log())
        if (r.value("kind", "") == "content" && r.value("path", "") == pathInRepo)
            found.push_back(r);
    return found;
}

}  // namespace vx::test
