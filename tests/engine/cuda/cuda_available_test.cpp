#include <gtest/gtest.h>
#include <torch/cuda.h>
#include <torch/torch.h>

namespace {

// The build links the CUDA half of LibTorch; on a machine with a GPU a tensor must round-trip
// through it. Without a GPU there is nothing to check.
TEST(Cuda, TensorRoundTripsThroughTheGpu) {
    if (!torch::cuda::is_available())
        GTEST_SKIP() << "no CUDA device on this machine";
    auto cpu = torch::arange(16, torch::kFloat);
    auto back = (cpu.to(torch::kCUDA) * 2).to(torch::kCPU);
    EXPECT_TRUE(torch::equal(back, cpu * 2));
}

}  // namespace
