#!/bin/sh
# Render every view's SVG to docs/gallery/NAME.png (1200 px wide), as the
# pictures that docs/gallery.md describes. Needs rsvg-convert (librsvg2-bin).
set -eu
cd "$(dirname "$0")/.."
for svg in graphs/*.svg; do
    name=$(basename "$svg" .svg)
    rsvg-convert -w 1200 -b white "$svg" -o "docs/gallery/$name.png"
done
