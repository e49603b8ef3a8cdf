#!/usr/bin/env bash
# scripts/gpu-check.sh on a machine where PyTorch sees no GPU (CUDA_VISIBLE_DEVICES is emptied, so
# this holds on a GPU machine too): it must get past its tool checks, say "NO GPU FOUND", exit
# with its documented code 3 and build nothing. A bad argument must exit 2.
#   gpu_check_without_gpu_test.sh SCRIPT PYTHON
set -u
script="$1"
python="$2"
fail() { echo "FAIL: $*"; exit 1; }

root="$(cd "$(dirname "$script")/.." && pwd)"
existed=$(ls -d "$root"/build-gpu* 2>/dev/null)
out=$(CUDA_VISIBLE_DEVICES="" bash "$script" --python "$python" 2>&1)
rc=$?
echo "$out"
[ $rc -eq 3 ] || fail "exit code $rc, expected 3 (no GPU)"
grep -q "^torch [0-9]" <<<"$out" || fail "the PyTorch check did not run before the GPU check"
grep -q "NO GPU FOUND" <<<"$out" || fail "no clear 'NO GPU FOUND' message"
grep -q "== 3. build" <<<"$out" && fail "it went on to the build"
[ "$(ls -d "$root"/build-gpu* 2>/dev/null)" = "$existed" ] || fail "it created a build folder"

out=$(bash "$script" --no-such-option 2>&1)
rc=$?
[ $rc -eq 2 ] || fail "an unknown option exits $rc, expected 2"
grep -q "unknown argument '--no-such-option'" <<<"$out" || fail "the unknown option is not named"

out=$(bash "$script" --python /nonexistent/python 2>&1)
rc=$?
[ $rc -eq 2 ] || fail "a Python without torch exits $rc, expected 2"
grep -q "/nonexistent/python cannot import torch" <<<"$out" || fail "the bad interpreter is not named"
echo "PASS"
