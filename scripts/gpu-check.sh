#!/usr/bin/env bash
# The whole CUDA check on a machine with one NVIDIA GPU and a PyTorch with CUDA, in one command:
# builds the engine against that PyTorch, runs the CUDA tests (ctest -L cuda, whose parity test
# renders the fixture case in fp32, fp16 and bf16), then times release-size random weights at
# 512x512 with 24-frame windows in fp16 and bf16 through the CLI, and prints a table.
#
#   scripts/gpu-check.sh [--python PY] [--models DIR] [--build-dir DIR]
#     --python  interpreter whose torch wheel is used (default: .venv/bin/python3, else python3)
#     --models  a release model_ckpts folder: adds whole renders of 10 s and 60 s clips (seconds
#               per video-second, peak GPU memory); without it only the module calls are timed
#
# Exit codes: 0 everything ran and passed; 1 a build, test or benchmark step failed; 2 bad usage
# or a missing tool (cmake, ninja, Python with torch); 3 no usable NVIDIA GPU was found (the
# script stops before building anything, after saying what it looked for).
#
# It builds the full application when Qt, OpenCV and FFmpeg are installed (then the benchmarks
# go through vxstudio-cli bench) and otherwise the engine-only preset (then through
# vx_bench_engine, which links the same engine library); the table says which.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
budget_s=480  # the whole check is meant to fit in 8 minutes
started=$(date +%s)

python=""
models=""
build_dir=""
while [ $# -gt 0 ]; do
    case "$1" in
        --python) python="${2:-}"; shift 2 ;;
        --models) models="${2:-}"; shift 2 ;;
        --build-dir) build_dir="${2:-}"; shift 2 ;;
        -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "gpu-check: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done
if [ -z "$python" ]; then
    if [ -x "$root/.venv/bin/python3" ]; then python="$root/.venv/bin/python3"; else python=python3; fi
fi
if [ -n "$models" ] && [ ! -d "$models" ]; then
    echo "gpu-check: --models $models is not a folder (give a release model_ckpts folder)" >&2
    exit 2
fi

rows=()  # "step|result" lines of the final table
row() { rows+=("$1|$2"); }
print_table() {
    echo
    echo "== gpu-check summary ($(( $(date +%s) - started )) s) =="
    printf '%-46s %s\n' "step" "result"
    for r in "${rows[@]}"; do printf '%-46s %s\n' "${r%%|*}" "${r#*|}"; done
}
left_s() { echo $(( budget_s - ($(date +%s) - started) )); }

echo "== 1. tools"
for tool in cmake ninja; do
    if ! command -v "$tool" >/dev/null; then
        echo "gpu-check: $tool is not installed (apt-get install cmake ninja-build)" >&2
        exit 2
    fi
done
if ! torch_line=$("$python" -c 'import torch; print(torch.__version__, torch.version.cuda or "none")' 2>/dev/null); then
    echo "gpu-check: $python cannot import torch (run scripts/setup-python.sh, or pass --python)" >&2
    exit 2
fi
echo "torch ${torch_line% *}, built for CUDA ${torch_line#* } ($python)"
row "PyTorch (CUDA it was built for)" "$torch_line"

echo "== 2. GPU"
if command -v nvidia-smi >/dev/null && smi=$(nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>&1); then
    echo "driver: $smi"
else
    echo "driver: nvidia-smi not found or failing"
fi
gpu=$("$python" -c 'import torch
print(torch.cuda.get_device_name(0) if torch.cuda.is_available() and torch.cuda.device_count() > 0 else "")' 2>/dev/null)
if [ -z "$gpu" ]; then
    echo "gpu-check: NO GPU FOUND: PyTorch ($python) sees no usable CUDA device" \
         "(torch CUDA build: ${torch_line#* }; CUDA_VISIBLE_DEVICES='${CUDA_VISIBLE_DEVICES-unset}')." \
         "Nothing was built or run; on a machine with an NVIDIA GPU, its driver and a CUDA build" \
         "of PyTorch, run this script again."
    exit 3
fi
echo "GPU: $gpu"
row "GPU" "$gpu"

echo "== 3. build"
failed=0
if cmake -S "$root" -B "$root/build-gpu-probe" -G Ninja -DVX_BUILD_TESTS=OFF -DVX_BUILD_BENCH=OFF \
        -DVX_PYTHON="$python" >/dev/null 2>&1; then
    preset=full
    build_dir="${build_dir:-$root/build-gpu}"
    targets=(vxstudio-cli vx_engine_cuda_tests vx_pipeline_cuda_tests)
    extra=()
else
    preset=engine-only
    build_dir="${build_dir:-$root/build-gpu-engine}"
    targets=(vx_bench_engine vx_engine_cuda_tests)
    extra=(-DVX_ENGINE_ONLY=ON)
    echo "Qt/OpenCV/FFmpeg not all found: building the engine only"
fi
rm -rf "$root/build-gpu-probe"
build_start=$(date +%s)
if cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DVX_BUILD_TESTS=ON \
        -DVX_PYTHON="$python" "${extra[@]}" >"$build_dir.configure.log" 2>&1 &&
   cmake --build "$build_dir" -j "$(nproc)" --target "${targets[@]}" >"$build_dir.build.log" 2>&1; then
    row "build ($preset, ${targets[*]})" "ok in $(( $(date +%s) - build_start )) s"
else
    echo "gpu-check: the build failed; see $build_dir.configure.log and $build_dir.build.log" >&2
    row "build ($preset)" "FAILED"
    print_table
    exit 1
fi

echo "== 4. ctest -L cuda (fp32, fp16, bf16 parity)"
if (cd "$build_dir" && timeout "$(left_s)" ctest -L cuda --output-on-failure) >"$build_dir.ctest.log" 2>&1; then
    row "ctest -L cuda" "$(grep -E 'tests passed' "$build_dir.ctest.log" | tail -1)"
else
    failed=1
    row "ctest -L cuda" "FAILED ($build_dir.ctest.log)"
fi
if grep -q "Skipped" "$build_dir.ctest.log"; then
    row "ctest -L cuda skips" "$(grep -c 'Skipped' "$build_dir.ctest.log") test(s) skipped: see the log"
fi

echo "== 5. benchmarks: release-size random weights, 512x512, 24 frames"
bench_line() {  # the value of key $2 in the bench line of $1's output
    sed -n "s/.*[ ]$2=\([^ ]*\).*/\1/p" <<<"$1" | tail -1
}
for dtype in fp16 bf16; do
    if [ "$(left_s)" -lt 30 ]; then row "unet window $dtype" "not run: the 8-minute budget is spent"; continue; fi
    if [ "$preset" = full ]; then
        out=$(timeout "$(left_s)" "$build_dir/bin/vxstudio-cli" bench unet-window --random-release \
              --device cuda --precision "$dtype" --size 512 --frames 24 --repeats 3 2>&1)
        rc=$?
        ms=$(bench_line "$out" ms_per_call)
        mib=$(bench_line "$out" peak_gpu_mib)
        result="${ms:-?} ms per call, peak GPU ${mib:-?} MiB"
    else
        flag=(); [ "$dtype" = bf16 ] && flag=(--bf16)
        out=$(timeout "$(left_s)" "$build_dir/bin/vx_bench_engine" --size 512 --frames 24 --repeats 3 "${flag[@]}" 2>&1)
        rc=$?
        result=$(grep "denoising UNet" <<<"$out" | sed 's/  */ /g')
    fi
    echo "$out"
    if [ $rc -ne 0 ]; then failed=1; result="FAILED (exit $rc)"; fi
    row "unet window (CFG) $dtype via $([ "$preset" = full ] && echo vxstudio-cli || echo vx_bench_engine)" "$result"
done

if [ -z "$models" ]; then
    row "whole render 10 s / 60 s" "not run: pass --models with a release model_ckpts folder"
elif [ "$preset" != full ]; then
    row "whole render 10 s / 60 s" "not run: needs the full build (vxstudio-cli)"
else
    for seconds in 10 60; do
        for dtype in fp16 bf16; do
            if [ "$(left_s)" -lt 30 ]; then row "render ${seconds}s $dtype" "not run: the 8-minute budget is spent"; continue; fi
            out=$(timeout "$(left_s)" "$build_dir/bin/vxstudio-cli" bench pipeline --models "$models" \
                  --device cuda --precision "$dtype" --size 512 --steps 25 --seconds "$seconds" 2>&1)
            rc=$?
            echo "$out"
            if [ $rc -ne 0 ]; then
                failed=1
                row "render ${seconds}s $dtype, 25 steps" "FAILED or out of time (exit $rc)"
            else
                row "render ${seconds}s $dtype, 25 steps" "$(bench_line "$out" seconds_per_video_second) s per video-second, peak GPU $(bench_line "$out" peak_gpu_mib) MiB"
            fi
        done
    done
fi
print_table
exit $failed
