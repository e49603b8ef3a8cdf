// The same render on the GPU and on the CPU: the fixture's pipeline_case in fp32 on CUDA must
// match the CPU within the fixture tolerance, and fp16/bf16 must stay close. Skips itself on a
// machine without a CUDA device.
#include <gtest/gtest.h>
#include <torch/cuda.h>
#include <torch/torch.h>

#include "engine/pipeline/model_context.h"
#include "engine/pipeline/pipeline.h"
#include "pipeline/pipeline_case.h"
#include "support/test_support.h"

namespace {

torch::Tensor renderCase(vx::engine::DevicePreference device, vx::engine::Precision precision,
                         const vx::test::PipelineCase& c) {
    vx::engine::ModelLoadOptions options;
    options.device = device;
    options.precision = precision;
    options.loadWav2Vec2 = false;
    auto model =
        vx::engine::ModelContext::load((vx::test::fixturesDir() / "model_ckpts").string(), options);
    std::vector<torch::Tensor> frames;
    vx::engine::RenderCallbacks callbacks;
    callbacks.frameSink = [&](int64_t, const torch::Tensor& f) { frames.push_back(f.clone()); };
    vx::engine::render(*model, vx::test::pipelineCaseParams(c),
                       vx::test::pipelineCaseInputs(c, true), callbacks);
    return torch::stack(frames, 1);  // [3, T, H, W]
}

class CudaParity : public ::testing::Test {
protected:
    void SetUp() override {
        if (!torch::cuda::is_available())
            GTEST_SKIP() << "no CUDA device on this machine";
        VX_REQUIRE_FIXTURES();
        m_case.file = vx::io::readSafetensors(
            (vx::test::fixturesDir() / "pipeline_case.safetensors").string());
        m_cpu =
            renderCase(vx::engine::DevicePreference::Cpu, vx::engine::Precision::Float32, m_case);
    }
    vx::test::PipelineCase m_case;
    torch::Tensor m_cpu;
};

TEST_F(CudaParity, Fp32OnTheGpuMatchesTheCpuAndTheOriginal) {
    const auto gpu =
        renderCase(vx::engine::DevicePreference::Cuda, vx::engine::Precision::Float32, m_case);
    EXPECT_TRUE(vx::test::tensorsClose(gpu, m_cpu, 1e-3));
    EXPECT_TRUE(vx::test::tensorsClose(gpu, m_case.tensor("video_median_filtered"), 1e-3));
}

TEST_F(CudaParity, HalfPrecisionStaysCloseToFp32) {
    for (auto precision : {vx::engine::Precision::Float16, vx::engine::Precision::BFloat16}) {
        const auto gpu = renderCase(vx::engine::DevicePreference::Cuda, precision, m_case);
        // Frames are in [0, 1]; half precision through 3 steps of a random tiny model drifts by a
        // few levels of 255, never by a visible amount.
        EXPECT_TRUE(vx::test::tensorsClose(gpu, m_cpu, 0.1));
        EXPECT_LT((gpu - m_cpu).abs().mean().item<double>(), 0.02);
    }
}

}  // namespace
