#include "engine/nn/unet_loading.h"

#include <algorithm>
#include <set>

#include "common/error.h"

namespace vx::nn {

namespace {

void throwUnlessComplete(const KeyReport& report, const std::string& file) {
    if (!report.missing.empty() || !report.mismatched.empty()) {
        throwModelError(
            file, "the checkpoint does not match the model configuration\n" + report.describe());
    }
}

}  // namespace

KeyReport loadReferenceNet(ReferenceNet& net, const io::StateDict& state, const std::string& file) {
    KeyReport report = copyStateDict(net, state);
    throwUnlessComplete(report, file);
    return report;
}

KeyReport loadDenoisingUNet(DenoisingUNet& net, const io::StateDict& unetState,
                            const std::string& unetFile, const io::StateDict& motionState,
                            const std::string& motionFile) {
    KeyReport base = copyStateDict(net, unetState);
    KeyReport overlay = copyStateDict(net, motionState);
    KeyReport merged;
    std::set<std::string> missingFromOverlay(overlay.missing.begin(), overlay.missing.end());
    for (const auto& key : base.missing) {
        if (missingFromOverlay.count(key))
            merged.missing.push_back(key);
    }
    merged.unexpected = base.unexpected;
    merged.unexpected.insert(merged.unexpected.end(), overlay.unexpected.begin(),
                             overlay.unexpected.end());
    for (const auto& entry : base.mismatched)
        merged.mismatched.push_back(unetFile + ": " + entry);
    for (const auto& entry : overlay.mismatched)
        merged.mismatched.push_back(motionFile + ": " + entry);
    throwUnlessComplete(merged, unetFile + " + " + motionFile);
    return merged;
}

}  // namespace vx::nn
