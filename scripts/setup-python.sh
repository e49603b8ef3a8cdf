#!/usr/bin/env bash
# Creates the project's virtual environment (.venv, or $VX_VENV) with Debian's python3 and
# installs the pinned packages: LibTorch comes from the torch wheel; the test mode adds the
# reference libraries used for golden tensors. Re-running is cheap: a stamp records what the
# environment was made from.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
mode="${1:-app}"
venv="${VX_VENV:-$root/.venv}"
requirements="$here/requirements-runtime.txt"
[ "$mode" = test ] && requirements="$here/requirements-test.txt"

stamp="$venv/.vx-stamp"
want="$(cat "$here/requirements-runtime.txt" "$requirements" | sha256sum | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x "$venv/bin/python3" ]; then
    echo "== Python environment $venv is up to date"
    exit 0
fi
if [ ! -x "$venv/bin/python3" ]; then
    echo "== creating $venv"
    /usr/bin/python3 -m venv "$venv"
fi
echo "== installing pinned Python packages from $(basename "$requirements")"
"$venv/bin/python3" -m pip install --quiet --disable-pip-version-check --upgrade pip==24.2
"$venv/bin/python3" -m pip install --quiet --disable-pip-version-check -r "$requirements"
echo "$want" > "$stamp"
