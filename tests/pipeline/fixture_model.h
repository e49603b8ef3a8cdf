// The fixture's tiny model and its pipeline_case, loaded once per test suite by the pipeline
// tests: on the CPU in fp32, without wav2vec2 (the case gives the audio hidden states).
#pragma once

#include <exception>
#include <memory>
#include <string>

#include "engine/io/safetensors_reader.h"
#include "engine/pipeline/model_context.h"
#include "pipeline/pipeline_case.h"
#include "support/test_support.h"

namespace vx::test {

// Fills `model` and `pipelineCase`, or `error` with why they could not be loaded (a test's
// SetUp reports it, so one broken fixture fails each test with the reason).
inline void loadFixtureModel(std::unique_ptr<vx::engine::ModelContext>& model,
                             std::unique_ptr<PipelineCase>& pipelineCase, std::string& error) {
    try {
        vx::engine::ModelLoadOptions options;
        options.device = vx::engine::DevicePreference::Cpu;
        options.precision = vx::engine::Precision::Float32;
        options.loadWav2Vec2 = false;
        model = vx::engine::ModelContext::load((fixturesDir() / "model_ckpts").string(), options);
        pipelineCase = std::make_unique<PipelineCase>(PipelineCase{
            vx::io::readSafetensors((fixturesDir() / "pipeline_case.safetensors").string())});
    } catch (const std::exception& e) {
        error = e.what();
    }
}

}  // namespace vx::test
