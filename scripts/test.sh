#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to every test run: installs what is missing
# (including the test tools and the reference Python libraries), builds the ci preset, and runs
# ctest over all labels (unit, model, media, gui, cuda, net, reliability, fuzz-replay, farm, resume,
# install). Extra arguments go to ctest, e.g. scripts/test.sh -L unit.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh" test
"$root/scripts/build.sh" ci
cd "$root/build"
ctest --output-on-failure --timeout 1800 -j "${VX_TEST_JOBS:-2}" "$@"
