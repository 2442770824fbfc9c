#!/usr/bin/env bash
# Regenerate testdata/reviews: the review workbook wwc template --review writes for the Maipú
# sample, filled in with openpyxl as an evaluator would (decisions in several spellings and
# languages, comments, a reviewer), then opened and saved again by LibreOffice Calc as .xlsx,
# .ods and .xls, which is what an evaluator's spreadsheet program hands back. A second copy has one
# decision wwc does not take, and the Lakeside workbook is a review of another city.
# The outputs are committed: CI and `make test` need none of these programs.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v soffice >/dev/null || { echo "needs LibreOffice (soffice)" >&2; exit 1; }
/usr/bin/python3 -c 'import openpyxl' || { echo "needs python3-openpyxl" >&2; exit 1; }
R=testdata/reviews
mkdir -p "$R"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/wwc" ./cmd/wwc
export SOURCE_DATE_EPOCH=1795262400
"$tmp/wwc" template --lang es --review testdata/cities/maipu-2024.yaml -o "$tmp/maipu-2024-review.xlsx"
"$tmp/wwc" template --lang en --review testdata/cities/lakeside-2025.yaml -o "$tmp/lakeside-2025-review.xlsx"
mkdir -p "$tmp/openpyxl" "$tmp/bad"
/usr/bin/python3 scripts/fixtures/fill_review.py "$tmp/maipu-2024-review.xlsx" "$tmp/openpyxl/maipu-2024-review.xlsx"
/usr/bin/python3 scripts/fixtures/fill_review.py "$tmp/maipu-2024-review.xlsx" "$tmp/bad/maipu-2024-review-bad.xlsx" bad
# LibreOffice opens openpyxl's files and saves its own.
lo() { soffice -env:UserInstallation=file://"$tmp/lo" --headless --calc --convert-to "$1" --outdir "$2" "$3" > /dev/null 2>&1; }
lo xlsx:"Calc MS Excel 2007 XML" "$R" "$tmp/openpyxl/maipu-2024-review.xlsx"
lo ods "$R" "$tmp/openpyxl/maipu-2024-review.xlsx"
lo xls:"MS Excel 97" "$R" "$tmp/openpyxl/maipu-2024-review.xlsx"
lo xlsx:"Calc MS Excel 2007 XML" "$R" "$tmp/bad/maipu-2024-review-bad.xlsx"
lo xlsx:"Calc MS Excel 2007 XML" "$R" "$tmp/lakeside-2025-review.xlsx"
ls -l "$R"
