#include "common/json.h"

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "common/error.h"

namespace vx {

JsonValue JsonValue::makeBool(bool v) {
    JsonValue j;
    j.m_type = Type::Bool;
    j.m_bool = v;
    return j;
}
JsonValue JsonValue::makeNumber(double v, bool isInteger, int64_t integer) {
    JsonValue j;
    j.m_type = Type::Number;
    j.m_number = v;
    j.m_isInteger = isInteger;
    j.m_integer = integer;
    return j;
}
JsonValue JsonValue::makeString(std::string v) {
    JsonValue j;
    j.m_type = Type::String;
    j.m_string = std::move(v);
    return j;
}
JsonValue JsonValue::makeArray(std::vector<JsonValue> v) {
    JsonValue j;
    j.m_type = Type::Array;
    j.m_array = std::move(v);
    return j;
}
JsonValue JsonValue::makeObject(std::map<std::string, JsonValue> v) {
    JsonValue j;
    j.m_type = Type::Object;
    j.m_object = std::move(v);
    return j;
}

namespace {
[[noreturn]] void typeError(const char* expected) {
    throw std::runtime_error(std::string("JSON value is not ") + expected);
}
}  // namespace

bool JsonValue::asBool() const {
    if (m_type != Type::Bool)
        typeError("a boolean");
    return m_bool;
}
double JsonValue::asDouble() const {
    if (m_type != Type::Number)
        typeError("a number");
    return m_number;
}
int64_t JsonValue::asInt() const {
    if (m_type != Type::Number || !m_isInteger)
        typeError("an integer");
    return m_integer;
}
const std::string& JsonValue::asString() const {
    if (m_type != Type::String)
        typeError("a string");
    return m_string;
}
const std::vector<JsonValue>& JsonValue::asArray() const {
    if (m_type != Type::Array)
        typeError("an array");
    return m_array;
}
const std::map<std::string, JsonValue>& JsonValue::asObject() const {
    if (m_type != Type::Object)
        typeError("an object");
    return m_object;
}
bool JsonValue::contains(const std::string& key) const {
    return find(key) != nullptr;
}
const JsonValue* JsonValue::find(const std::string& key) const {
    if (m_type != Type::Object)
        return nullptr;
    auto it = m_object.find(key);
    return it == m_object.end() ? nullptr : &it->second;
}
const JsonValue& JsonValue::at(const std::string& key) const {
    const JsonValue* v = find(key);
    if (!v)
        throw std::runtime_error("JSON object has no member '" + key + "'");
    return *v;
}

namespace {

// Recursive-descent parser over a string_view. Depth is bounded so hostile headers cannot
// exhaust the stack.
class Parser {
public:
    explicit Parser(std::string_view text) : m_text(text) {}

    JsonValue parseDocument() {
        JsonValue v = parseValue(0);
        skipSpace();
        if (m_pos != m_text.size())
            fail("unexpected trailing characters");
        return v;
    }

private:
    static constexpr int kMaxDepth = 256;

    [[noreturn]] void fail(const std::string& what) const {
        throw std::runtime_error("invalid JSON at byte " + std::to_string(m_pos) + ": " + what);
    }
    void skipSpace() {
        while (m_pos < m_text.size()) {
            char c = m_text[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }
    char peek() {
        skipSpace();
        if (m_pos >= m_text.size())
            fail("unexpected end of text");
        return m_text[m_pos];
    }
    void expectLiteral(std::string_view word) {
        if (m_text.substr(m_pos, word.size()) != word)
            fail("unknown literal");
        m_pos += word.size();
    }

    JsonValue parseValue(int depth) {
        if (depth > kMaxDepth)
            fail("nesting too deep");
        char c = peek();
        switch (c) {
            case '{':
                return parseObject(depth);
            case '[':
                return parseArray(depth);
            case '"':
                return JsonValue::makeString(parseString());
            case 't':
                expectLiteral("true");
                return JsonValue::makeBool(true);
            case 'f':
                expectLiteral("false");
                return JsonValue::makeBool(false);
            case 'n':
                expectLiteral("null");
                return JsonValue();
            default:
                return parseNumber();
        }
    }

    JsonValue parseObject(int depth) {
        ++m_pos;  // '{'
        std::map<std::string, JsonValue> members;
        if (peek() == '}') {
            ++m_pos;
            return JsonValue::makeObject(std::move(members));
        }
        while (true) {
            if (peek() != '"')
                fail("expected a member name");
            std::string key = parseString();
            if (peek() != ':')
                fail("expected ':'");
            ++m_pos;
            JsonValue value = parseValue(depth + 1);
            if (!members.emplace(std::move(key), std::move(value)).second)
                fail("duplicate member name");
            char c = peek();
            ++m_pos;
            if (c == '}')
                break;
            if (c != ',')
                fail("expected ',' or '}'");
        }
        return JsonValue::makeObject(std::move(members));
    }

    JsonValue parseArray(int depth) {
        ++m_pos;  // '['
        std::vector<JsonValue> items;
        if (peek() == ']') {
            ++m_pos;
            return JsonValue::makeArray(std::move(items));
        }
        while (true) {
            items.push_back(parseValue(depth + 1));
            char c = peek();
            ++m_pos;
            if (c == ']')
                break;
            if (c != ',')
                fail("expected ',' or ']'");
        }
        return JsonValue::makeArray(std::move(items));
    }

    unsigned parseHex4() {
        if (m_pos + 4 > m_text.size())
            fail("truncated \\u escape");
        unsigned v = 0;
        for (int i = 0; i < 4; ++i) {
            char c = m_text[m_pos++];
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= unsigned(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= unsigned(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= unsigned(c - 'A' + 10);
            else
                fail("bad \\u escape");
        }
        return v;
    }

    static void appendUtf8(std::string& out, unsigned cp) {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }

    std::string parseString() {
        ++m_pos;  // opening quote
        std::string out;
        while (true) {
            if (m_pos >= m_text.size())
                fail("unterminated string");
            char c = m_text[m_pos++];
            if (c == '"')
                break;
            if (static_cast<unsigned char>(c) < 0x20)
                fail("control character in string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size())
                fail("unterminated escape");
            char e = m_text[m_pos++];
            switch (e) {
                case '"':
                    out += '"';
                    break;
                case '\\':
                    out += '\\';
                    break;
                case '/':
                    out += '/';
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'u': {
                    unsigned cp = parseHex4();
                    if (cp >= 0xD800 && cp < 0xDC00) {
                        if (m_text.substr(m_pos, 2) != "\\u")
                            fail("lone surrogate");
                        m_pos += 2;
                        unsigned low = parseHex4();
                        if (low < 0xDC00 || low >= 0xE000)
                            fail("bad surrogate pair");
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    } else if (cp >= 0xDC00 && cp < 0xE000) {
                        fail("lone surrogate");
                    }
                    appendUtf8(out, cp);
                    break;
                }
                default:
                    fail("unknown escape");
            }
        }
        return out;
    }

    JsonValue parseNumber() {
        size_t start = m_pos;
        bool integer = true;
        if (m_pos < m_text.size() && m_text[m_pos] == '-')
            ++m_pos;
        size_t digitsStart = m_pos;
        while (m_pos < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[m_pos])))
            ++m_pos;
        if (m_pos == digitsStart)
            fail("expected a value");
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            integer = false;
            ++m_pos;
            size_t fracStart = m_pos;
            while (m_pos < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[m_pos])))
                ++m_pos;
            if (m_pos == fracStart)
                fail("expected digits after '.'");
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            integer = false;
            ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
                ++m_pos;
            size_t expStart = m_pos;
            while (m_pos < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[m_pos])))
                ++m_pos;
            if (m_pos == expStart)
                fail("expected exponent digits");
        }
        std::string token(m_text.substr(start, m_pos - start));
        double value = std::strtod(token.c_str(), nullptr);
        int64_t asInteger = 0;
        if (integer) {
            errno = 0;
            long long parsed = std::strtoll(token.c_str(), nullptr, 10);
            if (errno == ERANGE)
                integer = false;  // too large: keep only the double
            asInteger = parsed;
        }
        return JsonValue::makeNumber(value, integer, asInteger);
    }

    std::string_view m_text;
    size_t m_pos = 0;
};

}  // namespace

JsonValue parseJson(std::string_view text) {
    return Parser(text).parseDocument();
}

JsonValue readJsonFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throwModelError(path, "cannot open the file; check that it exists and is readable");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    try {
        return parseJson(buffer.str());
    } catch (const std::runtime_error& e) {
        throwModelError(path, e.what());
    }
}

}  // namespace vx
