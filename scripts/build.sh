#!/usr/bin/env bash
# Configures and builds a CMake preset (dev, release, ci, engine) with ccache set up so that
# fresh clones on the same machine reuse earlier compilations.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
preset="${1:-release}"
export CCACHE_BASEDIR="$root"
export CCACHE_NOHASHDIR=1
export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}"
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"
cd "$root"
cmake --preset "$preset"
cmake --build --preset "$preset" -j "${VX_BUILD_JOBS:-$(nproc)}"
