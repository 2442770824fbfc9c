#!/usr/bin/env bash
# The README's pictures of the PDF report: page 1 of the Maipú sample's score report in
# Spanish, written by wwc (no browser) and rendered to PNG by poppler's pdftoppm at 60 dpi.
# The date is the golden files' (SOURCE_DATE_EPOCH), so the picture changes only when the
# report does. Needs Go and poppler-utils. Not run in CI.
#
#   scripts/readme-images.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pdftoppm >/dev/null || { echo "readme-images: pdftoppm (poppler-utils) is needed" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/wwc" ./cmd/wwc
mkdir -p docs/images
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1795262400} "$tmp/wwc" score testdata/cities/maipu-2024.yaml --lang es -o "$tmp/report.pdf"
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$tmp/report.pdf" docs/images/report-maipu-es
echo "wrote docs/images/report-maipu-es.png ($(wc -c <docs/images/report-maipu-es.png) bytes)"
