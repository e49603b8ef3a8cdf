// The 3x3x3 median filter (spec §10.1).
#include <gtest/gtest.h>
#include <torch/torch.h>

#include "common/error.h"
#include "engine/io/safetensors_reader.h"
#include "engine/pipeline/frame_stream.h"
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

// A stream that starts at a later frame (a resumed render) delivers exactly the frames the whole
// stream delivers from there, with or without the filter, and asks for one frame before it.
TEST(FrameStream, StartingAtALaterFrameDeliversTheSameFrames) {
    torch::manual_seed(5);
    const int64_t count = 9;
    torch::Tensor video = torch::rand({3, count, 6, 5});
    for (bool filter : {true, false}) {
        std::vector<torch::Tensor> whole;
        vx::engine::FrameStream all(count, filter, [&](int64_t, const torch::Tensor& frame) {
            whole.push_back(frame.clone());
        });
        for (int64_t f = 0; f < count; ++f)
            all.push(video.select(1, f));
        all.finish();
        ASSERT_EQ(whole.size(), size_t(count));
        if (filter) {
            EXPECT_TRUE(vx::test::tensorsClose(torch::stack(whole, 1),
                                               vx::engine::medianFilter3d(video), 0.0));
        }
        for (int64_t first = 0; first <= count; ++first) {
            std::vector<int64_t> indices;
            std::vector<torch::Tensor> frames;
            vx::engine::FrameStream part(
                count, filter,
                [&](int64_t index, const torch::Tensor& frame) {
                    indices.push_back(index);
                    frames.push_back(frame.clone());
                },
                first);
            EXPECT_EQ(part.firstPushed(), filter ? std::max<int64_t>(0, first - 1) : first);
            for (int64_t f = part.firstPushed(); f < count; ++f)
                part.push(video.select(1, f));
            part.finish();
            ASSERT_EQ(indices.size(), size_t(count - first)) << "first " << first;
            for (size_t i = 0; i < indices.size(); ++i) {
                EXPECT_EQ(indices[i], first + int64_t(i));
                EXPECT_TRUE(vx::test::tensorsClose(frames[i], whole[size_t(first) + i], 0.0))
                    << "frame " << indices[i] << (filter ? " filtered" : "");
            }
        }
    }
    EXPECT_THROW(vx::engine::FrameStream(count, true, {}, count + 1), vx::Error);
}

}  // namespace
