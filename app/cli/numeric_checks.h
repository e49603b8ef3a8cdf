// The check of the numeric options that are not render settings (blink times, the parity
// tolerance; the render settings are checked by the parameter table, parameter_options.h): the
// text must be a finite number inside the option's range. CLI11's own Range lets "nan" through
// (every comparison with NaN is false), so a NaN once rendered black frames with exit code 0.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace vx::cli {

// A finite number in [low, high]. With `step` > 0 the value must also be a whole multiple of
// it (the frame size, whose VAE works on 8x8 blocks).
CLI::Validator finiteRange(double low, double high, double step = 0.0);

}  // namespace vx::cli
