#include "engine/nn/reference_context.h"

#include "common/error.h"

namespace vx::nn {

const KeyValue& ReferenceContext::at(const std::string& blockPath) const {
    auto it = keyValues.find(blockPath);
    if (it == keyValues.end())
        throw Error(ErrorKind::Internal, "reference context has no bank for " + blockPath);
    return it->second;
}

}  // namespace vx::nn
