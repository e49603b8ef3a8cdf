// Shared policy of the fuzz targets: the readers may refuse input only with vx::Error. Any
// other exception breaks their contract, so it aborts and libFuzzer records the input.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <exception>

#include <torch/types.h>

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
    }
}

// Reads every element so that AddressSanitizer sees any tensor over memory it does not own.
inline void touch(const torch::Tensor& tensor) {
    if (tensor.numel() > 0 && tensor.numel() < (1 << 24))
        (void)tensor.clone();
}

}  // namespace vx::fuzz
