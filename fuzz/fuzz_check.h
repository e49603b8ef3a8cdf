// Shared policy of the fuzz targets: the code under test may refuse input only with vx::Error.
// Any other exception breaks its contract, so it aborts and libFuzzer records the input (the
// replay test, built without libFuzzer, fails the same way).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <exception>

#include "common/error.h"

namespace vx::fuzz {

template <class Fn>
void expectOnlyVxErrors(const char* what, Fn&& fn) {
    try {
        fn();
    } catch (const vx::Error&) {
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s threw a non-vx exception: %s\n", what, e.what());
        std::abort();
    } catch (...) {
        std::fprintf(stderr, "%s threw something that is not an exception\n", what);
        std::abort();
    }
}

}  // namespace vx::fuzz
