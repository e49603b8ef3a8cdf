#!/usr/bin/env bash
# Runs inside the clean Debian 12 root (deb_install_test.sh copies it to /srv/in): installs the
# package with apt as a user would, runs the CLI there, then adds what a desktop has (the MIME
# database, the desktop database, xdg-utils) and checks the file association. Writes what the
# host checks to /srv/out.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 HOME=/root
in=/srv/in
out=/srv/out
mkdir -p "$out"
fail() { echo "FAILED (in the root): $*" >&2; exit 1; }
timed() {
    local name="$1" start
    shift
    start=$(date +%s)
    "$@"
    echo "$name=$(($(date +%s) - start))s" >>"$out/timings.txt"
}

# The user's own files, which the purge must leave alone.
useradd --create-home alice
echo "Alice's notes" >/home/alice/notes.txt
mkdir -p /root/projects
cp "$in/talk.vxproj" "$in/astronaut.png" "$in/voice.wav" /root/projects/

echo "== apt-get install ./vxstudio_*.deb"
cd "$in"
timed apt_install apt-get install -y -q ./vxstudio_*.deb
dpkg-query -L vxstudio >"$out/package-paths.txt"

echo "== vxstudio-cli --version"
version="$(vxstudio-cli --version)"
echo "$version"
# The package's version without its Debian revision (0.1.0-1 -> 0.1.0).
upstream="$(dpkg-query -W -f='${Version}' vxstudio)"
upstream="${upstream%-*}"
grep -qF "$upstream" <<<"$version" || fail "--version printed '$version', the package is $upstream"

echo "== vxstudio-cli doctor"
timed doctor vxstudio-cli doctor | tee "$out/doctor.txt"
# The loader reports the library by the RPATH it came through: /usr/bin/../lib/vxstudio.
bundled='/usr/(bin/\.\./)?lib/vxstudio/libtorch_cpu\.so'
grep -Eq "LibTorch library: $bundled\$" "$out/doctor.txt" ||
    fail "doctor does not name the bundled LibTorch"
grep -q 'LibTorch: .*(CPU build)' "$out/doctor.txt" || fail "doctor does not report a CPU build"
grep -Eq "BLAS sgemm_: $bundled \(LibTorch's own\)" "$out/doctor.txt" ||
    fail "LibTorch's matrix products do not run on LibTorch's own BLAS"

echo "== libraries"
for bin in /usr/bin/vxstudio /usr/bin/vxstudio-cli; do
    ldd "$bin" >"$out/ldd-$(basename "$bin").txt"
    if grep -q 'not found' "$out/ldd-$(basename "$bin").txt"; then
        grep 'not found' "$out/ldd-$(basename "$bin").txt"
        fail "$bin misses libraries"
    fi
    grep -Eq "libtorch_cpu.so => $bundled " "$out/ldd-$(basename "$bin").txt" ||
        fail "$bin does not load the bundled libtorch_cpu"
    if grep -E 'libtorch_cuda|libcudnn|libcublas|libnccl' "$out/ldd-$(basename "$bin").txt"; then
        fail "$bin loads CUDA libraries"
    fi
done

echo "== vxstudio-cli preview"
cd /root/projects
timed preview vxstudio-cli preview --image astronaut.png --audio voice.wav --out preview.mp4
cp preview.mp4 "$out/preview.mp4"

echo "== vxstudio-cli models download (from the local hub on the host) and a render"
# Into the default model folder, which render then uses without being told.
HF_ENDPOINT="http://127.0.0.1:$(cat "$in/hub-port")" timed download vxstudio-cli models download
timed check_models vxstudio-cli check-models "$HOME/.local/share/vxstudio/models/model_ckpts"
timed render vxstudio-cli render --image astronaut.png --audio voice.wav --out render.mp4 \
    --steps 2 --size 64 --device cpu
cp render.mp4 "$out/render.mp4"

echo "== the GUI starts (offscreen)"
QT_QPA_PLATFORM=offscreen vxstudio --system-info >"$out/gui-system-info.txt" ||
    fail "vxstudio --system-info"

echo "== desktop integration"
# What a desktop brings: shared-mime-info and desktop-file-utils, whose dpkg triggers build
# the MIME and desktop databases; xdg-utils and its MIME lookup to ask them.
timed apt_desktop_tools apt-get install -y -q --no-install-recommends \
    shared-mime-info desktop-file-utils xdg-utils libfile-mimeinfo-perl
desktop-file-validate /usr/share/applications/vxstudio.desktop
type="$(xdg-mime query filetype /root/projects/talk.vxproj)"
[ "$type" = application/x-vxstudio-project ] || fail "talk.vxproj has the MIME type '$type'"
handler="$(xdg-mime query default application/x-vxstudio-project)"
[ "$handler" = vxstudio.desktop ] || fail "projects open with '$handler'"
grep -q '^application/x-vxstudio-project=vxstudio.desktop' /usr/share/applications/mimeinfo.cache ||
    fail "the desktop database does not list VX Studio for projects"
echo "talk.vxproj: $type, opened by $handler"
