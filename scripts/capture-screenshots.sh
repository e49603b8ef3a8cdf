#!/usr/bin/env bash
# Screenshots of the studio for docs/screenshots, under Xvfb: the empty window, the window with
# the astronaut and a spoken recording loaded, the style picker with a project's style, the
# keyframe lanes of a project with keys, a V-Express render in progress with the tiny
# model (made from ../shared/fixtures/vexpress-tiny), the Render dialog with its pre-flight, the
# render queue at work, and the first-start model download from a local stand-in for the hub
# (tests/net/hub_server.py). Keys are typed with xdotool.
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
    kill "${app_pid:-}" "${hub_pid:-}" "${tall_pid:-}" "${xvfb_pid:-}" 2>/dev/null || true
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
# With KEYS set (xdotool key names), types them after the wait and waits KEYS_WAIT seconds more.
shot() {
    local name="$1" wait="$2"
    shift 2
    "$app" "$@" &
    app_pid=$!
    sleep "$wait"
    if [ -n "${KEYS:-}" ]; then
        # Without a window manager nothing has the keyboard focus until it is given; a modal
        # question already has it (KEYS_FOCUS=0).
        if [ "${KEYS_FOCUS:-1}" = 1 ]; then
            xdotool search --onlyvisible --name "VX Studio" windowfocus --sync
        fi
        # shellcheck disable=SC2086
        xdotool key $KEYS
        sleep "${KEYS_WAIT:-3}"
    fi
    import -window root "$out/$name.png"
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    echo "wrote $out/$name.png"
}

shot studio-empty 4
shot studio-loaded 10 --open-image "$astronaut" --open-audio "$work/voice.wav"
# The style picker: a project that uses the built-in "Friendly teacher" with a tighter likeness
# (identity strength: an override, shown in bold), beside a style of the user's own.
mkdir -p "$work/data/vxstudio/styles"
"$python" - "$work" "$astronaut" <<'PY'
import json, sys
work, astronaut = sys.argv[1], sys.argv[2]
values = {"expressionPercent": 80, "identityPercent": 55, "headAmountPercent": 50,
          "yawRangeDeg": 9, "pitchRangeDeg": 6, "rollRangeDeg": 3, "tempo": 0.8,
          "speechFollowPercent": 60, "blinkRatePerMinute": 14, "blinkDurationMs": 190}
with open(f"{work}/data/vxstudio/styles/lesson-voice.json", "w") as f:
    json.dump({"format": "vxstyle", "version": 1, "name": "Lesson voice",
               "description": "For the chemistry lessons", "headMotionPreset": "calm",
               "values": values}, f)
teacher = {"expressionPercent": 90, "identityPercent": 45, "headAmountPercent": 60,
           "yawRangeDeg": 12, "pitchRangeDeg": 8, "rollRangeDeg": 5, "tempo": 1.0,
           "speechFollowPercent": 60, "blinkRatePerMinute": 18, "blinkDurationMs": 170}
teacher["identityPercent"] = 70
with open(f"{work}/lesson.vxproj", "w") as f:
    json.dump({"format": "vxproj", "version": 2,
               "inputs": {"portrait": astronaut, "audio": f"{work}/voice.wav"},
               "performance": dict(teacher, style="Friendly teacher", headPreset="lively-speaker")},
              f, indent=2)
PY
shot studio-styles 12 "$work/lesson.vxproj"

# The keyframe lanes: a calm start, an emphatic middle, a still ending, a turn at the end.
"$python" - "$work" "$astronaut" <<'PY'
import json, sys
work, astronaut = sys.argv[1], sys.argv[2]
lanes = {
    "expressionPercent": [{"time": 0.3, "value": 40, "interpolation": "smooth"},
                          {"time": 1.6, "value": 100}, {"time": 3.2, "value": 100},
                          {"time": 3.8, "value": 30, "interpolation": "hold"}],
    "headAmountPercent": [{"time": 2.8, "value": 70, "interpolation": "smooth"},
                          {"time": 3.8, "value": 0}],
    "yawOffsetDeg": [{"time": 3.0, "value": 0, "interpolation": "smooth"},
                     {"time": 3.9, "value": -8}],
    "style": [{"time": 0, "style": "Calm narrator"}, {"time": 1.5, "style": "Emphatic speaker"}],
}
with open(f"{work}/lesson-keys.vxproj", "w") as f:
    json.dump({"format": "vxproj", "version": 3,
               "inputs": {"portrait": astronaut, "audio": f"{work}/voice.wav"},
               "keyframes": lanes}, f, indent=2)
PY
shot studio-keyframes 12 "$work/lesson-keys.vxproj"

"$python" scripts/make-tiny-model.py "$work/tiny" "$fixtures" >/dev/null
# The quality last chosen (as the window remembers it): small and few steps, so that the shot
# catches the decoded frames arriving.
mkdir -p "$work/config/VX Studio"
printf '[quality]\nsteps=%s\nresolution=%s\n[folders]\nexport=%s\n' "${VX_RENDER_SHOT_STEPS:-8}" \
    "${VX_RENDER_SHOT_SIZE:-256}" "$work" >"$work/config/VX Studio/VX Studio.conf"
shot studio-rendering "${VX_RENDER_SHOT_SECONDS:-25}" --open-image "$astronaut" \
    --open-audio "$work/voice.wav" --models "$work/tiny/model_ckpts" \
    --render-to "$work/render.mp4"

# The Render dialog (Ctrl+R) with its pre-flight estimate.
KEYS=ctrl+r shot studio-render-dialog 10 --open-image "$astronaut" --open-audio "$work/voice.wav" \
    --models "$work/tiny/model_ckpts"

# The render queue: a dub in four languages, one done, one rendering (for real, with the tiny
# model), one waiting, and one whose recording is missing.
espeak-ng -v de -w "$work/lesson-de.wav" "Willkommen zur Lektion. Heute sehen wir, wie Licht reist."
espeak-ng -v fr -w "$work/lesson-fr.wav" "Bienvenue dans la leçon. Aujourd'hui, la lumière."
mkdir -p "$work/data/VX Studio/VX Studio"
"$python" - "$work" "$astronaut" <<'PY'
import json, sys
work, astronaut = sys.argv[1], sys.argv[2]
def job(n, lang, status, message):
    return {"id": n, "status": status, "message": message,
            "output": f"{work}/lesson-{lang}.mp4", "models": f"{work}/tiny/model_ckpts",
            "draft": False, "crf": 18,
            "project": {"format": "vxproj", "version": 2,
                        "inputs": {"portrait": astronaut,
                                   "audio": work + ("/voice.wav" if lang == "en"
                                                    else f"/lesson-{lang}.wav")},
                        "quality": {"steps": 8, "resolutionPx": 256, "device": "cpu-fp32"}}}
queue = {"format": "vxstudio-render-queue", "version": 1, "paused": False, "nextId": 5,
         "jobs": [job(1, "en", "done", "131 frames at 25.00 fps"),
                  job(2, "de", "running", ""), job(3, "fr", "waiting", ""),
                  job(4, "es", "failed",
                      f"{work}/lesson-es.wav: the file does not exist; check the path")]}
with open(f"{work}/data/VX Studio/VX Studio/render-queue.json", "w") as f:
    json.dump(queue, f, indent=2)
PY
# A taller screen, so the queue's dock under the window shows every job.
Xvfb :98 -screen 0 1280x900x24 -nolisten tcp &
tall_pid=$!
sleep 1
DISPLAY=:98 shot studio-render-queue "${VX_QUEUE_SHOT_SECONDS:-45}" -qwindowgeometry 1280x900+0+0 \
    --open-image "$astronaut" --open-audio "$work/voice.wav" --models "$work/tiny/model_ckpts"
kill "$tall_pid" 2>/dev/null || true

# First start without models: the studio offers the download (Return answers Yes) and fetches
# the tiny model from the local hub; one file stalls, so the shot shows a download under way.
"$python" tests/net/hub_server.py --root "$work/tiny" --port-file "$work/hub-port" \
    --stall model_ckpts/v-express/denoising_unet.bin &
hub_pid=$!
for _ in $(seq 50); do [ -s "$work/hub-port" ] && break; sleep 0.2; done
export HF_ENDPOINT="http://127.0.0.1:$(cat "$work/hub-port")" XDG_DATA_HOME="$work/fresh-data" \
    XDG_CONFIG_HOME="$work/fresh-config"
KEYS=Return KEYS_FOCUS=0 KEYS_WAIT=6 shot studio-model-download 5
