// Typed reads of configuration members, with errors that name the file and the key. Every
// config parser in this folder goes through these, so a bad or missing value is reported as
// vx::Error(Model) "<file>: key '<key>': <what>" rather than a bare JSON type error.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/json.h"

namespace vx::engine::config {

// The largest integer (in magnitude) any configuration value may hold.
constexpr int64_t kLargestConfigInteger = int64_t(1) << 16;

// One JSON object being read, with the file it came from and the path of keys that led to it
// (e.g. "motion_module_kwargs.") for the messages.
class FieldReader {
public:
    FieldReader(const JsonValue& object, std::string file, std::string keyPath = {});

    const std::string& file() const { return m_file; }
    bool has(const std::string& key) const;  // present and not null

    // Required members: throw vx::Error(Model) when absent or of the wrong type.
    int64_t integer(const std::string& key) const;
    double number(const std::string& key) const;
    bool boolean(const std::string& key) const;
    std::string string(const std::string& key) const;
    std::vector<int64_t> integers(const std::string& key) const;
    std::vector<std::string> strings(const std::string& key) const;
    FieldReader object(const std::string& key) const;

    // Optional members: the fallback when absent or null, an error when of the wrong type.
    int64_t integer(const std::string& key, int64_t fallback) const;
    double number(const std::string& key, double fallback) const;
    bool boolean(const std::string& key, bool fallback) const;
    std::string string(const std::string& key, const std::string& fallback) const;
    std::vector<int64_t> integers(const std::string& key,
                                  const std::vector<int64_t>& fallback) const;
    std::vector<std::string> strings(const std::string& key,
                                     const std::vector<std::string>& fallback) const;

    // Throws vx::Error(Model) about `key` with the explanation `what`.
    [[noreturn]] void fail(const std::string& key, const std::string& what) const;

private:
    const JsonValue& required(const std::string& key) const;

    const JsonValue* m_object;
    std::string m_file;
    std::string m_keyPath;
};

// Reads a JSON file that must hold an object; throws vx::Error(Model) naming the file.
JsonValue readConfigObject(const std::string& path);

}  // namespace vx::engine::config
