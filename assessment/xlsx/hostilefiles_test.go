package xlsx

import (
	"compress/flate"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWriteHostileFiles writes the worst case of each class of hostile workbook into the folder
// named by WWC_HOSTILE_DIR, for measuring a whole process on them (/usr/bin/time -v wwc score
// FILE). Without the variable it does nothing.
func TestWriteHostileFiles(t *testing.T) {
	dir := os.Getenv("WWC_HOSTILE_DIR")
	if dir == "" {
		t.Skip("set WWC_HOSTILE_DIR to write the files")
	}
	a := randomAnswers(rand.New(rand.NewSource(9)), rubric(t))
	criteria, sst := criteriaSheet(a, sheetStyle{shared: true})
	withRows := func(rows string) string {
		return strings.Replace(criteria, "</sheetData>", rows+"</sheetData>", 1)
	}
	files := map[string]func() miniBook{
		// Rows that all claim r="1", each with a cell far to the right.
		"rows-same-number": func() miniBook {
			return miniBook{sheet: sheetXML(strings.Repeat(`<row r="1"><c r="XFD1"><v>1</v></c></row>`, 3_000_000))}
		},
		// Fifty million empty shared strings.
		"sst-50m-empty": func() miniBook {
			return miniBook{sheet: criteria, sst: sst}
		},
		// One row of sixty million empty cells.
		"row-60m-cells": func() miniBook {
			return miniBook{sheet: withRows(`<row r="100">` + strings.Repeat(`<c/>`, 60_000_000) + `</row>`), sst: sst}
		},
		// A 250 MiB run of spaces, under the inflate limit.
		"spaces-250mib": func() miniBook {
			return miniBook{sheet: withRows(strings.Repeat(" ", 250<<20)), sst: sst}
		},
		// The token budget: rows of 16,384 cells with text, advancing, past the criteria.
		"tokens-budget": func() miniBook {
			var b strings.Builder
			row := strings.Repeat(`<c><v>1</v></c>`, maxColumns)
			for n := 100; n < 1600; n++ {
				fmt.Fprintf(&b, `<row r="%d">%s</row>`, n, row)
			}
			return miniBook{sheet: withRows(b.String()), sst: sst}
		},
		// Text at the last column on every row to the last row read.
		"far-cells-every-row": func() miniBook {
			var b strings.Builder
			for n := 100; n <= DefaultLimits.MaxRows; n++ {
				fmt.Fprintf(&b, `<row r="%d"><c r="XFD%d"><v>1</v></c></row>`, n, n)
			}
			return miniBook{sheet: withRows(b.String()), sst: sst}
		},
		// Shared strings just under the limits: a million texts, 64 MiB.
		"sst-at-limit": func() miniBook {
			all := append([]string(nil), sst...)
			item := strings.Repeat("z", 60)
			for len(all) < DefaultLimits.MaxStrings-1 {
				all = append(all, item)
			}
			return miniBook{sheet: criteria, sst: all}
		},
		// Ten thousand sheets, every one the criteria-less sheet of 20 rows of 16,384 cells.
		"many-sheets": func() miniBook {
			var b strings.Builder
			row := strings.Repeat(`<c><v>1</v></c>`, maxColumns)
			for n := 1; n <= 20; n++ {
				fmt.Fprintf(&b, `<row r="%d">%s</row>`, n, row)
			}
			m := miniBook{sheet: sheetXML(b.String())}
			return m
		},
		// LibreOffice's empty styled rows to the last row of the sheet, after the criteria.
		"libreoffice-million-rows": func() miniBook {
			var b strings.Builder
			for n := len(a.ids) + 2; n <= maxRowNum; n++ {
				fmt.Fprintf(&b, `<row r="%d" s="1" customFormat="true" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"></row>`, n)
			}
			return miniBook{sheet: withRows(b.String()), sst: sst}
		},
	}
	for name, build := range files {
		m := build()
		entries := m.entries()
		switch name {
		case "many-sheets":
			entries = manySheets(entries, DefaultLimits.MaxParts-10)
		case "sst-50m-empty":
			for i, e := range entries {
				if e.name == "xl/sharedStrings.xml" {
					entries[i].body = strings.Replace(e.body, "</sst>", strings.Repeat("<si/>", 50_000_000)+"</sst>", 1)
				}
			}
		}
		p := filepath.Join(dir, name+".xlsx")
		if err := os.WriteFile(p, zipLevel(t, entries, flate.BestCompression), 0o644); err != nil {
			t.Fatal(err)
		}
		fi, _ := os.Stat(p)
		t.Logf("%s: %d bytes", p, fi.Size())
	}
}

// manySheets rewrites the workbook part and its relationships to list n sheets, all the same
// worksheet part.
func manySheets(entries []entry, n int) []entry {
	var sheets, rels strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&sheets, `<sheet name="S%d" sheetId="%d" r:id="rId%d"/>`, i, i, i)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet1.xml"/>`, i, transitional.relType)
	}
	for i, e := range entries {
		switch e.name {
		case "xl/workbook.xml":
			entries[i].body = `<workbook xmlns="` + transitional.main + `" xmlns:r="` + transitional.rel + `"><sheets>` + sheets.String() + `</sheets></workbook>`
		case "xl/_rels/workbook.xml.rels":
			entries[i].body = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rels.String() + `</Relationships>`
		}
	}
	return entries
}
