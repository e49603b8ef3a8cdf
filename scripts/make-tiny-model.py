#!/usr/bin/env python3
"""Writes a complete tiny V-Express model folder for end-to-end tests.

Usage: make-tiny-model.py OUTDIR [FIXTURE_DIR]

OUTDIR/model_ckpts/ receives copies of the tiny fixture's model_ckpts (UNet config, VAE,
the five V-Express checkpoints) and its hyperparameters.json (inside the folder, so the folder
is self-contained), plus wav2vec2-base-960h/ with a tiny random transformers Wav2Vec2Model
whose hidden size equals the tiny AudioProjection's embedding_dim (config.json,
preprocessor_config.json, pytorch_model.bin). FIXTURE_DIR defaults to $VX_FIXTURES_DIR, else
../shared/fixtures/vexpress-tiny beside the repository. Fixed seed: the output is the same on
every run.
"""
import json
import os
import shutil
import sys
from pathlib import Path


def _use_project_environment():
    """Run with the project's .venv when this Python lacks torch or transformers.

    The set-up scripts install the pinned torch and transformers there, so the README's
    `scripts/make-tiny-model.py ...` works whichever python3 the shell finds first.
    """
    try:
        import torch  # noqa: F401
        import transformers  # noqa: F401
        return
    except ImportError:
        pass
    venv = Path(os.environ.get("VX_VENV", Path(__file__).resolve().parent.parent / ".venv"))
    python = venv / "bin" / "python3"
    if python.exists() and Path(sys.prefix).resolve() != venv.resolve():
        os.execv(str(python), [str(python), *sys.argv])
    sys.exit("make-tiny-model.py needs torch and transformers: run scripts/setup-python.sh test "
             "(it installs them into .venv), then run this script again")


_use_project_environment()

import torch  # noqa: E402
from transformers import Wav2Vec2Config, Wav2Vec2FeatureExtractor, Wav2Vec2Model  # noqa: E402

SEED = 20240607


def default_fixture_dir() -> Path:
    if os.environ.get("VX_FIXTURES_DIR"):
        return Path(os.environ["VX_FIXTURES_DIR"])
    return Path(__file__).resolve().parent.parent.parent / "shared/fixtures/vexpress-tiny"


def write_wav2vec2(folder: Path, hidden_size: int) -> None:
    config = Wav2Vec2Config(hidden_size=hidden_size, num_hidden_layers=2, num_attention_heads=4,
                            intermediate_size=2 * hidden_size, conv_dim=(32, 32, 32, 32, 32, 32, 32),
                            conv_kernel=(10, 3, 3, 3, 3, 2, 2), conv_stride=(5, 2, 2, 2, 2, 2, 2),
                            conv_bias=False, feat_extract_norm="group",
                            feat_extract_activation="gelu", hidden_act="gelu",
                            num_conv_pos_embeddings=16, num_conv_pos_embedding_groups=4,
                            do_stable_layer_norm=False, layer_norm_eps=1e-5)
    torch.manual_seed(SEED)
    model = Wav2Vec2Model(config).eval()
    model.save_pretrained(folder, safe_serialization=False)
    extractor = Wav2Vec2FeatureExtractor(feature_size=1, sampling_rate=16000, padding_value=0.0,
                                         do_normalize=True, return_attention_mask=False)
    extractor.save_pretrained(folder)


def main() -> int:
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    out_dir = Path(sys.argv[1])
    fixture_dir = Path(sys.argv[2]) if len(sys.argv) == 3 else default_fixture_dir()
    source = fixture_dir / "model_ckpts"
    hyper_file = fixture_dir / "hyperparameters.json"
    if not source.is_dir() or not hyper_file.is_file():
        print(f"{fixture_dir}: not a tiny V-Express fixture (needs model_ckpts/ and "
              "hyperparameters.json)", file=sys.stderr)
        return 1

    target = out_dir / "model_ckpts"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)  # real copies, no links
    shutil.copyfile(hyper_file, target / "hyperparameters.json")

    hyper = json.loads(hyper_file.read_text())
    write_wav2vec2(target / "wav2vec2-base-960h", int(hyper["audio_projection"]["embedding_dim"]))
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
