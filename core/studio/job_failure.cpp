#include "studio/job_failure.h"

#include <new>
#include <typeinfo>

namespace vx::studio {

void JobFailure::raise() const {
    throw Error(kind, message, file);
}

JobFailure failureFrom(const std::exception_ptr& error) {
    JobFailure failure;
    try {
        std::rethrow_exception(error);
    } catch (const Error& e) {
        failure.kind = e.kind();
        failure.message = e.what();
        failure.file = e.file();
        failure.detail = e.what();
    } catch (const std::bad_alloc& e) {
        failure.message =
            "the computer ran out of memory; close other programs, or render a smaller size or a "
            "shorter part (Draft Render)";
        failure.detail = std::string("std::bad_alloc: ") + e.what();
    } catch (const std::exception& e) {
        // LibTorch's own errors carry a C++ stack trace after the first line: the user gets
        // the first line, the log the whole text.
        const std::string text = e.what();
        failure.message = "internal error: " + text.substr(0, text.find('\n'));
        failure.detail = std::string(typeid(e).name()) + ": " + text;
    } catch (...) {
        failure.message = "internal error: an unknown exception stopped the job";
        failure.detail = "unknown exception";
    }
    return failure;
}

}  // namespace vx::studio
