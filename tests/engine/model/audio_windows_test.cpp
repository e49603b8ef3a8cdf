// Audio tokens per video frame (spec §6.4) against the torch ops the original uses.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <iostream>

#include "engine/io/safetensors_reader.h"
#include "engine/pipeline/audio_windows.h"
#include "support/test_support.h"

namespace {

TEST(AudioWindows, MatchTorchInterpolationAndWindowing) {
    vx::test::TempDir dir;
    const auto output = dir / "audio_windows.safetensors";
    ASSERT_EQ(vx::test::runPython(vx::test::sourceDir() / "tests/python/audio_windows_golden.py",
                                  {output.string()}),
              0);
    auto golden = vx::io::readSafetensors(output.string()).tensors;
    const torch::Tensor& states = golden.at("hidden_states");
    for (int64_t length : {24, 44, 64, 5, 100}) {
        torch::Tensor windows = vx::engine::audioWindows(states, length);
        EXPECT_TRUE(
            vx::test::tensorsClose(windows, golden.at("windows_" + std::to_string(length)), 1e-6))
            << "L = " << length;
        std::cout << "[ measured ] audio windows L=" << length << " max abs error "
                  << vx::test::maxAbsError(windows, golden.at("windows_" + std::to_string(length)))
                  << '\n';
    }
}

TEST(AudioWindows, ShapeAndZeroPadding) {
    torch::Tensor states = torch::ones({1, 50, 8});
    torch::Tensor windows = vx::engine::audioWindows(states, 24);
    ASSERT_EQ(windows.sizes(), (std::vector<int64_t>{24, 10, 8}));
    // Frame 0 sees 4 zero tokens then its own 6; the last frame 6 tokens then 4 zeros.
    EXPECT_EQ(windows[0].slice(0, 0, 4).abs().sum().item<float>(), 0.0f);
    EXPECT_EQ(windows[0].slice(0, 4).min().item<float>(), 1.0f);
    EXPECT_EQ(windows[23].slice(0, 6).abs().sum().item<float>(), 0.0f);
    // Frame f's tokens 4,5 are its own two tokens 2f, 2f+1.
    torch::Tensor ramp = torch::arange(48, torch::kFloat32).view({1, 48, 1});
    torch::Tensor direct = vx::engine::audioWindows(ramp, 24);  // 48 -> 48 tokens: identity
    EXPECT_EQ(direct[7][4][0].item<float>(), 14.0f);
    EXPECT_EQ(direct[7][5][0].item<float>(), 15.0f);
}

TEST(AudioWindows, KeepsTheInputDtype) {
    torch::Tensor states = torch::randn({1, 30, 4}).to(torch::kHalf);
    EXPECT_EQ(vx::engine::audioWindows(states, 24).scalar_type(), torch::kHalf);
}

}  // namespace
