#!/usr/bin/env bash
# Remakes the hicolor PNG icons from the SVG (librsvg2-bin's rsvg-convert). They are committed,
# so that a build needs no SVG renderer; run this after changing resources/icons/vxstudio.svg.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
svg="$here/../../resources/icons/vxstudio.svg"
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$here/icons/vxstudio-$size.png"
done
