// loadCheckpoint: format dispatch by content, and clear errors for files that cannot be read.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <filesystem>
#include <fstream>

#include "common/error.h"
#include "engine/io/checkpoint.h"
#include "support/test_support.h"
#include "zip_test_builder.h"

namespace {

std::string tinySafetensors() {
    const std::string header = R"({"x":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})";
    std::string out;
    uint64_t n = header.size();
    for (int i = 0; i < 8; ++i)
        out.push_back(char((n >> (8 * i)) & 0xFF));
    out += header;
    const float values[2] = {1.5f, -2.f};
    out.append(reinterpret_cast<const char*>(values), 8);
    return out;
}

// A torch.save-like archive holding {"x": float tensor [1.5, -2]}.
std::vector<uint8_t> tinyTorchZip() {
    static const char kPickle[] =
        "\x80\x02}X\x01\x00\x00\x00xctorch._utils\n_rebuild_tensor_v2\n((X\x07\x00\x00\x00"
        "storagectorch\nFloatStorage\nX\x01\x00\x00\x00"
        "0X\x03\x00\x00\x00"
        "cpuK\x02tQK\x00K\x02\x85K\x01\x85\x89}tRs.";
    const std::string pickle(kPickle, sizeof(kPickle) - 1);
    const float values[2] = {1.5f, -2.f};
    return vx::test::buildTorchZip(pickle,
                                   {{"0", std::string(reinterpret_cast<const char*>(values), 8)}});
}

void writeText(const std::filesystem::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

void expectLoadError(const std::filesystem::path& path, const std::string& fragment) {
    try {
        vx::io::loadCheckpoint(path.string());
        ADD_FAILURE() << path << " loaded; expected an error containing '" << fragment << "'";
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::Model);
        EXPECT_EQ(e.file(), path.string());
        EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
    }
}

TEST(LoadCheckpoint, DispatchesOnContentNotName) {
    vx::test::TempDir dir;
    const auto expected = torch::tensor({1.5f, -2.f});
    writeText(dir / "a.safetensors", tinySafetensors());
    writeText(dir / "misnamed.bin", tinySafetensors());
    vx::test::writeBytes((dir / "b.bin").string(), tinyTorchZip());
    vx::test::writeBytes((dir / "c.pth").string(), tinyTorchZip());
    vx::test::writeBytes((dir / "d.safetensors").string(), tinyTorchZip());
    for (const char* name : {"a.safetensors", "misnamed.bin", "b.bin", "c.pth", "d.safetensors"}) {
        auto dict = vx::io::loadCheckpoint((dir / name).string());
        ASSERT_EQ(dict.size(), 1u) << name;
        EXPECT_TRUE(torch::equal(dict.at("x"), expected)) << name;
    }
}

TEST(LoadCheckpoint, ExplainsMissingEmptyAndUnknownFiles) {
    vx::test::TempDir dir;
    expectLoadError(dir / "absent.bin", "not found");
    expectLoadError(dir.path(), "folder");
    writeText(dir / "empty.bin", "");
    expectLoadError(dir / "empty.bin", "empty");
    writeText(dir / "text.bin", "hello, this is not a checkpoint");
    expectLoadError(dir / "text.bin", "not a torch.save checkpoint");
    writeText(dir / "text.gguf", "hello, this is not a checkpoint");
    expectLoadError(dir / "text.gguf", "unknown checkpoint format");
    writeText(dir / "bad.safetensors", "\x10\x00\x00\x00\x00\x00\x00\x00{");
    expectLoadError(dir / "bad.safetensors", "truncated");
    writeText(dir / "legacy.pt", "\x80\x02\x8a\x0a");
    expectLoadError(dir / "legacy.pt", "legacy");
}

TEST(LoadCheckpoint, ExplainsTruncatedFiles) {
    vx::test::TempDir dir;
    const auto zip = tinyTorchZip();
    const std::string st = tinySafetensors();
    for (size_t cut = 1; cut < zip.size(); ++cut) {
        vx::test::writeBytes((dir / "cut.bin").string(),
                             std::vector<uint8_t>(zip.begin(), zip.begin() + std::ptrdiff_t(cut)));
        EXPECT_THROW(vx::io::loadCheckpoint((dir / "cut.bin").string()), vx::Error) << cut;
    }
    for (size_t cut = 1; cut < st.size(); ++cut) {
        writeText(dir / "cut.safetensors", st.substr(0, cut));
        EXPECT_THROW(vx::io::loadCheckpoint((dir / "cut.safetensors").string()), vx::Error) << cut;
    }
}

}  // namespace
