// Levelled, categorised logging shared by the core libraries and both front ends. Every message
// goes to one sink chain: standard error (from a chosen level up) and, once opened, a log file
// that rotates by size. The GUI forwards Qt's own messages here too, so a user who reports a
// problem sends one file. No Qt and no LibTorch here.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace vx::log {

enum class Level { Debug, Info, Warning, Error };

const char* levelName(Level level);

// Writes one message (one line per message; newlines inside are kept) to every sink whose
// threshold it meets. Thread-safe.
void write(Level level, std::string_view category, std::string_view message);

inline void debug(std::string_view category, std::string_view message) {
    write(Level::Debug, category, message);
}
inline void info(std::string_view category, std::string_view message) {
    write(Level::Info, category, message);
}
inline void warning(std::string_view category, std::string_view message) {
    write(Level::Warning, category, message);
}
inline void error(std::string_view category, std::string_view message) {
    write(Level::Error, category, message);
}

// Messages at or above this level reach standard error (default: Warning; --verbose: Debug).
void setConsoleLevel(Level level);
// Messages at or above this level reach the log file (default: Info).
void setFileLevel(Level level);

struct FileOptions {
    // When the file grows past this size it becomes <name>.1 (the older ones shift up to
    // <name>.<keep>, the oldest is removed) and a new file starts.
    std::uintmax_t maxBytes = 4 * 1024 * 1024;
    int keep = 3;
};

// Appends to `path` (creating its folder) from now on. Throws vx::Error(Io) naming the file
// when it cannot be opened. Replaces an earlier file.
void openFile(const std::filesystem::path& path, const FileOptions& options = {});
// The file messages go to, or empty when none is open.
std::filesystem::path currentFile();
void closeFile();

// $XDG_STATE_HOME/vxstudio (default ~/.local/state/vxstudio), where both front ends keep
// their log files.
std::filesystem::path defaultFolder();

// An extra sink (the GUI's log view, a test); receives every message at any level. Returns an
// id for removeSink.
using Sink = std::function<void(Level, std::string_view category, std::string_view message)>;
int addSink(Sink sink);
void removeSink(int id);

}  // namespace vx::log
