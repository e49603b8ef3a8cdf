// Errors raised by the VX Studio core. Each carries a kind (so front ends can map it to an exit
// code or a dialog), the file it concerns when there is one, and a message that says what to do.
#pragma once

#include <stdexcept>
#include <string>

namespace vx {

enum class ErrorKind {
    BadInput,   // the user's image, audio, video or keypoint file cannot be used
    Model,      // the model folder is incomplete, truncated or does not match the configuration
    Cancelled,  // the caller asked to stop
    Io,         // the disk refused a read or a write (or has too little free space)
    Network,    // a server could not be reached, refused a request or sent broken data
    Internal,   // a bug or an unexpected state
};

class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, std::string message, std::string file = {});

    ErrorKind kind() const noexcept { return m_kind; }
    // The file the error concerns, or empty.
    const std::string& file() const noexcept { return m_file; }

private:
    ErrorKind m_kind;
    std::string m_file;
};

// A model-file problem: "<file>: <what>".
[[noreturn]] void throwModelError(const std::string& file, const std::string& what);

}  // namespace vx
