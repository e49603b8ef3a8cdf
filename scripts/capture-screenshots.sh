#!/usr/bin/env bash
# Screenshots of the studio for docs/screenshots, under Xvfb: the empty window, the window with
# the astronaut and a spoken recording loaded, and a V-Express render in progress with the tiny
# model (made from ../shared/fixtures/vexpress-tiny).
# Usage: scripts/capture-screenshots.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
out="${2:-docs/screenshots}"
app="$build/bin/vxstudio"
python="${VX_PYTHON:-.venv/bin/python3}"
fixtures="${VX_FIXTURES_DIR:-../shared/fixtures/vexpress-tiny}"
astronaut=/usr/lib/python3/dist-packages/skimage/data/astronaut.png
work="$(mktemp -d)"
display=":97"
cleanup() {
    kill "${app_pid:-}" "${xvfb_pid:-}" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp &
xvfb_pid=$!
sleep 1
export DISPLAY="$display" QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME="$work/config" \
    XDG_DATA_HOME="$work/data"
mkdir -p "$out"
# A default model folder exists, so the first start does not offer to download the models.
mkdir -p "$work/data/vxstudio/models/model_ckpts"
espeak-ng -w "$work/voice.wav" \
    "Welcome to the lesson. Today we look at how light travels through space."

# shot NAME SECONDS ARGS...: starts the app with ARGS, waits, captures the screen, stops it.
shot() {
    local name="$1" wait="$2"
    shift 2
    "$app" "$@" &
    app_pid=$!
    sleep "$wait"
    import -window root "$out/$name.png"
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    echo "wrote $out/$name.png"
}

shot studio-empty 4
shot studio-loaded 10 --open-image "$astronaut" --open-audio "$work/voice.wav"
"$python" scripts/make-tiny-model.py "$work/tiny" "$fixtures" >/dev/null
# The quality last chosen (as the window remembers it): small and few steps, so that the shot
# catches the decoded frames arriving.
mkdir -p "$work/config/VX Studio"
printf '[quality]\nsteps=%s\nresolution=%s\n' "${VX_RENDER_SHOT_STEPS:-8}" \
    "${VX_RENDER_SHOT_SIZE:-256}" >"$work/config/VX Studio/VX Studio.conf"
shot studio-rendering "${VX_RENDER_SHOT_SECONDS:-25}" --open-image "$astronaut" \
    --open-audio "$work/voice.wav" --models "$work/tiny/model_ckpts" \
    --render-to "$work/render.mp4"
