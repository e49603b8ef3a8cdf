// Running vxstudio-cli (or any shell command) from a test as a user would, collecting what it
// prints and its exit code.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <sstream>
#include <string>

namespace vx::test {

struct CommandResult {
    int exitCode = -1;
    std::string output;  // stdout and stderr together

    std::string lastLine() const {
        std::istringstream lines(output);
        std::string line, last;
        while (std::getline(lines, line))
            if (!line.empty())
                last = line;
        return last;
    }
};

inline std::string quoted(const std::string& s) {
    return "'" + s + "'";
}

inline CommandResult runShell(const std::string& command) {
    CommandResult result;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (pipe == nullptr)
        return result;
    std::array<char, 4096> buffer{};
    size_t n = 0;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        result.output.append(buffer.data(), n);
    const int status = pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

// VX_CLI_EXE is the built vxstudio-cli (tests/cli/CMakeLists.txt).
inline CommandResult runCli(const std::string& arguments) {
    return runShell(quoted(VX_CLI_EXE) + " " + arguments);
}

}  // namespace vx::test
