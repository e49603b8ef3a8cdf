"""Seeded CPU normal noise from Python torch, for the C++ seeded-noise test.

Usage: randn_golden.py OUTPUT SEED D0 [D1 ...]
Writes OUTPUT (safetensors) with torch.randn(shape) drawn from torch.manual_seed(SEED) as
  fp32, fp16                      : drawn right after seeding
  fp32_after12, fp16_after12      : after 12 scalar torch.rand([]) draws (the wav2vec2 LayerDrop
                                    checks of transformers, spec section 7.2)
and the torch version in the metadata.
"""
import sys

import torch
from safetensors.torch import save_file


def draw(seed: int, shape, dtype, scalar_draws: int) -> torch.Tensor:
    generator = torch.manual_seed(seed)
    for _ in range(scalar_draws):
        torch.rand([])
    return torch.randn(shape, generator=generator, dtype=dtype)


def main() -> None:
    output, seed = sys.argv[1], int(sys.argv[2])
    shape = [int(a) for a in sys.argv[3:]]
    tensors = {
        "fp32": draw(seed, shape, torch.float32, 0),
        "fp16": draw(seed, shape, torch.float16, 0),
        "fp32_after12": draw(seed, shape, torch.float32, 12),
        "fp16_after12": draw(seed, shape, torch.float16, 12),
    }
    save_file(tensors, output, metadata={"torch_version": torch.__version__})


if __name__ == "__main__":
    main()
