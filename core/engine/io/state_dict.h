// A checkpoint's tensors by their PyTorch key, in key order.
#pragma once

#include <torch/types.h>

#include <map>
#include <string>

namespace vx::io {

using StateDict = std::map<std::string, torch::Tensor>;

}  // namespace vx::io
