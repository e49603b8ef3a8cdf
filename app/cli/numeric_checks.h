// The one check every numeric option of vxstudio-cli goes through: the text must be a finite
// number inside the option's range. CLI11's own Range lets "nan" through (every comparison with
// NaN is false) and says nothing about infinity, so a NaN expression strength once rendered
// black frames with exit code 0. Keeping the rule here, as validators, lets a later table of
// parameters carry (low, high, step) and build its options from it.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace vx::cli {

// A finite number in [low, high]. With `step` > 0 the value must also be a whole multiple of
// it (the frame size, whose VAE works on 8x8 blocks).
CLI::Validator finiteRange(double low, double high, double step = 0.0);

// A seed: a whole number from 0 to 2^64 - 1 written in decimal digits (no sign, no fraction),
// so "-1" does not wrap to a huge seed and "1e30" is not silently cut.
CLI::Validator seedValue();

}  // namespace vx::cli
