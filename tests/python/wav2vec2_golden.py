"""A tiny random transformers Wav2Vec2Model and its output, for the C++ encoder test.

Usage: wav2vec2_golden.py OUTDIR
Writes
  OUTDIR/model/            config.json, preprocessor_config.json, pytorch_model.bin
                           (save_pretrained, safe_serialization=False)
  OUTDIR/model_alt/        the same weights as pytorch_model.bin with the positional conv's
                           weight norm in the other spelling (weight_g/weight_v if the saved file
                           has parametrizations.weight.original0/1, and vice versa) and the
                           "wav2vec2." prefix plus an lm_head, like Wav2Vec2ForCTC checkpoints
  OUTDIR/model.safetensors, OUTDIR/model_alt.safetensors: the two state dicts as safetensors
  OUTDIR/golden.safetensors: waveform [S] (raw), input_values [1, S] (Wav2Vec2FeatureExtractor
                           output), last_hidden_state [1, T, 32], plus rng_draws (how many
                           scalar draws one forward took from the default CPU generator)
The configuration is the tiny one of spec section 14. Fixed seeds.
"""
import sys
from pathlib import Path

import torch
from safetensors.torch import save_file
from transformers import Wav2Vec2Config, Wav2Vec2FeatureExtractor, Wav2Vec2Model


def tiny_config() -> Wav2Vec2Config:
    return Wav2Vec2Config(hidden_size=32, num_hidden_layers=2, num_attention_heads=4,
                          intermediate_size=64, conv_dim=(32, 32, 32), conv_kernel=(10, 3, 2),
                          conv_stride=(5, 2, 2), conv_bias=False, feat_extract_norm="group",
                          feat_extract_activation="gelu", hidden_act="gelu",
                          num_conv_pos_embeddings=16, num_conv_pos_embedding_groups=4,
                          do_stable_layer_norm=False, layer_norm_eps=1e-5)


def randomise(model: torch.nn.Module, seed: int) -> None:
    """Re-draw every parameter so that norms and biases matter too."""
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if "weight_g" in name or "original0" in name:
                p.copy_(torch.rand(p.shape, generator=generator) + 0.5)
            elif "norm" in name and name.endswith("weight"):
                p.copy_(1.0 + 0.2 * torch.randn(p.shape, generator=generator))
            else:
                p.copy_(0.2 * torch.randn(p.shape, generator=generator))


def other_spelling(state: dict) -> dict:
    renamed = {}
    for key, value in state.items():
        key = key.replace("weight_g", "@G").replace("weight_v", "@V")
        key = key.replace("parametrizations.weight.original0", "weight_g")
        key = key.replace("parametrizations.weight.original1", "weight_v")
        key = key.replace("@G", "parametrizations.weight.original0")
        key = key.replace("@V", "parametrizations.weight.original1")
        renamed["wav2vec2." + key] = value.clone()
    renamed["lm_head.weight"] = torch.zeros(8, 32)
    renamed["lm_head.bias"] = torch.zeros(8)
    return renamed


def main() -> None:
    out_dir = Path(sys.argv[1])
    torch.manual_seed(0)
    model = Wav2Vec2Model(tiny_config()).eval()
    randomise(model, 1)
    model.save_pretrained(out_dir / "model", safe_serialization=False)
    extractor = Wav2Vec2FeatureExtractor(feature_size=1, sampling_rate=16000, padding_value=0.0,
                                         do_normalize=True, return_attention_mask=False)
    extractor.save_pretrained(out_dir / "model")

    state = {k: v.detach().clone().contiguous() for k, v in model.state_dict().items()}
    save_file(state, str(out_dir / "model.safetensors"))
    alt = other_spelling(state)
    save_file(alt, str(out_dir / "model_alt.safetensors"))
    (out_dir / "model_alt").mkdir(parents=True, exist_ok=True)
    torch.save(alt, out_dir / "model_alt" / "pytorch_model.bin")

    generator = torch.Generator().manual_seed(2)
    waveform = 0.3 * torch.randn([8000], generator=generator) + 0.05  # 0.5 s, non-zero mean
    input_values = extractor(waveform.numpy(), sampling_rate=16000,
                             return_tensors="pt")["input_values"]
    before = torch.get_rng_state()
    with torch.no_grad():
        hidden = model(input_values).last_hidden_state
    after = torch.get_rng_state()
    torch.set_rng_state(before)
    draws = 0
    while not torch.equal(torch.get_rng_state(), after) and draws < 100:
        torch.rand([])
        draws += 1
    save_file({"waveform": waveform, "input_values": input_values.float().contiguous(),
               "last_hidden_state": hidden.contiguous(),
               "rng_draws": torch.tensor([draws], dtype=torch.int64)},
              str(out_dir / "golden.safetensors"))


if __name__ == "__main__":
    main()
