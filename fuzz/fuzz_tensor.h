// For the checkpoint reader targets: reads every element of a returned tensor so that
// AddressSanitizer sees any tensor over memory the reader does not own.
#pragma once

#include <torch/types.h>

namespace vx::fuzz {

inline void touch(const torch::Tensor& tensor) {
    if (tensor.numel() > 0 && tensor.numel() < (1 << 24))
        (void)tensor.clone();
}

}  // namespace vx::fuzz
