#include "app/cli/numeric_checks.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace vx::cli {

namespace {
std::string number(double value) {
    std::ostringstream text;
    text << value;
    return text.str();
}
}  // namespace

CLI::Validator finiteRange(double low, double high, double step) {
    const std::string range = "a number from " + number(low) + " to " + number(high) +
                              (step > 0.0 ? " in steps of " + number(step) : "");
    CLI::Validator validator(
        [low, high, step, range](std::string& text) -> std::string {
            const char* begin = text.c_str();
            char* end = nullptr;
            errno = 0;
            const double value = std::strtod(begin, &end);
            if (text.empty() || end == begin || *end != '\0')
                return "'" + text + "' is not a number; give " + range;
            if (!std::isfinite(value) || errno == ERANGE)
                return "'" + text + "' is not a finite number; give " + range;
            if (value < low || value > high)
                return text + " is out of range; give " + range;
            if (step > 0.0 && std::fmod(value - low, step) != 0.0)
                return text + " is not a multiple of " + number(step) + "; give " + range;
            return {};
        },
        "[" + number(low) + " - " + number(high) + "]");
    return validator;
}

}  // namespace vx::cli
