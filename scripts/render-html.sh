#!/usr/bin/env bash
# Render an HTML report to PNG with headless Chromium, to look at it (and for the README's
# screenshot). Installs Debian's chromium if it is missing. Not run in CI.
#
#   scripts/render-html.sh [answers-or-workbook] [lang] [out.png]
set -euo pipefail
cd "$(dirname "$0")/.."
input=${1:-testdata/cities/maipu-2024.yaml}
lang=${2:-es}
out=${3:-docs/report-$(basename "${input%.*}")-$lang.png}
if ! command -v chromium >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
fi
[ -x bin/wwc ] || make build >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bin/wwc score "$input" --lang "$lang" -o "$tmp/report.html"
# The flags keep Chromium off the network (the report fetches nothing anyway).
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$tmp/profile" --hide-scrollbars --window-size=1000,2600 \
  --screenshot="$out" "file://$tmp/report.html" >/dev/null 2>&1
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$tmp/profile" --print-to-pdf="${out%.png}.pdf" --no-pdf-header-footer \
  "file://$tmp/report.html" >/dev/null 2>&1 || true
echo "wrote $out and ${out%.png}.pdf"
