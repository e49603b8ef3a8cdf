#!/usr/bin/env bash
# The .deb on a clean Debian 12 (ctest: install_deb, label install; tests/install/CMakeLists.txt).
#   deb_install_test.sh SOURCE_DIR PACKAGE_BUILD_DIR WORK_DIR [CXX_COMPILER] [VX_PYTHON]
# 1. builds the package in PACKAGE_BUILD_DIR (configured CPU-only when it is a new folder);
# 2. lintian on it, in the background: no E: line;
# 3. mmdebstrap makes a clean bookworm root from the Debian mirror of this machine's apt sources
#    and, in its hooks: apt-get install ./vxstudio_*.deb (in_root_install.sh: --version, doctor,
#    preview, libraries, desktop integration), the GUI with a project file under this machine's
#    Xvfb with a screenshot (gui_hook.sh), apt-get purge and the check of what is left
#    (in_root_purge.sh);
#    The root also downloads the tiny model with `vxstudio-cli models download` from a local
#    stand-in for the hub on 127.0.0.1 (tests/net/hub_server.py, started here) into the default
#    model folder, and renders with it: from the .deb to a rendered clip with nothing but the
#    package's own download;
# 4. checks the preview and the render MP4s with ffprobe and the binaries' dynamic sections.
# Exit 77 (ctest: skipped) without root, mmdebstrap or a reachable mirror.
set -euo pipefail
src="$1"
pkg_build="$2"
work="$3"
cxx="${4:-}"
python="${5:-}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

skip() { echo "SKIPPED: $*"; exit 77; }
fail() { echo "FAILED: $*" >&2; exit 1; }
t0=$(date +%s)
stage() { echo "== [$(($(date +%s) - t0)) s] $*"; }

[ "$(id -u)" -eq 0 ] || skip "mmdebstrap --mode=root needs root"
for tool in mmdebstrap lintian ffprobe espeak-ng Xvfb import readelf dpkg-deb; do
    command -v "$tool" >/dev/null || skip "$tool is missing (scripts/install-deps.sh test)"
done

rm -rf "$work"
mkdir -p "$work/in" "$work/out"

# ---- 1. the package
stage "building the package in $pkg_build"
# Same ccache set-up as scripts/build.sh, so that the compilations of the main build are reused.
export CCACHE_BASEDIR="$src" CCACHE_NOHASHDIR=1
export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}"
if [ ! -f "$pkg_build/CMakeCache.txt" ]; then
    args=(-S "$src" -B "$pkg_build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DVX_WERROR=ON
          -DVX_TORCH_LINK_CUDA=OFF -DVX_BUILD_TESTS=OFF -DVX_BUILD_BENCH=OFF)
    [ -n "$cxx" ] && args+=("-DCMAKE_CXX_COMPILER=$cxx")
    [ -n "$python" ] && args+=("-DVX_PYTHON=$python")
    cmake "${args[@]}" >"$work/configure.log" 2>&1 || { tail -30 "$work/configure.log"; fail "configure"; }
fi
grep -q '^VX_TORCH_LINK_CUDA:BOOL=OFF' "$pkg_build/CMakeCache.txt" ||
    fail "$pkg_build links CUDA; the package is built CPU-only (docs/install.md)"
nice cmake --build "$pkg_build" -j "${VX_BUILD_JOBS:-2}" --target vxstudio vxstudio-cli vx_debian_docs \
    >"$work/build.log" 2>&1 ||
    { tail -30 "$work/build.log"; fail "package build"; }
stage "cpack"
rm -rf "$work/deb"
(cd "$pkg_build" && nice cpack -G DEB -B "$work/deb") >"$work/cpack.log" 2>&1 ||
    { tail -30 "$work/cpack.log"; fail "cpack"; }
deb="$(ls "$work"/deb/vxstudio_*.deb)"
echo "package: $deb ($(du -m "$deb" | cut -f1) MiB)"
dpkg-deb -f "$deb" Depends
stage "checking the package's files"
"$here/check_deb_contents.sh" "$deb" "$work/extracted"

# ---- 2. lintian, while the root is made
stage "lintian (in the background)"
(
    start=$(date +%s)
    lintian --tag-display-limit 0 "$deb" >"$work/lintian.txt" 2>&1 || true
    echo "lintian took $(($(date +%s) - start)) s" >"$work/lintian-time.txt"
) &
lintian_pid=$!

# ---- 3. a clean root
espeak-ng -w "$work/in/voice.wav" "Hello from a clean Debian root. This is the preview." ||
    fail "espeak-ng"
astronaut=/usr/lib/python3/dist-packages/skimage/data/astronaut.png
[ -f "$astronaut" ] || skip "$astronaut is missing (python3-skimage)"
cp "$astronaut" "$work/in/astronaut.png"
cp "$deb" "$work/in/"
cp "$here/in_root_install.sh" "$here/in_root_purge.sh" "$work/in/"
# A project whose portrait and recording sit beside it (relative paths, docs/projects.md).
cat >"$work/in/talk.vxproj" <<'EOF'
{ "format": "vxproj", "version": 1,
  "inputs": { "portrait": "astronaut.png", "audio": "voice.wav" } }
EOF

# The model the root downloads: the tiny one, served in the hub's URL layout.
fixtures="${VX_FIXTURES_DIR:-$src/../shared/fixtures/vexpress-tiny}"
[ -d "$fixtures" ] || fail "the tiny model's fixtures are missing: $fixtures (set VX_FIXTURES_DIR)"
"${python:-python3}" "$src/scripts/make-tiny-model.py" "$work/hub-repo" "$fixtures" \
    >"$work/tiny-model.log" 2>&1 || { tail -20 "$work/tiny-model.log"; fail "make-tiny-model.py"; }
python3 "$src/tests/net/hub_server.py" --root "$work/hub-repo" --port-file "$work/in/hub-port" \
    --log "$work/hub-requests.log" >"$work/hub.log" 2>&1 &
hub_pid=$!
for _ in $(seq 100); do [ -s "$work/in/hub-port" ] && break; sleep 0.2; done
[ -s "$work/in/hub-port" ] || fail "the local hub did not start: $(cat "$work/hub.log")"

sources="$("$here/debian_sources.sh")" || skip "no Debian bookworm mirror in this machine's apt sources"
mapfile -t mirrors <<<"$sources"
echo "mirrors: ${mirrors[*]}"

# Xvfb picks a free display itself and writes its number to fd 3.
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.2; done
[ -s "$work/display" ] || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
display=":$(head -1 "$work/display")"
cleanup() {
    kill "$xvfb_pid" 2>/dev/null || true
    kill "$hub_pid" 2>/dev/null || true
    kill "$lintian_pid" 2>/dev/null || true
}
trap cleanup EXIT

# Debian packages downloaded by earlier runs, kept beside the work folder (a new clone
# downloads them once, about 230 MB).
apt_cache="$(dirname "$work")/apt-cache"
mkdir -p "$apt_cache"
stage "mmdebstrap bookworm, installing the package"
# The root is thrown away: dpkg need not sync every file it unpacks.
mmdebstrap --variant=apt --mode=root --quiet --dpkgopt=force-unsafe-io \
    --setup-hook='mkdir -p "$1"/var/cache/apt/archives' \
    --setup-hook="sync-in '$apt_cache' /var/cache/apt/archives" \
    --customize-hook="copy-in '$work/in' /srv" \
    --customize-hook='chroot "$1" bash /srv/in/in_root_install.sh' \
    --customize-hook="sync-out /var/cache/apt/archives '$apt_cache'" \
    --customize-hook="'$here/gui_hook.sh' \"\$1\" '$display' '$work/out'" \
    --customize-hook='chroot "$1" bash /srv/in/in_root_purge.sh' \
    --customize-hook="sync-out /srv/out '$work/out'" \
    bookworm /dev/null "${mirrors[@]}" 2>&1 | tee "$work/mmdebstrap.log" ||
    fail "in the clean root (see above)"
stage "out of the root"

# ---- 4. what came out
for t in $(cat "$work/out/timings.txt" 2>/dev/null); do echo "  root: $t"; done
streams="$(ffprobe -v error -show_entries stream=codec_name -of csv=p=0 "$work/out/preview.mp4")"
echo "preview streams: $(echo $streams)"
grep -qx h264 <<<"$streams" || fail "the preview has no H.264 video"
grep -qx aac <<<"$streams" || fail "the preview has no AAC audio"
duration="$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$work/out/preview.mp4")"
awk -v d="$duration" 'BEGIN { exit !(d > 1.0) }' || fail "the preview lasts $duration s"
echo "preview: $duration s"
streams="$(ffprobe -v error -show_entries stream=codec_name -of csv=p=0 "$work/out/render.mp4")"
echo "render streams: $(echo $streams)"
grep -qx h264 <<<"$streams" || fail "the render has no H.264 video"
grep -qx aac <<<"$streams" || fail "the render has no AAC audio"
frames="$(ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=nb_read_frames \
    -of csv=p=0 "$work/out/render.mp4")"
[ "${frames:-0}" -gt 0 ] || fail "the render has no frames"
echo "render: $frames frames, with the model the package downloaded"
if [ -f "$work/out/gui.png" ]; then
    echo "GUI screenshot: $work/out/gui.png"
else
    fail "no GUI screenshot"
fi

wait "$lintian_pid" || true
stage "lintian ($(cat "$work/lintian-time.txt"))"
cat "$work/lintian.txt"
if grep -q '^E: ' "$work/lintian.txt"; then fail "lintian reports errors"; fi
stage "passed"
