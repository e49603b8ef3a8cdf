// How a job that stopped early is reported to either front end: one type with the kind (for the
// CLI's exit code), a message the user can act on, the file concerned and the technical detail
// that goes to the log. Every place that catches a job's exception turns it into this with
// failureFrom, so a LibTorch error, an allocation failure and a vx::Error read the same way.
#pragma once

#include <exception>
#include <string>

#include "common/error.h"

namespace vx::studio {

struct JobFailure {
    ErrorKind kind = ErrorKind::Internal;
    std::string message;  // what went wrong and what to do; names the file when there is one
    std::string file;     // the file concerned, or empty
    std::string detail;   // for the log and a bug report: the exception as it was thrown
    bool cancelled() const { return kind == ErrorKind::Cancelled; }
    // The failure as the vx::Error the CLI's single error path turns into a message and an exit
    // code.
    [[noreturn]] void raise() const;
};

// `error` (from std::current_exception) as a JobFailure: a vx::Error keeps its kind, message
// and file; running out of memory says so and how to need less; anything else is Internal with
// its text as the detail.
JobFailure failureFrom(const std::exception_ptr& error);

}  // namespace vx::studio
