"""Golden per-frame audio windows (spec section 6.4) computed with torch ops.

Usage: audio_windows_golden.py OUTPUT
Writes OUTPUT (safetensors): hidden_states [1, 76, 32] (seeded random) and, for several video
lengths L, windows_<L> [L, 10, 32]: linear interpolation (align_corners false) to 2L tokens,
4 zero tokens on each side, 10 tokens starting at token 2f for frame f.
"""
import sys

import torch
import torch.nn.functional as F
from safetensors.torch import save_file

NUM_PAD_AUDIO_FRAMES = 2


def windows(hidden_states: torch.Tensor, video_length: int) -> torch.Tensor:
    tokens = F.interpolate(hidden_states.permute(0, 2, 1).float(), size=2 * video_length,
                           mode="linear")[0].permute(1, 0)
    pad = torch.zeros(2 * NUM_PAD_AUDIO_FRAMES, tokens.shape[1])
    tokens = torch.cat([pad, tokens, pad], dim=0)
    width = 2 * (2 * NUM_PAD_AUDIO_FRAMES + 1)
    return torch.stack([tokens[2 * f:2 * f + width] for f in range(video_length)])


def main() -> None:
    generator = torch.Generator().manual_seed(7)
    hidden_states = torch.randn([1, 76, 32], generator=generator)
    tensors = {"hidden_states": hidden_states}
    for video_length in (24, 44, 64, 5, 100):
        tensors[f"windows_{video_length}"] = windows(hidden_states, video_length)
    save_file(tensors, sys.argv[1])


if __name__ == "__main__":
    main()
