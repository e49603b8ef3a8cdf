#include "engine/pipeline/model_folder.h"

#include <array>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/error.h"
#include "engine/config/hyperparameters.h"
#include "engine/io/safetensors_reader.h"

namespace vx::engine {

namespace {

namespace fs = std::filesystem;

const char* const kDownloadFix =
    "Download it again from the V-Express release (Hugging Face tk93/V-Express) and place it "
    "there";

class FolderChecker {
public:
    FolderChecker(fs::path root, ModelFolderReport& report)
        : m_root(std::move(root)), m_report(report) {}

    // A required non-weight file (config, onnx): present, regular, non-empty.
    std::string requireFile(const std::string& relative) {
        const fs::path path = m_root / relative;
        checkPresentAndNonEmpty(path);
        return path.string();
    }

    // A weight file given as a stem: <stem>.safetensors (preferred) or one of `binNames`.
    std::string requireWeights(const std::string& folder, const std::vector<std::string>& names) {
        std::error_code ec;
        for (const std::string& name : names) {
            const fs::path path = m_root / folder / name;
            if (fs::exists(path, ec)) {
                if (checkPresentAndNonEmpty(path))
                    checkWeightStructure(path);
                return path.string();
            }
        }
        std::string listed;
        for (const std::string& name : names)
            listed += (listed.empty() ? "" : " or ") + name;
        const fs::path expected = m_root / folder / names.back();
        add(expected.string(), "missing (looked for " + listed + ")", kDownloadFix);
        return expected.string();
    }

    void add(std::string file, std::string what, std::string fix) {
        m_report.problems.push_back({std::move(file), std::move(what), std::move(fix)});
    }

private:
    bool checkPresentAndNonEmpty(const fs::path& path) {
        std::error_code ec;
        const auto status = fs::status(path, ec);
        if (!fs::exists(status)) {
            add(path.string(), "missing", kDownloadFix);
            return false;
        }
        if (!fs::is_regular_file(status)) {
            add(path.string(), "is not a regular file",
                "Replace it with the file from the release");
            return false;
        }
        const auto size = fs::file_size(path, ec);
        if (ec || size == 0) {
            add(path.string(), "is empty",
                "The download was interrupted; " + std::string(kDownloadFix));
            return false;
        }
        return true;
    }

    void checkWeightStructure(const fs::path& path) {
        if (path.extension() == ".safetensors") {
            try {
                io::readSafetensors(path.string());
            } catch (const std::exception& e) {
                add(path.string(),
                    std::string("is not a readable safetensors file (") + e.what() + ")",
                    "The file is damaged or truncated; " + std::string(kDownloadFix));
            }
            return;
        }
        if (!hasZipEndRecord(path))
            add(path.string(),
                "is truncated or not a PyTorch checkpoint (no zip end-of-central-directory record)",
                "The download was interrupted; " + std::string(kDownloadFix));
    }

    // A torch .bin is a zip archive; a complete one ends with the 22-byte end-of-central-
    // directory record (plus at most a 64 KiB comment). Truncation removes it.
    static bool hasZipEndRecord(const fs::path& path) {
        std::ifstream in(path, std::ios::binary);
        if (!in)
            return false;
        in.seekg(0, std::ios::end);
        const std::streamoff size = in.tellg();
        const std::streamoff tail = std::min<std::streamoff>(size, 22 + 65535);
        if (tail < 22)
            return false;
        std::string buffer(static_cast<size_t>(tail), '\0');
        in.seekg(size - tail);
        in.read(buffer.data(), tail);
        if (!in)
            return false;
        for (std::streamoff i = tail - 22; i >= 0; --i) {
            const auto at = static_cast<size_t>(i);
            if (std::memcmp(buffer.data() + at, "PK\x05\x06", 4) != 0)
                continue;
            // The comment length must account exactly for the rest of the file.
            const auto commentLength =
                static_cast<uint16_t>(static_cast<uint8_t>(buffer[at + 20]) |
                                      (static_cast<uint8_t>(buffer[at + 21]) << 8));
            if (static_cast<std::streamoff>(at) + 22 + commentLength == tail)
                return true;
        }
        return false;
    }

    fs::path m_root;
    ModelFolderReport& m_report;
};

}  // namespace

std::string ModelFolderReport::describe() const {
    std::ostringstream out;
    for (size_t i = 0; i < problems.size(); ++i)
        out << (i ? "\n" : "") << problems[i].file << ": " << problems[i].what << ". "
            << problems[i].fix << '.';
    return out.str();
}

ModelFolderReport inspectModelFolder(const std::string& root, const ModelFolderOptions& options) {
    ModelFolderReport report;
    ModelFolderLayout& layout = report.layout;
    layout.root = root;
    FolderChecker check(root, report);
    std::error_code ec;
    if (!fs::is_directory(root, ec)) {
        check.add(root, "is not a folder",
                  "Choose the model_ckpts folder of the V-Express release");
        return report;
    }
    layout.unetConfig = check.requireFile("stable-diffusion-v1-5/unet/config.json");
    layout.vaeConfig = check.requireFile("sd-vae-ft-mse/config.json");
    layout.vaeWeights = check.requireWeights(
        "sd-vae-ft-mse", {"diffusion_pytorch_model.safetensors", "diffusion_pytorch_model.bin"});
    auto vexpress = [&](const std::string& stem) {
        return check.requireWeights("v-express", {stem + ".safetensors", stem + ".bin"});
    };
    layout.referenceNet = vexpress("reference_net");
    layout.denoisingUnet = vexpress("denoising_unet");
    layout.motionModule = vexpress("motion_module");
    layout.vKpsGuider = vexpress("v_kps_guider");
    layout.audioProjection = vexpress("audio_projection");
    layout.wav2vec2Config = check.requireFile("wav2vec2-base-960h/config.json");
    layout.wav2vec2Preprocessor = check.requireFile("wav2vec2-base-960h/preprocessor_config.json");
    layout.wav2vec2Weights =
        check.requireWeights("wav2vec2-base-960h", {"model.safetensors", "pytorch_model.bin"});
    const std::string detector = "insightface_models/models/buffalo_l/det_10g.onnx";
    if (options.requireFaceDetector)
        layout.faceDetector = check.requireFile(detector);
    else if (fs::exists(fs::path(root) / detector, ec))
        layout.faceDetector = (fs::path(root) / detector).string();
    layout.hyperparameters = findHyperparametersFile(root);
    return report;
}

ModelFolderLayout requireModelFolder(const std::string& root, const ModelFolderOptions& options) {
    ModelFolderReport report = inspectModelFolder(root, options);
    if (!report.ok())
        throw Error(ErrorKind::Model,
                    "the model folder is incomplete (" + std::to_string(report.problems.size()) +
                        (report.problems.size() == 1 ? " problem" : " problems") + "):\n" +
                        report.describe(),
                    root);
    return report.layout;
}

}  // namespace vx::engine
