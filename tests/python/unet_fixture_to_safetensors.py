"""Copies torch .bin state dicts into safetensors files (for engine tests when the engine's own
.bin reader is not built in).

Usage: unet_fixture_to_safetensors.py OUT_DIR FILE.bin...  -> OUT_DIR/<stem>.safetensors
"""
import os
import sys

import torch
from safetensors.torch import save_file

out_dir = sys.argv[1]
for path in sys.argv[2:]:
    state = torch.load(path, map_location="cpu")
    stem = os.path.splitext(os.path.basename(path))[0]
    save_file({k: v.contiguous() for k, v in state.items()}, os.path.join(out_dir, stem + ".safetensors"))
