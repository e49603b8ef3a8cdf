#!/usr/bin/env bash
# Builds the libFuzzer targets of the checkpoint readers (preset `fuzz`: clang, engine only,
# ASan + UBSan) and runs each for the given number of seconds (default 600), both at once,
# then prints libFuzzer's final statistics. Crashing inputs are kept in build-fuzz/artifacts/.
#   scripts/fuzz-readers.sh [seconds]
# Environment: FUZZ_TARGETS (default "fuzz_safetensors fuzz_torch_pickle"), FUZZ_NICE (15).
set -euo pipefail
seconds=${1:-600}
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build-fuzz
targets=${FUZZ_TARGETS:-fuzz_safetensors fuzz_torch_pickle}
nice_level=${FUZZ_NICE:-15}

cd "$root"
if [ ! -f "$build/build.ninja" ]; then
    cmake --preset fuzz
fi
nice -n "$nice_level" cmake --build "$build" -j2 --target $targets

corpus=$build/corpus
if [ ! -d "$corpus/torch_pickle" ]; then
    "$root/fuzz/make_seed_corpus.sh" "$corpus/seeds"
    mkdir -p "$corpus/torch_pickle" "$corpus/safetensors"
fi
mkdir -p "$build/artifacts" "$build/logs"

pids=()
for target in $targets; do
    name=${target#fuzz_}
    args=(-max_total_time="$seconds" -print_final_stats=1 -timeout=20 -rss_limit_mb=4096
          -max_len=65536 -artifact_prefix="$build/artifacts/$target-")
    if [ -f "$root/fuzz/$name.dict" ]; then
        args+=(-dict="$root/fuzz/$name.dict")
    fi
    # The first directory receives new inputs; the seeds are read only.
    nice -n "$nice_level" "$build/bin/$target" "${args[@]}" "$corpus/$name" "$corpus/seeds/$name" \
        >"$build/logs/$target.log" 2>&1 &
    pids+=($!)
    echo "started $target (pid $!) for ${seconds}s, log: $build/logs/$target.log"
done
status=0
for pid in "${pids[@]}"; do
    wait "$pid" || status=1
done
for target in $targets; do
    echo "===== $target"
    grep -E '^(#[0-9]+ +DONE|stat::|Done [0-9]+ runs|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)' \
        "$build/logs/$target.log" || true
    tail -n 3 "$build/logs/$target.log"
done
ls -la "$build/artifacts"
exit $status
