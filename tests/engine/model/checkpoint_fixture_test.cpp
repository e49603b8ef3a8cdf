// Every .bin checkpoint of the tiny V-Express model folder, read by the C++ torch reader, must
// equal what torch.load returns, and the VAE's .bin and .safetensors must hold the same tensors.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <filesystem>

#include "engine/io/checkpoint.h"
#include "engine/io/safetensors_reader.h"
#include "support/test_support.h"

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> binFiles() {
    std::vector<fs::path> files;
    for (const auto& entry :
         fs::recursive_directory_iterator(vx::test::fixturesDir() / "model_ckpts")) {
        if (entry.is_regular_file() && entry.path().extension() == ".bin")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

TEST(CheckpointFixtures, EveryBinMatchesTorchLoad) {
    VX_REQUIRE_FIXTURES();
    const auto files = binFiles();
    ASSERT_GE(files.size(), 6u) << "expected the five V-Express .bin files and the VAE";
    vx::test::TempDir dir;
    for (const auto& file : files) {
        SCOPED_TRACE(file.string());
        const auto loaded = vx::io::loadCheckpoint(file.string());
        ASSERT_FALSE(loaded.empty());
        const auto reference = dir / (file.stem().string() + ".safetensors");
        ASSERT_EQ(
            vx::test::runPython(vx::test::sourceDir() / "tests/python/write_torch_checkpoints.py",
                                {"--convert", file.string(), reference.string()}),
            0);
        const auto expected = vx::io::readSafetensors(reference.string()).tensors;
        ASSERT_EQ(loaded.size(), expected.size());
        for (const auto& [key, value] : expected) {
            ASSERT_TRUE(loaded.count(key)) << key;
            const auto& got = loaded.at(key);
            ASSERT_EQ(got.scalar_type(), value.scalar_type()) << key;
            ASSERT_EQ(got.sizes(), value.sizes()) << key;
            EXPECT_TRUE(torch::equal(got, value)) << key;
        }
    }
}

TEST(CheckpointFixtures, MotionModuleHoldsOnlyMotionModules) {
    VX_REQUIRE_FIXTURES();
    const auto dir = vx::test::fixturesDir() / "model_ckpts/v-express";
    const auto motion = vx::io::loadCheckpoint((dir / "motion_module.bin").string());
    // Spec §1.2: 21 motion modules x 28 entries, every key inside a motion module.
    EXPECT_EQ(motion.size(), 21u * 28u);
    for (const auto& [key, value] : motion) {
        EXPECT_NE(key.find("motion_modules."), std::string::npos) << key;
        EXPECT_GT(value.numel(), 0) << key;
    }
}

TEST(CheckpointFixtures, VaeBinEqualsVaeSafetensors) {
    VX_REQUIRE_FIXTURES();
    const auto dir = vx::test::fixturesDir() / "model_ckpts/sd-vae-ft-mse";
    const auto bin = vx::io::loadCheckpoint((dir / "diffusion_pytorch_model.bin").string());
    const auto st = vx::io::loadCheckpoint((dir / "diffusion_pytorch_model.safetensors").string());
    ASSERT_EQ(bin.size(), st.size());
    ASSERT_GT(bin.size(), 100u);
    for (const auto& [key, value] : st) {
        ASSERT_TRUE(bin.count(key)) << key;
        EXPECT_EQ(bin.at(key).scalar_type(), value.scalar_type()) << key;
        EXPECT_TRUE(torch::equal(bin.at(key), value)) << key;
    }
}

}  // namespace
