// One entry point for every checkpoint format the model folders use: safetensors files and
// torch.save archives (.bin, .pth, .pt, .ckpt). The format is recognised from the content, so a
// misnamed file still loads; the extension only shapes the error message of unknown content.
#pragma once

#include <string>

#include "engine/io/state_dict.h"

namespace vx::io {

// Reads every tensor of a checkpoint. Throws vx::Error(Model) naming the file when it is
// missing, empty, truncated, damaged, of an unknown format or holds more than tensors.
StateDict loadCheckpoint(const std::string& path);

}  // namespace vx::io
