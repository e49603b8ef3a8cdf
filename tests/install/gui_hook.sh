#!/usr/bin/env bash
# mmdebstrap customize hook, run on the host: starts the installed vxstudio inside the root
# with a project file, as the desktop entry does ("vxstudio %f"), on the host's Xvfb (its
# socket is bind-mounted into the root, so the root needs no X server), waits for the window
# titled after the project and takes a screenshot.
#   gui_hook.sh ROOT DISPLAY OUT_DIR
set -euo pipefail
root="$1"
display="$2"
out="$3"
fail() { echo "FAILED (GUI): $*" >&2; exit 1; }

mkdir -p "$root/tmp/.X11-unix" "$out"
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
gui_pid=""
cleanup() {
    if [ -n "$gui_pid" ]; then
        kill "$gui_pid" 2>/dev/null || true
        wait "$gui_pid" 2>/dev/null || true
    fi
    umount "$root/tmp/.X11-unix"
}
trap cleanup EXIT

# An empty model folder: the studio would otherwise ask on this first start whether to
# download the models.
mkdir -p "$root/root/models"
chroot "$root" env -i HOME=/root PATH=/usr/bin:/bin LANG=C.UTF-8 DISPLAY="$display" \
    QT_QPA_PLATFORM=xcb vxstudio --models /root/models /root/projects/talk.vxproj \
    >"$out/gui.log" 2>&1 &
gui_pid=$!

# The title is the project's name once it is open ("talk — VX Studio").
for _ in $(seq 60); do
    kill -0 "$gui_pid" 2>/dev/null || { cat "$out/gui.log"; fail "vxstudio exited"; }
    if xwininfo -display "$display" -root -tree 2>/dev/null | grep -q '"talk'; then
        break
    fi
    sleep 1
done
window="$(xwininfo -display "$display" -root -tree | grep -m1 '"talk' | awk '{print $1}')"
[ -n "$window" ] || { cat "$out/gui.log"; fail "no window of the project"; }
# Time for the portrait and the recording to load and the preview to draw.
sleep 8
import -display "$display" -window "$window" "$out/gui.png"
echo "GUI: screenshot $out/gui.png"
