#!/usr/bin/env bash
# Regenerate the workbook and CSV fixtures made by other programs. Installs what it needs
# from Debian (LibreOffice Calc, openpyxl, xlsxwriter, PyYAML, gnumeric's ssconvert), writes
# into testdata/producers and testdata/errors, and rewrites testdata/producers/manifest.tsv.
# The outputs are committed: CI and `make test` need none of these programs.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v soffice >/dev/null || need+=(libreoffice-calc)
command -v ssconvert >/dev/null || need+=(gnumeric)
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || need+=(python3-openpyxl)
/usr/bin/python3 -c 'import xlsxwriter' 2>/dev/null || need+=(python3-xlsxwriter)
/usr/bin/python3 -c 'import yaml' 2>/dev/null || need+=(python3-yaml)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

P=testdata/producers
E=testdata/errors
rm -rf "$P" "$E" testdata/csv
mkdir -p "$P"/{openpyxl,xlsxwriter,libreoffice,gnumeric,synthetic} "$E" testdata/csv
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

manifest="$P/manifest.tsv"
printf 'fixture\tsource\tproducer\n' > "$manifest"

/usr/bin/python3 scripts/fixtures/make_workbooks.py openpyxl "$tmp/openpyxl" > "$tmp/list.tsv"
/usr/bin/python3 scripts/fixtures/make_workbooks.py xlsxwriter "$P/xlsxwriter" > /dev/null
while IFS=$'\t' read -r name source; do
  base=${name%.xlsx}
  # openpyxl stores formulas without results: its formula workbook is an error fixture.
  if [ "$base" != formulas-es ]; then
    cp "$tmp/openpyxl/$name" "$P/openpyxl/$name"
    printf '%s\t%s\t%s\n' "openpyxl/$name" "$source" "openpyxl $(/usr/bin/python3 -c 'import openpyxl; print(openpyxl.__version__)')" >> "$manifest"
  fi
  printf '%s\t%s\t%s\n' "xlsxwriter/$name" "$source" "xlsxwriter $(/usr/bin/python3 -c 'import xlsxwriter; print(xlsxwriter.__version__)')" >> "$manifest"
  # LibreOffice and gnumeric open openpyxl's file, calculate, and write their own xlsx.
  soffice --headless --calc --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$P/libreoffice" "$tmp/openpyxl/$name" > /dev/null 2>&1
  printf '%s\t%s\t%s\n' "libreoffice/$name" "$source" "$(soffice --version | head -1)" >> "$manifest"
  ssconvert --recalc "$tmp/openpyxl/$name" "$P/gnumeric/$name" > /dev/null 2>&1
  printf '%s\t%s\t%s\n' "gnumeric/$name" "$source" "$(ssconvert --version 2>&1 | head -1)" >> "$manifest"
done < "$tmp/list.tsv"

/usr/bin/python3 scripts/fixtures/make_googlelike.py "$P/synthetic/googlelike-pt.xlsx"
printf '%s\t%s\t%s\n' "synthetic/googlelike-pt.xlsx" "recife-2024.yaml" "SYNTHETIC: xlsxwriter imitating a Google Sheets export" >> "$manifest"

# Error fixtures.
/usr/bin/python3 scripts/fixtures/make_errors.py "$E" testdata/csv
src="$P/libreoffice/maipu-es.xlsx"
soffice --headless --convert-to xls --outdir "$tmp" "$src" > /dev/null 2>&1 && mv "$tmp/maipu-es.xls" "$E/old-excel.xlsx"
soffice --headless --convert-to ods --outdir "$tmp" "$src" > /dev/null 2>&1 && mv "$tmp/maipu-es.ods" "$E/calc-ods.xlsx"
soffice --headless --convert-to pdf --outdir "$tmp" "$src" > /dev/null 2>&1 && mv "$tmp/maipu-es.pdf" "$E/scan-pdf.xlsx"
size=$(stat -c %s "$src")
head -c $((size / 2)) "$src" > "$E/truncated.xlsx"
# Damage the middle of a compressed part: the zip's checksums no longer hold.
cp "$src" "$E/corrupt.xlsx"
printf '\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00' | dd of="$E/corrupt.xlsx" bs=1 seek=$((size / 3)) conv=notrunc status=none
# OpenDocument (.ods, .fods), legacy Excel (.xls) and .xlsm fixtures, and their broken files.
scripts/fixtures/odsxls.sh "$P" "$E"
echo "fixtures written: $(grep -c . "$manifest") producer rows, $(ls "$E" | wc -l) error files, $(ls testdata/csv | wc -l) CSV files"
