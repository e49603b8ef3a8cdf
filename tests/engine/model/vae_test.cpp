// The fixture's vae case: encoder posterior mean and decoder output of the tiny sd-vae-ft-mse
// layout, from both the .bin and the .safetensors copy of the weights.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include "engine/nn/autoencoder_kl.h"
#include "model_test_helpers.h"

namespace {

namespace fs = std::filesystem;
using vx::test::tensorsClose;

class VaeFixture : public ::testing::Test {
protected:
    void SetUp() override {
        VX_REQUIRE_FIXTURES();
        m_folder = vx::test::fixturesDir() / "model_ckpts/sd-vae-ft-mse";
        m_arch = vx::test::fixtureVaeArchitecture();
        m_case =
            vx::io::readSafetensors((vx::test::fixturesDir() / "cases/vae.safetensors").string())
                .tensors;
    }

    void expectMatchesCase(const vx::io::StateDict& weights, const std::string& file) {
        vx::nn::AutoencoderKL vae(m_arch, torch::TensorOptions().dtype(torch::kFloat32));
        vx::nn::loadAutoencoder(vae, weights, file);
        vx::test::expectClose(vae.encodeMean(m_case.at("image")), m_case.at("latent_mean"), 1e-4,
                              file + " latent_mean");
        vx::test::expectClose(vae.decode(m_case.at("latent")), m_case.at("decoded"), 1e-4,
                              file + " decoded");
    }

    torch::InferenceMode m_inference;
    fs::path m_folder;
    vx::nn::VaeArchitecture m_arch;
    vx::io::StateDict m_case;
};

TEST_F(VaeFixture, FromBinCheckpoint) {
    const fs::path file = m_folder / "diffusion_pytorch_model.bin";
    expectMatchesCase(vx::test::loadBinCheckpoint(file), file.string());
}

TEST_F(VaeFixture, FromSafetensors) {
    const fs::path file = m_folder / "diffusion_pytorch_model.safetensors";
    expectMatchesCase(vx::io::readSafetensors(file.string()).tensors, file.string());
}

TEST_F(VaeFixture, LegacyAttentionNamesAreRenamed) {
    static const std::pair<std::string, std::string> kLegacyNames[] = {
        {".to_q.", ".query."},
        {".to_k.", ".key."},
        {".to_v.", ".value."},
        {".to_out.0.", ".proj_attn."}};
    const fs::path file = m_folder / "diffusion_pytorch_model.safetensors";
    vx::io::StateDict legacy;
    for (const auto& [key, value] : vx::io::readSafetensors(file.string()).tensors) {
        std::string name = key;
        for (const auto& [from, to] : kLegacyNames) {
            const size_t at = name.find(from);
            if (at != std::string::npos)
                name.replace(at, from.size(), to);
        }
        legacy[name] = value;
    }
    ASSERT_TRUE(legacy.count("encoder.mid_block.attentions.0.query.weight"));
    expectMatchesCase(legacy, "legacy spelling");
}

TEST_F(VaeFixture, Bfloat16RunStaysCloseToFp32Reference) {
    const fs::path file = m_folder / "diffusion_pytorch_model.safetensors";
    vx::nn::AutoencoderKL vae(m_arch, torch::TensorOptions().dtype(torch::kBFloat16));
    vx::nn::loadAutoencoder(vae, vx::io::readSafetensors(file.string()).tensors, file.string());
    const torch::Tensor mean = vae.encodeMean(m_case.at("image").to(torch::kBFloat16));
    const torch::Tensor decoded = vae.decode(m_case.at("latent").to(torch::kBFloat16));
    EXPECT_EQ(decoded.scalar_type(), torch::kBFloat16);
    const double meanScale = m_case.at("latent_mean").abs().max().item<double>();
    const double decodedScale = m_case.at("decoded").abs().max().item<double>();
    vx::test::expectClose(mean, m_case.at("latent_mean"), 0.05 * meanScale, "bf16 latent_mean");
    vx::test::expectClose(decoded, m_case.at("decoded"), 0.05 * decodedScale, "bf16 decoded");
}

TEST_F(VaeFixture, WrongConfigurationIsReportedNotCrashed) {
    vx::nn::VaeArchitecture wrong = m_arch;
    wrong.layersPerBlock += 1;
    vx::nn::AutoencoderKL vae(wrong, torch::TensorOptions().dtype(torch::kFloat32));
    EXPECT_THROW(
        vx::nn::loadAutoencoder(
            vae,
            vx::io::readSafetensors((m_folder / "diffusion_pytorch_model.safetensors").string())
                .tensors,
            "vae"),
        vx::Error);
}

}  // namespace
