#!/usr/bin/env bash
# Writes the seed corpora of the fuzz targets (not committed: generated from the Python
# test-data generator and the small files of the tiny fixture).
#   fuzz/make_seed_corpus.sh OUTDIR [PYTHON]
# OUTDIR/torch_pickle: torch.save archives and their bare data.pkl pickles
# OUTDIR/safetensors:  safetensors files up to 64 KiB
set -euo pipefail
out=${1:?usage: make_seed_corpus.sh OUTDIR [PYTHON]}
here=$(cd "$(dirname "$0")/.." && pwd)
python=${2:-$here/.venv/bin/python3}
fixtures=${VX_FIXTURES_DIR:-$here/../shared/fixtures/vexpress-tiny}
max_bytes=65536

mkdir -p "$out/torch_pickle" "$out/safetensors"
gen=$(mktemp -d)
trap 'rm -rf "$gen"' EXIT
"$python" "$here/tests/python/write_torch_checkpoints.py" "$gen" >/dev/null

# Archives as they are, plus each archive's data.pkl alone (the target wraps bare pickles
# into an archive itself).
"$python" - "$gen" "$out/torch_pickle" "$max_bytes" "$fixtures" <<'PY'
import glob, os, shutil, sys, zipfile
gen, out, max_bytes, fixtures = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
files = sorted(glob.glob(os.path.join(gen, "*.pth")))
files += sorted(glob.glob(os.path.join(fixtures, "model_ckpts", "**", "*.bin"), recursive=True))
for path in files:
    stem = os.path.basename(path).replace(".", "_")
    if os.path.getsize(path) <= max_bytes:
        shutil.copy(path, os.path.join(out, stem))
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.endswith("/data.pkl") and z.getinfo(name).file_size <= max_bytes:
                with open(os.path.join(out, stem + "_pickle"), "wb") as f:
                    f.write(z.read(name))
PY

cp "$gen/expected.safetensors" "$out/safetensors/expected"
if [ -d "$fixtures" ]; then
    find "$fixtures" -name '*.safetensors' -size -$((max_bytes / 1024))k -print0 |
        while IFS= read -r -d '' f; do
            cp "$f" "$out/safetensors/$(basename "$(dirname "$f")")_$(basename "$f")"
        done
fi
chmod -R u+w "$out"
echo "seed corpus: $(ls "$out/torch_pickle" | wc -l) torch inputs, $(ls "$out/safetensors" | wc -l) safetensors inputs in $out"
