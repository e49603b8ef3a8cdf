#!/usr/bin/env python3
"""Writes torch.save checkpoints that exercise the C++ torch zip+pickle reader, and the values
they must load as.

Usage: write_torch_checkpoints.py OUTDIR
       write_torch_checkpoints.py --convert IN.bin OUT.safetensors
         (loads IN with torch.load(weights_only=True) and writes every tensor of its state
          dict, contiguous, to OUT: the reference for reading real checkpoints)

OUTDIR receives:
  all_dtypes.pth      OrderedDict with one tensor per dtype torch.save can write
  views.pth           transposed / sliced (storage offset) views, two tensors over one
                      storage, a 0-d and an empty tensor
  module.pth          an nn.Module state_dict() (OrderedDict with _metadata) and a Parameter
  nested.pth          a dict of dicts of tensors (read as "outer.inner" keys)
  kps.pth             V-Express kps.pth: a list of numpy float32 [3,2] arrays
  numpy_single.pth    one numpy array (float64, Fortran order)
  numpy_dtypes.pth    a list of numpy arrays of several dtypes
  tensor_list.pth     a list of tensors
  forbidden.pth       pickles a call of os.system: must be refused, never run
  forbidden_global.pth a state dict holding a non-allowed class
  big_endian.pth      views.pth with byteorder "big": must be refused
  compressed.pth      all_dtypes.pth with deflated entries: must be refused
  expected.safetensors the expected tensors, keyed "<file>/<key>" (list items by index)
  expected.json       which keys share a storage, which are complex (stored as real pairs)
                      and which unsigned (stored as int64, with their real dtype)
"""
import collections
import json
import os
import sys
import zipfile

import numpy as np
import torch
from safetensors.torch import save_file


class CallsSystem:
    """Unpickling this in Python would run a shell command; the C++ reader must refuse it."""

    def __reduce__(self):
        return (os.system, ("echo this must never run",))


class NotAllowed:
    def __init__(self):
        self.value = 1


def rewrite(src, dst, compress=zipfile.ZIP_STORED, replace=None):
    """Copies a zip archive entry by entry, optionally compressing or replacing entries."""
    replace = replace or {}
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", compression=compress) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            for suffix, new in replace.items():
                if info.filename.endswith(suffix):
                    data = new
            zout.writestr(info.filename, data, compress_type=compress)


def convert(src, dst):
    state = torch.load(src, map_location="cpu", weights_only=True)
    save_file({k: v.detach().clone().contiguous() for k, v in state.items()}, dst)


def main():
    if sys.argv[1] == "--convert":
        convert(sys.argv[2], sys.argv[3])
        return
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    gen = torch.Generator().manual_seed(1234)
    expected = {}
    shared = []

    complex_as_real = []
    widened = {}

    def expect(file, key, tensor):
        tensor = tensor.detach().clone().contiguous()
        if tensor.is_complex():  # safetensors cannot store complex: keep (real, imag) pairs
            complex_as_real.append(f"{file}/{key}")
            tensor = torch.view_as_real(tensor).contiguous()
        if tensor.dtype in (torch.uint16, torch.uint32, torch.uint64):
            widened[f"{file}/{key}"] = str(tensor.dtype).replace("torch.", "")
            tensor = tensor.to(torch.int64)  # nor unsigned wider than 8 bits
        expected[f"{file}/{key}"] = tensor

    # Every dtype: typed storages (_rebuild_tensor_v2) and untyped ones (_rebuild_tensor_v3).
    base = torch.randn(2, 3, generator=gen) * 100
    dtypes = collections.OrderedDict()
    dtypes["float32"] = base.float()
    dtypes["float64"] = base.double() / 7
    dtypes["float16"] = base.half()
    dtypes["bfloat16"] = base.bfloat16()
    dtypes["int8"] = base.clamp(-128, 127).to(torch.int8)
    dtypes["int16"] = (base * 50).to(torch.int16)
    dtypes["int32"] = (base * 1e5).to(torch.int32)
    dtypes["int64"] = (base.double() * 1e12).to(torch.int64)
    dtypes["uint8"] = base.abs().clamp(0, 255).to(torch.uint8)
    dtypes["bool"] = base > 0
    dtypes["complex64"] = torch.complex(base, -base)
    dtypes["uint16"] = (base.abs() * 300).to(torch.int32).to(torch.uint16)
    dtypes["uint32"] = (base.abs() * 1e6).to(torch.int64).to(torch.uint32)
    dtypes["uint64"] = (base.abs().double() * 1e12).to(torch.int64).to(torch.uint64)
    torch.save(dtypes, os.path.join(out, "all_dtypes.pth"))
    for key, value in dtypes.items():
        expect("all_dtypes.pth", key, value)

    # Views: non-contiguous, with a storage offset, and two tensors over one storage.
    grid = torch.arange(24, dtype=torch.float32).reshape(4, 6)
    views = {
        "grid": grid,
        "transposed": grid.t(),
        "sliced": grid[1:, 2:5],
        "strided": grid[::2, ::3],
        "scalar": torch.tensor(3.5),
        "empty": torch.zeros(0, 5),
    }
    torch.save(views, os.path.join(out, "views.pth"))
    for key, value in views.items():
        expect("views.pth", key, value)
    shared += [["views.pth/grid", "views.pth/transposed"], ["views.pth/grid", "views.pth/sliced"],
               ["views.pth/grid", "views.pth/strided"]]

    # A module's state dict carries _metadata (BUILD on the OrderedDict); a bare Parameter uses
    # _rebuild_parameter.
    torch.manual_seed(5)
    module = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.LayerNorm(4))
    state = module.state_dict()
    state["extra_parameter"] = torch.nn.Parameter(torch.randn(2, 2, generator=gen))
    torch.save(state, os.path.join(out, "module.pth"))
    for key, value in state.items():
        expect("module.pth", key, value)

    nested = {"model": collections.OrderedDict(w=torch.ones(2), b=torch.zeros(1)),
              "ema": {"inner": {"w": torch.full((2, 2), 7.0)}}}
    torch.save(nested, os.path.join(out, "nested.pth"))
    expect("nested.pth", "model.w", torch.ones(2))
    expect("nested.pth", "model.b", torch.zeros(1))
    expect("nested.pth", "ema.inner.w", torch.full((2, 2), 7.0))

    # V-Express kps.pth: a list of float32 [3,2] numpy arrays.
    rng = np.random.default_rng(7)
    kps = [(rng.random((3, 2)) * 512).astype(np.float32) for _ in range(5)]
    torch.save(kps, os.path.join(out, "kps.pth"))
    for i, array in enumerate(kps):
        expect("kps.pth", str(i), torch.from_numpy(array))

    single = np.asfortranarray(rng.random((3, 4)))
    torch.save(single, os.path.join(out, "numpy_single.pth"))
    expect("numpy_single.pth", "0", torch.from_numpy(np.ascontiguousarray(single)))

    arrays = [np.arange(6, dtype=np.int64).reshape(2, 3), np.array([True, False, True]),
              np.arange(4, dtype=np.uint8), rng.random(3).astype(np.float16),
              np.zeros((0, 2), dtype=np.float32), np.array(-5, dtype=np.int32)]
    torch.save(arrays, os.path.join(out, "numpy_dtypes.pth"))
    for i, array in enumerate(arrays):
        expect("numpy_dtypes.pth", str(i), torch.from_numpy(array.copy(order="C")))

    tensors = [torch.randn(2, generator=gen), torch.arange(3)]
    torch.save(tensors, os.path.join(out, "tensor_list.pth"))
    for i, tensor in enumerate(tensors):
        expect("tensor_list.pth", str(i), tensor)

    torch.save({"weight": torch.ones(1), "payload": CallsSystem()},
               os.path.join(out, "forbidden.pth"))
    torch.save({"weight": torch.ones(1), "thing": NotAllowed()},
               os.path.join(out, "forbidden_global.pth"))
    rewrite(os.path.join(out, "views.pth"), os.path.join(out, "big_endian.pth"),
            replace={"/byteorder": b"big"})
    rewrite(os.path.join(out, "all_dtypes.pth"), os.path.join(out, "compressed.pth"),
            compress=zipfile.ZIP_DEFLATED)

    save_file(expected, os.path.join(out, "expected.safetensors"))
    with open(os.path.join(out, "expected.json"), "w") as f:
        json.dump({"shared_storage": shared, "complex_as_real": complex_as_real,
                   "widened_to_int64": widened,
                   "keys": sorted(expected)}, f, indent=1)


if __name__ == "__main__":
    main()
