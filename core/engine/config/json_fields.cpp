#include "engine/config/json_fields.h"

#include <cmath>
#include <stdexcept>

#include "common/error.h"

namespace vx::engine::config {

FieldReader::FieldReader(const JsonValue& object, std::string file, std::string keyPath)
    : m_object(&object), m_file(std::move(file)), m_keyPath(std::move(keyPath)) {
    if (!object.isObject())
        throwModelError(m_file,
                        (m_keyPath.empty() ? std::string("the file") : "key '" + m_keyPath + "'") +
                            " must be a JSON object");
}

void FieldReader::fail(const std::string& key, const std::string& what) const {
    throwModelError(m_file, "key '" + m_keyPath + key + "': " + what);
}

bool FieldReader::has(const std::string& key) const {
    const JsonValue* v = m_object->find(key);
    return v && !v->isNull();
}

const JsonValue& FieldReader::required(const std::string& key) const {
    const JsonValue* v = m_object->find(key);
    if (!v || v->isNull())
        fail(key,
             "missing; the configuration file is incomplete (replace it with the one "
             "shipped with the model)");
    return *v;
}

namespace {

int64_t toInteger(const FieldReader& r, const std::string& key, const JsonValue& v) {
    if (!v.isNumber())
        r.fail(key, "expected an integer");
    double d = v.asDouble();
    // Some configs write integers as 1.0; accept those, reject real fractions.
    if (std::floor(d) != d || std::abs(d) > 9.0e15)
        r.fail(key, "expected an integer, found " + std::to_string(d));
    // No model has a size, count or rate near 65536 (the largest, 16000 Hz, is a quarter of it);
    // a larger value is a damaged file, refused here before it reaches a tensor allocation.
    if (std::abs(d) > double(kLargestConfigInteger))
        r.fail(key, "the value " + std::to_string(static_cast<long long>(d)) +
                        " is out of range (at most " + std::to_string(kLargestConfigInteger) +
                        "); the configuration file is damaged, replace it with the one shipped "
                        "with the model");
    return static_cast<int64_t>(d);
}

}  // namespace

int64_t FieldReader::integer(const std::string& key) const {
    return toInteger(*this, key, required(key));
}

double FieldReader::number(const std::string& key) const {
    const JsonValue& v = required(key);
    if (!v.isNumber())
        fail(key, "expected a number");
    if (!std::isfinite(v.asDouble()))
        fail(key, "expected a finite number; the configuration file is damaged");
    return v.asDouble();
}

bool FieldReader::boolean(const std::string& key) const {
    const JsonValue& v = required(key);
    if (!v.isBool())
        fail(key, "expected true or false");
    return v.asBool();
}

std::string FieldReader::string(const std::string& key) const {
    const JsonValue& v = required(key);
    if (!v.isString())
        fail(key, "expected a string");
    return v.asString();
}

std::vector<int64_t> FieldReader::integers(const std::string& key) const {
    const JsonValue& v = required(key);
    if (!v.isArray())
        fail(key, "expected a list of integers");
    std::vector<int64_t> out;
    for (const JsonValue& item : v.asArray())
        out.push_back(toInteger(*this, key, item));
    return out;
}

std::vector<std::string> FieldReader::strings(const std::string& key) const {
    const JsonValue& v = required(key);
    if (!v.isArray())
        fail(key, "expected a list of strings");
    std::vector<std::string> out;
    for (const JsonValue& item : v.asArray()) {
        if (!item.isString())
            fail(key, "expected a list of strings");
        out.push_back(item.asString());
    }
    return out;
}

FieldReader FieldReader::object(const std::string& key) const {
    const JsonValue& v = required(key);
    if (!v.isObject())
        fail(key, "expected an object");
    return FieldReader(v, m_file, m_keyPath + key + ".");
}

int64_t FieldReader::integer(const std::string& key, int64_t fallback) const {
    return has(key) ? integer(key) : fallback;
}
double FieldReader::number(const std::string& key, double fallback) const {
    return has(key) ? number(key) : fallback;
}
bool FieldReader::boolean(const std::string& key, bool fallback) const {
    return has(key) ? boolean(key) : fallback;
}
std::string FieldReader::string(const std::string& key, const std::string& fallback) const {
    return has(key) ? string(key) : fallback;
}
std::vector<int64_t> FieldReader::integers(const std::string& key,
                                           const std::vector<int64_t>& fallback) const {
    return has(key) ? integers(key) : fallback;
}
std::vector<std::string> FieldReader::strings(const std::string& key,
                                              const std::vector<std::string>& fallback) const {
    return has(key) ? strings(key) : fallback;
}

JsonValue readConfigObject(const std::string& path) {
    JsonValue root = readJsonFile(path);
    if (!root.isObject())
        throwModelError(path, "expected a JSON object at the top level");
    return root;
}

}  // namespace vx::engine::config
