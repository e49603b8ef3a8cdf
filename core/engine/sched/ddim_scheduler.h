// DDIM sampling as V-Express configures diffusers' DDIMScheduler (spec §7.1): scaled-linear
// betas rescaled to zero terminal SNR, "trailing" timesteps, v-prediction, eta = 0. The tables
// are computed with the same fp32 LibTorch ops, in the same order, as the Python original, so
// timesteps are identical and alphas_cumprod agree to the last bit on the same CPU kernels.
#pragma once

#include <torch/types.h>

#include <cstdint>
#include <vector>

#include "engine/config/hyperparameters.h"

namespace vx::engine {

class DdimScheduler {
public:
    explicit DdimScheduler(const SchedulerConfig& config = SchedulerConfig{});

    // Chooses the sampling timesteps; throws vx::Error(BadInput) unless
    // 1 <= numInferenceSteps <= numTrainTimesteps.
    void setTimesteps(int64_t numInferenceSteps);

    // Descending, e.g. 999, 959, ..., 39 for 25 trailing steps. Empty before setTimesteps().
    const std::vector<int64_t>& timesteps() const { return m_timesteps; }
    int64_t numInferenceSteps() const { return m_numInferenceSteps; }

    // [numTrainTimesteps] fp32 on the CPU.
    const torch::Tensor& betas() const { return m_betas; }
    const torch::Tensor& alphasCumprod() const { return m_alphasCumprod; }
    // alpha_cumprod used past the last step: 1 with set_alpha_to_one, else alphas_cumprod[0].
    double finalAlphaCumprod() const { return m_finalAlphaCumprod; }

    // The timestep the step from `timestep` lands on: timestep - numTrain // numInferenceSteps
    // (diffusers' rule; not the next entry of timesteps() when N does not divide 1000).
    int64_t previousTimestep(int64_t timestep) const;

    // One deterministic DDIM step (eta = 0): the sample at previousTimestep(timestep).
    // `modelOutput` and `sample` share shape, dtype and device (any float dtype; the
    // coefficients are fp32 values, the arithmetic follows the tensors' dtype like PyTorch's).
    torch::Tensor step(const torch::Tensor& modelOutput, int64_t timestep,
                       const torch::Tensor& sample) const;

    const SchedulerConfig& config() const { return m_config; }

private:
    SchedulerConfig m_config;
    torch::Tensor m_betas;
    torch::Tensor m_alphasCumprod;
    double m_finalAlphaCumprod = 1.0;
    std::vector<int64_t> m_timesteps;
    int64_t m_numInferenceSteps = 0;
};

}  // namespace vx::engine
