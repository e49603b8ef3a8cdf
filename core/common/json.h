// A small JSON reader for model configuration files and safetensors headers. The engine links
// LibTorch only (it must build on a bare GPU machine), so it cannot depend on a JSON library;
// everything outside the engine uses nlohmann/json.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace vx {

class JsonValue {
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    JsonValue() = default;
    static JsonValue makeBool(bool v);
    static JsonValue makeNumber(double v, bool isInteger, int64_t integer);
    static JsonValue makeString(std::string v);
    static JsonValue makeArray(std::vector<JsonValue> v);
    static JsonValue makeObject(std::map<std::string, JsonValue> v);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isObject() const { return m_type == Type::Object; }
    bool isArray() const { return m_type == Type::Array; }
    bool isString() const { return m_type == Type::String; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isBool() const { return m_type == Type::Bool; }

    // Typed accessors throw std::runtime_error naming the expected type.
    bool asBool() const;
    double asDouble() const;
    int64_t asInt() const;  // only for numbers written without fraction or exponent
    const std::string& asString() const;
    const std::vector<JsonValue>& asArray() const;
    const std::map<std::string, JsonValue>& asObject() const;

    bool contains(const std::string& key) const;
    // Object member; throws when absent.
    const JsonValue& at(const std::string& key) const;
    // Object member or nullptr.
    const JsonValue* find(const std::string& key) const;

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    double m_number = 0.0;
    bool m_isInteger = false;
    int64_t m_integer = 0;
    std::string m_string;
    std::vector<JsonValue> m_array;
    std::map<std::string, JsonValue> m_object;
};

// Parses a complete JSON text; throws std::runtime_error with the byte offset on bad input.
JsonValue parseJson(std::string_view text);

// Reads and parses a JSON file; throws vx::Error(Model) naming the file.
JsonValue readJsonFile(const std::string& path);

}  // namespace vx
