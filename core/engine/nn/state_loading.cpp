#include "engine/nn/state_loading.h"

#include <set>
#include <sstream>

#include "common/error.h"

namespace vx::nn {

namespace {

std::string shapeText(c10::IntArrayRef sizes) {
    std::ostringstream out;
    out << '[';
    for (size_t i = 0; i < sizes.size(); ++i)
        out << (i ? "," : "") << sizes[i];
    out << ']';
    return out.str();
}

void appendList(std::ostringstream& out, const char* title, const std::vector<std::string>& keys,
                size_t maxPerList) {
    if (keys.empty())
        return;
    out << title << " (" << keys.size() << "):";
    for (size_t i = 0; i < keys.size() && i < maxPerList; ++i)
        out << "\n  " << keys[i];
    if (keys.size() > maxPerList)
        out << "\n  ... and " << keys.size() - maxPerList << " more";
    out << '\n';
}

}  // namespace

std::string KeyReport::describe(size_t maxPerList) const {
    std::ostringstream out;
    appendList(out, "missing keys", missing, maxPerList);
    appendList(out, "unexpected keys", unexpected, maxPerList);
    appendList(out, "keys with the wrong shape", mismatched, maxPerList);
    std::string text = out.str();
    if (!text.empty() && text.back() == '\n')
        text.pop_back();
    return text;
}

KeyReport copyStateDict(torch::nn::Module& module, const io::StateDict& state,
                        const std::string& prefix) {
    torch::NoGradGuard noGrad;
    KeyReport report;
    std::map<std::string, torch::Tensor> targets;
    for (auto& item : module.named_parameters(/*recurse=*/true))
        targets[item.key()] = item.value();
    for (auto& item : module.named_buffers(/*recurse=*/true))
        targets[item.key()] = item.value();

    std::set<std::string> seen;
    for (const auto& [fileKey, value] : state) {
        if (fileKey.compare(0, prefix.size(), prefix) != 0)
            continue;
        std::string key = fileKey.substr(prefix.size());
        auto it = targets.find(key);
        if (it == targets.end()) {
            report.unexpected.push_back(fileKey);
            continue;
        }
        torch::Tensor& target = it->second;
        if (target.sizes() != value.sizes()) {
            report.mismatched.push_back(fileKey + ": file " + shapeText(value.sizes()) +
                                        " vs model " + shapeText(target.sizes()));
            continue;
        }
        target.copy_(value);
        seen.insert(key);
    }
    for (const auto& [key, tensor] : targets) {
        if (!seen.count(key))
            report.missing.push_back(prefix + key);
    }
    return report;
}

void loadStrict(torch::nn::Module& module, const io::StateDict& state, const std::string& file,
                const std::string& prefix) {
    KeyReport report = copyStateDict(module, state, prefix);
    if (!report.clean()) {
        throwModelError(
            file, "the checkpoint does not match the model configuration\n" + report.describe());
    }
}

}  // namespace vx::nn
