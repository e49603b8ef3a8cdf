"""Pillow's bicubic resize of a few images, for the engine's bit-exact port.

Usage: pillow_resize_golden.py OUT_DIR
Writes OUT_DIR/resize.safetensors with, per case N, `N.input` and `N.output` as uint8
[H, W, 3]: shrinking, enlarging, one axis only, odd factors, and the astronaut photo.
"""
import sys
from pathlib import Path

import numpy as np
from PIL import Image
from safetensors.numpy import save_file

ASTRONAUT = Path("/usr/lib/python3/dist-packages/skimage/data/astronaut.png")


def main() -> None:
    out_dir = Path(sys.argv[1])
    rng = np.random.default_rng(7)
    noise = rng.integers(0, 256, size=(53, 37, 3), dtype=np.uint8)
    # Smooth content as well as noise: noise exercises clipping, gradients the weights.
    ramp = np.stack(np.meshgrid(np.arange(300), np.arange(200)), -1).sum(-1) % 256
    gradient = np.repeat(ramp[:, :, None], 3, axis=2).astype(np.uint8)
    cases = {
        "noise_up": (noise, (128, 64)),        # (width, height) for PIL
        "noise_down": (noise, (10, 17)),
        "noise_width_only": (noise, (90, 53)),
        "noise_height_only": (noise, (37, 20)),
        "gradient_odd": (gradient, (123, 77)),
    }
    if ASTRONAUT.exists():
        astronaut = np.asarray(Image.open(ASTRONAUT).convert("RGB"))
        cases["astronaut_256"] = (astronaut, (256, 256))
        cases["astronaut_96x80"] = (astronaut, (96, 80))
        cases["astronaut_700"] = (astronaut, (700, 700))
    tensors = {}
    for name, (array, size) in cases.items():
        # Default filter, as the original calls it: BICUBIC for RGB since Pillow 7.
        resized = Image.fromarray(array).resize(size)
        tensors[f"{name}.input"] = np.ascontiguousarray(array)
        tensors[f"{name}.output"] = np.ascontiguousarray(np.asarray(resized))
    save_file(tensors, str(out_dir / "resize.safetensors"))


if __name__ == "__main__":
    main()
