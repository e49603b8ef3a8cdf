#include "common/log.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <sstream>

#include "common/error.h"

namespace vx::log {

namespace {

struct State {
    std::mutex mutex;
    Level consoleLevel = Level::Warning;
    Level fileLevel = Level::Info;
    std::ofstream file;
    std::filesystem::path filePath;
    FileOptions fileOptions;
    std::map<int, Sink> sinks;
    int nextSinkId = 1;
};

State& state() {
    static State s;
    return s;
}

std::string timestamp() {
    using namespace std::chrono;
    const auto now = system_clock::now();
    const std::time_t seconds = system_clock::to_time_t(now);
    const auto millis = duration_cast<milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm local{};
    localtime_r(&seconds, &local);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S", &local);
    char withMillis[40];
    std::snprintf(withMillis, sizeof withMillis, "%s.%03d", text, int(millis));
    return withMillis;
}

// Called with the mutex held.
void rotateIfFull(State& s) {
    if (!s.file.is_open() || s.fileOptions.keep < 1)
        return;
    std::error_code ec;
    const auto size = std::filesystem::file_size(s.filePath, ec);
    if (ec || size < s.fileOptions.maxBytes)
        return;
    s.file.close();
    const auto numbered = [&](int n) {
        return std::filesystem::path(s.filePath.string() + "." + std::to_string(n));
    };
    std::filesystem::remove(numbered(s.fileOptions.keep), ec);
    for (int n = s.fileOptions.keep - 1; n >= 1; --n)
        std::filesystem::rename(numbered(n), numbered(n + 1), ec);
    std::filesystem::rename(s.filePath, numbered(1), ec);
    s.file.open(s.filePath, std::ios::app);
}

}  // namespace

const char* levelName(Level level) {
    switch (level) {
        case Level::Debug:
            return "debug";
        case Level::Info:
            return "info";
        case Level::Warning:
            return "warning";
        case Level::Error:
            return "error";
    }
    return "info";
}

void write(Level level, std::string_view category, std::string_view message) {
    State& s = state();
    std::lock_guard<std::mutex> lock(s.mutex);
    if (level >= s.consoleLevel)
        std::cerr << levelName(level) << ": [" << category << "] " << message << '\n';
    if (s.file.is_open() && level >= s.fileLevel) {
        s.file << timestamp() << ' ' << levelName(level) << " [" << category << "] " << message
               << '\n';
        s.file.flush();
        rotateIfFull(s);
    }
    for (const auto& [id, sink] : s.sinks)
        sink(level, category, message);
}

void setConsoleLevel(Level level) {
    std::lock_guard<std::mutex> lock(state().mutex);
    state().consoleLevel = level;
}

void setFileLevel(Level level) {
    std::lock_guard<std::mutex> lock(state().mutex);
    state().fileLevel = level;
}

void openFile(const std::filesystem::path& path, const FileOptions& options) {
    std::error_code ec;
    if (path.has_parent_path())
        std::filesystem::create_directories(path.parent_path(), ec);
    std::ofstream file(path, std::ios::app);
    if (!file)
        throw Error(ErrorKind::Io,
                    "cannot open the log file for writing; choose another with --log-file or "
                    "free the folder",
                    path.string());
    State& s = state();
    std::lock_guard<std::mutex> lock(s.mutex);
    s.file = std::move(file);
    s.filePath = path;
    s.fileOptions = options;
}

std::filesystem::path currentFile() {
    std::lock_guard<std::mutex> lock(state().mutex);
    return state().file.is_open() ? state().filePath : std::filesystem::path();
}

void closeFile() {
    std::lock_guard<std::mutex> lock(state().mutex);
    state().file.close();
    state().filePath.clear();
}

std::filesystem::path defaultFolder() {
    if (const char* xdg = std::getenv("XDG_STATE_HOME"); xdg && *xdg)
        return std::filesystem::path(xdg) / "vxstudio";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".local" / "state" / "vxstudio";
    return std::filesystem::temp_directory_path() / "vxstudio";
}

int addSink(Sink sink) {
    std::lock_guard<std::mutex> lock(state().mutex);
    const int id = state().nextSinkId++;
    state().sinks.emplace(id, std::move(sink));
    return id;
}

void removeSink(int id) {
    std::lock_guard<std::mutex> lock(state().mutex);
    state().sinks.erase(id);
}

}  // namespace vx::log
