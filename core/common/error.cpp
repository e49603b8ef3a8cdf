#include "common/error.h"

namespace vx {

namespace {
// The one place where a message gets its file: many throwers already start the message with
// "<file>: " (it reads well in the log too), so the prefix is added only when it is missing and
// the user reads the path once.
std::string withFile(const std::string& message, const std::string& file) {
    if (file.empty())
        return message;
    const std::string prefix = file + ": ";
    if (message.compare(0, prefix.size(), prefix) == 0)
        return message;
    return prefix + message;
}
}  // namespace

Error::Error(ErrorKind kind, std::string message, std::string file)
    : std::runtime_error(withFile(message, file)), m_kind(kind), m_file(std::move(file)) {}

void throwModelError(const std::string& file, const std::string& what) {
    throw Error(ErrorKind::Model, what, file);
}

}  // namespace vx
