#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to the running application: installs what is
# missing, builds Release into build/, and starts build/bin/vxstudio.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh" app
"$root/scripts/build.sh" release
exec "$root/build/bin/vxstudio" "$@"
