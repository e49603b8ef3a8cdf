#!/usr/bin/env bash
# Installs what VX Studio needs on Debian 12: the Debian packages listed in
# scripts/debian-packages.txt and the pinned Python packages in the project's .venv.
#   scripts/install-deps.sh app    build and run the application
#   scripts/install-deps.sh test   also the test tools and the reference Python libraries
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mode="${1:-app}"
case "$mode" in app | test) ;; *) echo "usage: $0 app|test" >&2; exit 2 ;; esac

sections="build"
[ "$mode" = test ] && sections="build test"
wanted=()
current=""
while IFS= read -r line; do
    case "$line" in
        "# section: "*) current="${line#\# section: }" ;;
        "" | "#"*) ;;
        *) [[ " $sections " == *" $current "* ]] && wanted+=("$line") ;;
    esac
done < "$here/debian-packages.txt"

missing=()
for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing Debian packages: ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
else
    echo "== Debian packages: all present"
fi

"$here/setup-python.sh" "$mode"
