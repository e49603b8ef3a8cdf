// The fixture's pipeline_case (pipeline_case.safetensors) as render parameters and inputs, for
// the parity tests on the CPU and on CUDA.
#pragma once

#include <torch/torch.h>

#include <cstdlib>
#include <string>

#include "engine/io/safetensors_reader.h"
#include "engine/pipeline/render_request.h"
#include "faces/kps_drawing.h"

namespace vx::test {

struct PipelineCase {
    vx::io::SafetensorsFile file;
    double meta(const std::string& key) const { return std::atof(file.metadata.at(key).c_str()); }
    const torch::Tensor& tensor(const std::string& key) const { return file.tensors.at(key); }
};

inline vx::engine::RenderParams pipelineCaseParams(const PipelineCase& c) {
    vx::engine::RenderParams p;
    p.steps = static_cast<int64_t>(c.meta("num_inference_steps"));
    p.guidance = c.meta("guidance_scale");
    p.seed = static_cast<uint64_t>(c.meta("seed"));
    p.width = static_cast<int64_t>(c.meta("width"));
    p.height = static_cast<int64_t>(c.meta("height"));
    p.contextFrames = static_cast<int64_t>(c.meta("context_frames"));
    p.contextOverlap = static_cast<int64_t>(c.meta("context_overlap"));
    p.referenceAttentionWeight = c.meta("reference_attention_weight");
    p.audioAttentionWeight = c.meta("audio_attention_weight");
    p.numPadAudioFrames = static_cast<int64_t>(c.meta("num_pad_audio_frames"));
    return p;
}

// Inputs of the case; the V-kps images are drawn from kps_sequence like the original does.
inline vx::engine::RenderInputs pipelineCaseInputs(const PipelineCase& c, bool withInitialLatents) {
    vx::engine::RenderInputs in;
    in.referenceImage = c.tensor("reference_image");
    const torch::Tensor kps = c.tensor("kps_sequence").contiguous();
    const int height = static_cast<int>(c.meta("height"));
    const int width = static_cast<int>(c.meta("width"));
    in.kpsImage = [kps, height, width](int64_t frame) {
        const torch::Tensor row = kps[frame];
        auto points = row.accessor<float, 2>();
        vx::faces::FaceKps face;
        for (int i = 0; i < 3; ++i)
            face[static_cast<size_t>(i)] = cv::Point2f(points[i][0], points[i][1]);
        cv::Mat image = vx::faces::drawKpsImage(height, width, face);
        return torch::from_blob(image.data, {height, width, 3}, torch::kUInt8).clone();
    };
    in.audioHiddenStates = c.tensor("audio_hidden_states");
    if (withInitialLatents)
        in.initialLatents = c.tensor("initial_latents");
    else
        in.audioDurationSec = 1.5;  // floor(1.5 * 30) = 45 -> 44 frames, as in the case
    return in;
}

}  // namespace vx::test
