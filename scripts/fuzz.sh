#!/usr/bin/env bash
# Builds the libFuzzer targets (preset `fuzz`: clang, ASan + UBSan) and fuzzes each one for the
# given time, FUZZ_JOBS targets at a time, starting from the committed corpus
# (fuzz/corpus/<target>) and the generated seeds (fuzz/make_seed_corpus.sh for the checkpoint
# readers, fuzz/make_file_seeds.sh for the others). Afterwards it
# merges what the run found into a minimal corpus, build-fuzz/merged/<target>, and prints
# libFuzzer's final statistics; FUZZ_UPDATE_CORPUS=1 copies the merged corpora over
# fuzz/corpus/ (review the diff, then commit).
#   scripts/fuzz.sh [seconds] [target...]      (default 600 s, every target)
# Targets: batch_jobs engine_json hub_json image keyframes_file media_probe project_file
# render_queue render_speed safetensors style_file torch_pickle.
# Environment: FUZZ_JOBS (2), FUZZ_NICE (19: other work on the machine comes first).
#
# Runs use -fork=1 with crashes, timeouts and out-of-memory ignored: a finding is written to
# build-fuzz/artifacts/<target>-* and the run goes on, so an hour-long run is an hour of
# fuzzing whatever it finds. Reproduce one with build-fuzz/bin/fuzz_<target> <artifact>.
# Logs: build-fuzz/logs/fuzz_<target>_<start time>.log (and merge_*).
set -euo pipefail
seconds=${1:-600}
shift || true
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build-fuzz
all="batch_jobs engine_json hub_json image keyframes_file media_probe project_file render_queue
     render_speed safetensors style_file torch_pickle"
targets=${*:-$all}
jobs=${FUZZ_JOBS:-2}
stamp=$(date -u +%Y%m%dT%H%M%SZ)  # logs of earlier runs are kept
nice_level=${FUZZ_NICE:-19}

cd "$root"
[ -f "$build/build.ninja" ] || cmake --preset fuzz
nice -n "$nice_level" cmake --build "$build" -j2 --target $(printf 'fuzz_%s ' $targets)
[ -d "$build/seeds/torch_pickle" ] || "$root/fuzz/make_seed_corpus.sh" "$build/seeds"
[ -d "$build/seeds/image" ] || "$root/fuzz/make_file_seeds.sh" "$build/seeds"
mkdir -p "$build/artifacts" "$build/logs"

# The largest input each target is given: media and images need whole (small) files,
# checkpoints their ZIP directory, JSON texts far less.
max_len() {
    case $1 in
        image | media_probe) echo 32768 ;;
        safetensors | torch_pickle) echo 65536 ;;
        batch_jobs | engine_json | hub_json | keyframes_file | project_file | render_speed) echo 8192 ;;
        render_queue) echo 16384 ;;  # a queue holds whole projects
        *) echo 8192 ;;
    esac
}

run_one() {
    local name=$1 work=$build/corpus/$1
    local args=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1
                -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048
                -max_len="$(max_len "$name")" -print_final_stats=1
                -artifact_prefix="$build/artifacts/$name-")
    [ -f "$root/fuzz/$name.dict" ] && args+=(-dict="$root/fuzz/$name.dict")
    mkdir -p "$work"
    local dirs=("$work")  # the first folder receives new inputs; the others are only read
    for d in "$root/fuzz/corpus/$name" "$build/seeds/$name"; do
        [ -d "$d" ] && dirs+=("$d")
    done
    echo "$(date -u +%FT%TZ) start $name for ${seconds}s, log: $build/logs/fuzz_${name}_$stamp.log"
    nice -n "$nice_level" "$build/bin/fuzz_$name" "${args[@]}" "${dirs[@]}" \
        >"$build/logs/fuzz_${name}_$stamp.log" 2>&1 || true
    # A minimal corpus with the same edge coverage (-use_counters=0: hit counts would keep
    # five times more inputs for the JSON targets, whose nlohmann code is instrumented).
    rm -rf "$build/merged/$name" && mkdir -p "$build/merged/$name"
    nice -n "$nice_level" "$build/bin/fuzz_$name" -merge=1 -use_counters=0 -rss_limit_mb=2048 \
        -timeout=10 -max_len="$(max_len "$name")" "$build/merged/$name" "${dirs[@]:1}" "$work" \
        >"$build/logs/merge_${name}_$stamp.log" 2>&1 || true
    echo "$(date -u +%FT%TZ) done $name: merged corpus $(ls "$build/merged/$name" | wc -l) files"
}

running=0
for name in $targets; do
    if [ "$running" -ge "$jobs" ]; then
        wait -n || true
        running=$((running - 1))
    fi
    run_one "$name" &
    running=$((running + 1))
done
wait

for name in $targets; do
    echo "===== fuzz_$name"
    grep -E '^#[0-9]+: cov|^(stat::|INFO: exiting|==[0-9]+==ERROR|SUMMARY)|non-vx|runtime error' \
        "$build/logs/fuzz_${name}_$stamp.log" | tail -n 12 || true
    if [ "${FUZZ_UPDATE_CORPUS:-0}" = 1 ] && [ -n "$(ls "$build/merged/$name")" ]; then
        # The inputs behind fixes stay under their names, whatever their coverage.
        keep=$(mktemp -d)
        cp "$root/fuzz/corpus/$name"/regression-* "$keep"/ 2>/dev/null || true
        rm -rf "$root/fuzz/corpus/$name" && cp -r "$build/merged/$name" "$root/fuzz/corpus/$name"
        cp "$keep"/* "$root/fuzz/corpus/$name"/ 2>/dev/null || true
        rm -rf "$keep"
    fi
done
ls -la "$build/artifacts"
