// The 3x3x3 median filter (spec §10.1).
#include <gtest/gtest.h>
#include <torch/torch.h>

#include "common/error.h"
#include "engine/io/safetensors_reader.h"
#include "engine/pipeline/median_filter.h"
#include "support/test_support.h"

namespace {

TEST(MedianFilter, MatchesTheOriginalExactly) {
    VX_REQUIRE_FIXTURES();
    auto file = vx::io::readSafetensors(
        (vx::test::fixturesDir() / "cases/median_filter.safetensors").string());
    torch::Tensor output = vx::engine::medianFilter3d(file.tensors.at("input"));
    EXPECT_TRUE(vx::test::tensorsClose(output, file.tensors.at("output"), 0.0));
}

TEST(MedianFilter, MatchesThePipelineCaseExactly) {
    VX_REQUIRE_FIXTURES();
    auto file =
        vx::io::readSafetensors((vx::test::fixturesDir() / "pipeline_case.safetensors").string());
    torch::Tensor output = vx::engine::medianFilter3d(file.tensors.at("video"), 5);
    EXPECT_TRUE(vx::test::tensorsClose(output, file.tensors.at("video_median_filtered"), 0.0));
}

TEST(MedianFilter, ChunkSizeDoesNotChangeTheResult) {
    torch::manual_seed(3);
    torch::Tensor video = torch::rand({3, 11, 9, 7});
    torch::Tensor whole = vx::engine::medianFilter3d(video, 11);
    for (int64_t chunk : {1, 2, 3, 4, 10, 64, 0})
        EXPECT_TRUE(vx::test::tensorsClose(vx::engine::medianFilter3d(video, chunk), whole, 0.0))
            << "chunk " << chunk;
}

TEST(MedianFilter, ReflectPaddingAndMedianByHand) {
    // A single spike is removed; a constant video stays constant.
    torch::Tensor video = torch::zeros({1, 4, 4, 4});
    video[0][1][2][2] = 1.0f;
    EXPECT_EQ(vx::engine::medianFilter3d(video).abs().max().item<float>(), 0.0f);
    torch::Tensor flat = torch::full({2, 3, 5, 5}, 0.25f);
    EXPECT_TRUE(vx::test::tensorsClose(vx::engine::medianFilter3d(flat), flat, 0.0));
    // Frame 0 of a time ramp [0,1,2]: neighbours are frames 1 (reflected), 0, 1 -> median 1.
    torch::Tensor ramp = torch::arange(3, torch::kFloat32).view({1, 3, 1, 1}).expand({1, 3, 3, 3});
    torch::Tensor filtered = vx::engine::medianFilter3d(ramp.contiguous());
    EXPECT_EQ(filtered[0][0][1][1].item<float>(), 1.0f);
    EXPECT_EQ(filtered[0][2][1][1].item<float>(), 1.0f);
    EXPECT_THROW(vx::engine::medianFilter3d(torch::zeros({3, 1, 4, 4})), vx::Error);
}

}  // namespace
