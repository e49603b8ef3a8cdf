// Copying checkpoint tensors into LibTorch modules whose submodules carry the PyTorch names,
// with a report of every key that did not line up.
#pragma once

#include <torch/nn/module.h>

#include <string>
#include <vector>

#include "engine/io/state_dict.h"

namespace vx::nn {

struct KeyReport {
    std::vector<std::string> missing;     // module keys no file entry provided
    std::vector<std::string> unexpected;  // file keys the module does not have
    std::vector<std::string> mismatched;  // "key: file [a,b] vs model [c,d]"

    bool clean() const { return missing.empty() && unexpected.empty() && mismatched.empty(); }
    // A readable summary listing at most `maxPerList` keys of each kind.
    std::string describe(size_t maxPerList = 12) const;
};

// Copies every entry of `state` whose key (after stripping `prefix`) names a parameter or buffer
// of `module`, converting to that tensor's dtype and device. Shapes must match exactly;
// mismatched entries are reported and not copied. Entries outside `prefix` are ignored.
KeyReport copyStateDict(torch::nn::Module& module, const io::StateDict& state,
                        const std::string& prefix = "");

// copyStateDict, then throws vx::Error(Model) naming `file` unless the report is clean.
void loadStrict(torch::nn::Module& module, const io::StateDict& state, const std::string& file,
                const std::string& prefix = "");

}  // namespace vx::nn
