// Reader for checkpoints written by torch.save (the zip format of PyTorch >= 1.6): a ZIP
// archive with <folder>/data.pkl (a pickle), <folder>/data/<key> (raw storages) and
// <folder>/byteorder. The pickle is interpreted by a restricted machine that never executes
// anything: only an allow-list of globals is understood --
//   collections.OrderedDict, torch._utils._rebuild_tensor_v2/_v3, _rebuild_parameter(_with_state),
//   torch.<Dtype>Storage for every storage dtype, torch.storage.UntypedStorage, torch.<dtype>,
//   numpy.core.multiarray._reconstruct / numpy._core.multiarray._reconstruct, numpy.ndarray,
//   numpy.dtype, _codecs.encode and builtins.bytes (for numpy's raw data) --
// and anything else is refused with vx::Error(Model) "unsupported pickle content ...".
// Storages shared by several tensors stay shared; views keep their offset and strides. Tensors
// read from a file are zero-copy views of its (copy-on-write) mapping where alignment allows.
//
// Why not torch::pickle_load? Checked with LibTorch 2.8.0 (the pinned wheel): it fails on every
// .bin of the tiny fixture (all are collections.OrderedDict state dicts) with the internal
// assertion "Expected GenericDict but got None", on torch.save files with _rebuild_tensor_v3
// (uint16/32/64, float8) with "Unpickler found unknown type", and on kps.pth
// ("unknown type numpy.core.multiarray._reconstruct"). It reads only plain-dict state dicts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/io/state_dict.h"

namespace vx::io {

// Reads a state dict: the top-level object must be a dict (or OrderedDict) whose values are
// tensors or, recursively, dicts of tensors (flattened to "outer.inner" keys). Throws
// vx::Error(Model) naming the file for anything else, and for damaged or big-endian archives.
StateDict readTorchCheckpoint(const std::string& path);

// The same from an in-memory archive (tensors copy their data); `name` is used in errors. This
// is the entry point of the fuzzer.
StateDict parseTorchCheckpoint(const uint8_t* bytes, size_t size, const std::string& name);

// Reads a torch.save'd list (or tuple) of numpy arrays or tensors, or a single one, as
// V-Express's kps.pth holds (a list of float32 [3,2] arrays). Arrays keep their numpy dtype.
std::vector<torch::Tensor> readNumpyArrayList(const std::string& path);
std::vector<torch::Tensor> parseNumpyArrayList(const uint8_t* bytes, size_t size,
                                               const std::string& name);

}  // namespace vx::io
