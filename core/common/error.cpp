#include "common/error.h"

namespace vx {

namespace {
std::string withFile(const std::string& message, const std::string& file) {
    return file.empty() ? message : file + ": " + message;
}
}  // namespace

Error::Error(ErrorKind kind, std::string message, std::string file)
    : std::runtime_error(withFile(message, file)), m_kind(kind), m_file(std::move(file)) {}

void throwModelError(const std::string& file, const std::string& what) {
    throw Error(ErrorKind::Model, what, file);
}

}  // namespace vx
