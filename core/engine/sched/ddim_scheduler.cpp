#include "engine/sched/ddim_scheduler.h"

#include <torch/torch.h>

#include <cmath>

#include "common/error.h"

namespace vx::engine {

namespace {

// Rescales betas to zero terminal SNR (Lin et al. 2023), with the same tensor ops in the same
// order as diffusers' rescale_zero_terminal_snr so the fp32 results match bit for bit.
torch::Tensor rescaleZeroTerminalSnr(const torch::Tensor& betas) {
    torch::Tensor alphas = 1.0 - betas;
    torch::Tensor alphasCumprod = torch::cumprod(alphas, 0);
    torch::Tensor sqrtBar = alphasCumprod.sqrt();
    torch::Tensor sqrtBar0 = sqrtBar[0].clone();
    torch::Tensor sqrtBarT = sqrtBar[-1].clone();
    sqrtBar -= sqrtBarT;
    sqrtBar *= sqrtBar0 / (sqrtBar0 - sqrtBarT);
    torch::Tensor bar = sqrtBar.pow(2);
    torch::Tensor rescaled =
        torch::cat({bar.slice(0, 0, 1), bar.slice(0, 1) / bar.slice(0, 0, -1)});
    return 1 - rescaled;
}

// numpy.arange(start, stop, step) for floats: the length is ceil((stop - start) / step) and
// element i is start + i * (start + step - start), which is what numpy computes.
std::vector<double> numpyArange(double start, double stop, double step) {
    const double lengthExact = std::ceil((stop - start) / step);
    const int64_t length = lengthExact > 0 ? static_cast<int64_t>(lengthExact) : 0;
    std::vector<double> values(static_cast<size_t>(length));
    const double delta = (start + step) - start;
    for (int64_t i = 0; i < length; ++i)
        values[static_cast<size_t>(i)] = i == 0 ? start : start + static_cast<double>(i) * delta;
    return values;
}

}  // namespace

DdimScheduler::DdimScheduler(const SchedulerConfig& config) : m_config(config) {
    torch::NoGradGuard noGrad;
    const auto fp32 = torch::TensorOptions().dtype(torch::kFloat32).device(torch::kCPU);
    const int64_t count = config.numTrainTimesteps;
    if (config.betaSchedule == "scaled_linear")
        m_betas =
            torch::linspace(std::sqrt(config.betaStart), std::sqrt(config.betaEnd), count, fp32)
                .pow(2);
    else if (config.betaSchedule == "linear")
        m_betas = torch::linspace(config.betaStart, config.betaEnd, count, fp32);
    else
        throw Error(ErrorKind::Model, "unsupported beta_schedule '" + config.betaSchedule + "'");
    if (config.rescaleBetasZeroSnr)
        m_betas = rescaleZeroTerminalSnr(m_betas);
    m_alphasCumprod = torch::cumprod(1.0 - m_betas, 0);
    m_finalAlphaCumprod = config.setAlphaToOne ? 1.0 : m_alphasCumprod[0].item<double>();
}

void DdimScheduler::setTimesteps(int64_t numInferenceSteps) {
    const int64_t trainSteps = m_config.numTrainTimesteps;
    if (numInferenceSteps < 1 || numInferenceSteps > trainSteps)
        throw Error(ErrorKind::BadInput, "the number of sampling steps must be between 1 and " +
                                             std::to_string(trainSteps) + ", got " +
                                             std::to_string(numInferenceSteps));
    std::vector<int64_t> timesteps;
    if (m_config.timestepSpacing == "trailing") {
        const double stepRatio =
            static_cast<double>(trainSteps) / static_cast<double>(numInferenceSteps);
        for (double value : numpyArange(static_cast<double>(trainSteps), 0.0, -stepRatio))
            timesteps.push_back(static_cast<int64_t>(std::nearbyint(value)) - 1);
        // For 62 step counts (61, 103, 121, ...) numpy's float arange yields one extra value,
        // ~1e-13 above 0, which diffusers turns into a timestep of -1 (and then indexes
        // alphas_cumprod[-1] from the end). Deliberate deviation: keep the first N, which equal
        // diffusers' list.
        if (static_cast<int64_t>(timesteps.size()) > numInferenceSteps)
            timesteps.resize(static_cast<size_t>(numInferenceSteps));
    } else if (m_config.timestepSpacing == "leading") {
        const int64_t stepRatio = trainSteps / numInferenceSteps;
        for (int64_t i = numInferenceSteps - 1; i >= 0; --i)
            timesteps.push_back(i * stepRatio + m_config.stepsOffset);
    } else if (m_config.timestepSpacing == "linspace") {
        // numpy.linspace(0, T - 1, N).round()[::-1]
        const double last = static_cast<double>(trainSteps - 1);
        const double n = static_cast<double>(numInferenceSteps);
        for (int64_t i = numInferenceSteps - 1; i >= 0; --i) {
            double value =
                numInferenceSteps == 1
                    ? 0.0
                    : (i == numInferenceSteps - 1 ? last
                                                  : static_cast<double>(i) * (last / (n - 1.0)));
            timesteps.push_back(static_cast<int64_t>(std::nearbyint(value)));
        }
    } else {
        throw Error(ErrorKind::Model,
                    "unsupported timestep_spacing '" + m_config.timestepSpacing + "'");
    }
    m_timesteps = std::move(timesteps);
    m_numInferenceSteps = numInferenceSteps;
}

int64_t DdimScheduler::previousTimestep(int64_t timestep) const {
    if (m_numInferenceSteps <= 0)
        throw Error(ErrorKind::Internal, "DdimScheduler::setTimesteps was not called");
    return timestep - m_config.numTrainTimesteps / m_numInferenceSteps;
}

torch::Tensor DdimScheduler::step(const torch::Tensor& modelOutput, int64_t timestep,
                                  const torch::Tensor& sample) const {
    torch::NoGradGuard noGrad;
    if (timestep < 0 || timestep >= m_config.numTrainTimesteps)
        throw Error(ErrorKind::Internal, "DDIM step at timestep " + std::to_string(timestep) +
                                             " outside the training range");
    const int64_t previous = previousTimestep(timestep);
    // The coefficients are fp32 0-dim tensors in the original; compute them the same way and
    // hand their exact fp32 values to the elementwise ops as scalars.
    const auto fp32 = torch::TensorOptions().dtype(torch::kFloat32);
    torch::Tensor alphaProd = m_alphasCumprod[timestep];
    torch::Tensor alphaProdPrev = previous >= 0
                                      ? m_alphasCumprod[previous]
                                      : torch::tensor(m_finalAlphaCumprod, fp32).reshape({});
    torch::Tensor betaProd = 1 - alphaProd;
    const double sqrtAlpha = alphaProd.pow(0.5).item<double>();
    const double sqrtBeta = betaProd.pow(0.5).item<double>();
    const double sqrtAlphaPrev = alphaProdPrev.pow(0.5).item<double>();
    // std_dev_t = eta * variance^0.5 = 0, so the direction coefficient is (1 - a_prev - 0)^0.5.
    const double sqrtDirection =
        (1 - alphaProdPrev - torch::zeros({}, fp32)).pow(0.5).item<double>();

    torch::Tensor predOriginal;
    torch::Tensor predEpsilon;
    const std::string& type = m_config.predictionType;
    if (type == "v_prediction") {
        predOriginal = sample * sqrtAlpha - modelOutput * sqrtBeta;
        predEpsilon = modelOutput * sqrtAlpha + sample * sqrtBeta;
    } else if (type == "epsilon") {
        predOriginal = (sample - modelOutput * sqrtBeta) / sqrtAlpha;
        predEpsilon = modelOutput;
    } else if (type == "sample") {
        predOriginal = modelOutput;
        predEpsilon = (sample - predOriginal * sqrtAlpha) / sqrtBeta;
    } else {
        throw Error(ErrorKind::Model, "unsupported prediction_type '" + type + "'");
    }
    return predOriginal * sqrtAlphaPrev + predEpsilon * sqrtDirection;
}

}  // namespace vx::engine
