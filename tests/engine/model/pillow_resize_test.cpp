// The reference-image resize against Pillow itself (spec §7.5): bit-exact, every case.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <set>
#include <string>

#include "common/error.h"
#include "engine/io/safetensors_reader.h"
#include "engine/pipeline/pillow_resize.h"
#include "engine/pipeline/pipeline.h"
#include "support/test_support.h"

namespace {

vx::io::StateDict pillowGolden(const vx::test::TempDir& dir) {
    EXPECT_EQ(vx::test::runPython(vx::test::sourceDir() / "tests/python/pillow_resize_golden.py",
                                  {dir.path().string()}),
              0);
    return vx::io::readSafetensors((dir / "resize.safetensors").string()).tensors;
}

std::set<std::string> caseNames(const vx::io::StateDict& golden) {
    std::set<std::string> names;
    for (const auto& [key, tensor] : golden)
        names.insert(key.substr(0, key.find('.')));
    return names;
}

TEST(PillowResize, EqualsPillowBitForBit) {
    vx::test::TempDir dir;
    const vx::io::StateDict golden = pillowGolden(dir);
    const std::set<std::string> names = caseNames(golden);
    ASSERT_GE(names.size(), 5u);
    for (const std::string& name : names) {
        const torch::Tensor& input = golden.at(name + ".input");
        const torch::Tensor& expected = golden.at(name + ".output");
        const torch::Tensor actual =
            vx::engine::pillowBicubicResize(input, expected.size(0), expected.size(1));
        const int64_t differing = actual.ne(expected).sum().item<int64_t>();
        EXPECT_EQ(differing, 0) << name << ": " << differing << " of " << expected.numel()
                                << " values differ from Pillow";
    }
}

TEST(PillowResize, ReferenceImageTensorUsesIt) {
    vx::test::TempDir dir;
    const vx::io::StateDict golden = pillowGolden(dir);
    const torch::Tensor& input = golden.at("gradient_odd.input");
    const torch::Tensor& expected = golden.at("gradient_odd.output");
    const torch::Tensor tensor =
        vx::engine::referenceImageTensor(input, expected.size(0), expected.size(1));
    const torch::Tensor levels = tensor[0].permute({1, 2, 0}).mul(255.0).round().to(torch::kUInt8);
    EXPECT_TRUE(levels.equal(expected));
}

TEST(PillowResize, SameSizeIsACopyAndBadInputIsRefused) {
    const torch::Tensor image = torch::randint(0, 256, {9, 7, 3}, torch::kUInt8);
    EXPECT_TRUE(vx::engine::pillowBicubicResize(image, 9, 7).equal(image));
    EXPECT_THROW(vx::engine::pillowBicubicResize(image.to(torch::kFloat32), 4, 4), vx::Error);
    EXPECT_THROW(vx::engine::pillowBicubicResize(image, 0, 4), vx::Error);
}

}  // namespace
