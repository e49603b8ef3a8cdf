#!/usr/bin/env bash
# Runs inside the clean root after in_root_install.sh and the GUI run: apt-get purge, then
# checks that every path the package installed is gone (directories only where another
# package still owns them), that the MIME and desktop databases forgot VX Studio, and that the
# users' files (home folders, including what the studio itself wrote there) are untouched.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
out=/srv/out
fail() { echo "FAILED (in the root): $*" >&2; exit 1; }

user_files() { find /root /home -type f -print0 | sort -z | xargs -0 sha256sum; }
user_files >"$out/user-files-before.txt"
[ -s /root/projects/preview.mp4 ] || fail "the preview is not in /root/projects"

echo "== apt-get purge vxstudio"
start=$(date +%s)
apt-get purge -y -q vxstudio
echo "apt_purge=$(($(date +%s) - start))s" >>"$out/timings.txt"
if dpkg-query -W vxstudio 2>/dev/null | grep -q .; then
    dpkg-query -W -f='${Status}\n' vxstudio
    fail "dpkg still knows vxstudio"
fi

left=()
while IFS= read -r path; do
    [ "$path" = /. ] && continue
    [ -e "$path" ] || [ -L "$path" ] || continue
    # A folder stays when another package owns it (/usr/bin, /usr/share/man/man1, ...).
    if [ -d "$path" ] && [ ! -L "$path" ] && dpkg-query -S "$path" >/dev/null 2>&1; then
        continue
    fi
    left+=("$path")
done <"$out/package-paths.txt"
[ ${#left[@]} -eq 0 ] || fail "left after the purge: ${left[*]}"
[ ! -e /usr/lib/vxstudio ] || fail "/usr/lib/vxstudio is left"
[ ! -e /usr/share/mime/application/x-vxstudio-project.xml ] ||
    fail "the MIME database still has the project type"
if grep -q vxstudio /usr/share/applications/mimeinfo.cache 2>/dev/null; then
    fail "the desktop database still names vxstudio.desktop"
fi

user_files >"$out/user-files-after.txt"
diff "$out/user-files-before.txt" "$out/user-files-after.txt" || fail "the purge changed users' files"
echo "purge: $(grep -c . "$out/package-paths.txt") package paths gone, $(grep -c . "$out/user-files-after.txt") user files kept"
