#include "engine/nn/audio_projection.h"

#include <torch/torch.h>

#include <cmath>

#include "common/error.h"
#include "engine/io/checkpoint.h"
#include "engine/nn/state_loading.h"

namespace vx::engine {

namespace {

torch::nn::LayerNorm layerNorm(int64_t dim) {
    return torch::nn::LayerNorm(torch::nn::LayerNormOptions({dim}).eps(1e-5));
}

torch::nn::Linear linear(int64_t in, int64_t out, bool bias) {
    return torch::nn::Linear(torch::nn::LinearOptions(in, out).bias(bias));
}

// [B, N, heads * d] -> [B, heads, N, d]
torch::Tensor splitHeads(const torch::Tensor& x, int64_t heads) {
    return x.view({x.size(0), x.size(1), heads, -1}).transpose(1, 2);
}

}  // namespace

PerceiverAttentionImpl::PerceiverAttentionImpl(int64_t dim, int64_t dimHead, int64_t heads)
    : m_dimHead(dimHead), m_heads(heads) {
    const int64_t inner = dimHead * heads;
    m_norm1 = register_module("norm1", layerNorm(dim));
    m_norm2 = register_module("norm2", layerNorm(dim));
    m_toQ = register_module("to_q", linear(dim, inner, false));
    m_toKv = register_module("to_kv", linear(dim, 2 * inner, false));
    m_toOut = register_module("to_out", linear(inner, dim, false));
}

torch::Tensor PerceiverAttentionImpl::forward(const torch::Tensor& x,
                                              const torch::Tensor& latents) {
    torch::Tensor xn = m_norm1(x);
    torch::Tensor ln = m_norm2(latents);
    const int64_t batch = ln.size(0);
    const int64_t queries = ln.size(1);
    torch::Tensor q = splitHeads(m_toQ(ln), m_heads);  // [B, h, Q, d]
    std::vector<torch::Tensor> kv = m_toKv(torch::cat({xn, ln}, -2)).chunk(2, -1);
    torch::Tensor k = splitHeads(kv[0], m_heads);  // [B, h, N+Q, d]
    torch::Tensor v = splitHeads(kv[1], m_heads);
    // Both sides scaled by d^-1/4 before the product (steadier in fp16), softmax in fp32.
    const double scale = 1.0 / std::sqrt(std::sqrt(static_cast<double>(m_dimHead)));
    torch::Tensor weight = torch::matmul(q * scale, (k * scale).transpose(-2, -1));
    weight = torch::softmax(weight.to(torch::kFloat32), -1).to(weight.scalar_type());
    torch::Tensor out = torch::matmul(weight, v);  // [B, h, Q, d]
    out = out.permute({0, 2, 1, 3}).reshape({batch, queries, -1});
    return m_toOut(out);
}

AudioProjectionImpl::AudioProjectionImpl(const AudioProjectionConfig& config) : m_config(config) {
    m_posEmb = register_module("pos_emb", torch::nn::Embedding(torch::nn::EmbeddingOptions(
                                              config.maxSeqLen, config.embeddingDim)));
    m_latents = register_parameter("latents", torch::zeros({1, config.numQueries, config.dim}),
                                   /*requires_grad=*/false);
    m_projIn = register_module("proj_in", linear(config.embeddingDim, config.dim, true));
    m_projOut = register_module("proj_out", linear(config.dim, config.outputDim, true));
    m_normOut = register_module("norm_out", layerNorm(config.outputDim));
    m_layers = register_module("layers", torch::nn::ModuleList());
    const int64_t inner = config.dim * config.ffMult;
    for (int64_t l = 0; l < config.depth; ++l) {
        torch::nn::ModuleList layer;
        layer->push_back(PerceiverAttention(config.dim, config.dimHead, config.heads));
        layer->push_back(torch::nn::Sequential(layerNorm(config.dim),
                                               linear(config.dim, inner, false), torch::nn::GELU(),
                                               linear(inner, config.dim, false)));
        m_layers->push_back(layer);
    }
}

torch::Tensor AudioProjectionImpl::forward(const torch::Tensor& windows) {
    if (windows.dim() != 3 || windows.size(1) > m_config.maxSeqLen ||
        windows.size(2) != m_config.embeddingDim)
        throw Error(ErrorKind::Internal,
                    "AudioProjection expects [L, <=" + std::to_string(m_config.maxSeqLen) + ", " +
                        std::to_string(m_config.embeddingDim) + "] audio windows");
    const int64_t tokens = windows.size(1);
    // [L, N, E] + pos_emb[0:N] -> proj_in -> x [L, N, dim]; latents [L, Q, dim]
    torch::Tensor x = windows + m_posEmb->weight.slice(0, 0, tokens).unsqueeze(0);
    torch::Tensor latents = m_latents.repeat({windows.size(0), 1, 1});
    x = m_projIn(x);
    for (const auto& child : *m_layers) {
        auto layer = std::dynamic_pointer_cast<torch::nn::ModuleListImpl>(child);
        auto attention = layer->ptr<PerceiverAttentionImpl>(0);
        auto feedForward = layer->ptr<torch::nn::SequentialImpl>(1);
        latents = attention->forward(x, latents) + latents;
        latents = feedForward->forward(latents) + latents;
    }
    // [L, Q, dim] -> [L, Q, outputDim]
    return m_normOut(m_projOut(latents));
}

AudioProjection loadAudioProjection(const std::string& file, const AudioProjectionConfig& config) {
    AudioProjection projection(config);
    vx::nn::loadStrict(*projection, io::loadCheckpoint(file), file);
    projection->eval();
    return projection;
}

}  // namespace vx::engine
