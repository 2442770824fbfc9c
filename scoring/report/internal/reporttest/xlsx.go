package reporttest

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/scoring/report/render"
	"github.com/xuri/excelize/v2"
)

// ReadBook opens a written workbook for a test.
func ReadBook(t *testing.T, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// WantCell checks that a cell is stored as kind: text as a string, empty as nothing, every
// figure as a number with its number format.
func WantCell(t *testing.T, f *excelize.File, sheet string, col, row int, kind render.CellKind) {
	t.Helper()
	name, _ := excelize.CoordinatesToCellName(col, row)
	where := sheet + "!" + name
	typ, err := f.GetCellType(sheet, name)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := f.GetCellValue(sheet, name, excelize.Options{RawCellValue: true})
	header, _ := f.GetCellValue(sheet, func() string { n, _ := excelize.CoordinatesToCellName(col, 1); return n }())
	where += " (" + header + ")"
	switch kind {
	case render.CellEmpty:
		if raw != "" {
			t.Errorf("%s: want empty, got %q", where, raw)
		}
		return
	case render.CellText:
		if typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString || raw == "" {
			t.Errorf("%s: want text, got type %d %q", where, typ, raw)
		}
		return
	}
	if typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
		t.Errorf("%s: want a number, got type %d %q", where, typ, raw)
		return
	}
	x, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		t.Errorf("%s: want a number, got %q", where, raw)
		return
	}
	id, _ := f.GetCellStyle(sheet, name)
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	custom := ""
	if st.CustomNumFmt != nil {
		custom = *st.CustomNumFmt
	}
	switch kind {
	case render.CellInt, render.CellYear:
		if x != float64(int64(x)) || st.NumFmt != 1 || custom != "" {
			t.Errorf("%s: want an integer in format 0, got %v (format %d %q)", where, x, st.NumFmt, custom)
		}
		if kind == render.CellYear && (x < 1900 || x > 2100) {
			t.Errorf("%s: want a year, got %v", where, x)
		}
	case render.CellPercent:
		if custom != render.PercentFormat || x < 0 || x > 1 {
			t.Errorf("%s: want a share in %q, got %v (format %d %q)", where, render.PercentFormat, x, st.NumFmt, custom)
		}
	case render.CellNumber:
		if st.NumFmt != 0 || custom != "" && custom != render.PointsFormat {
			t.Errorf("%s: want a general number or a change in points, got format %d %q", where, st.NumFmt, custom)
		}
	}
}

// WantRow checks the cells of a row, from column A.
func WantRow(t *testing.T, f *excelize.File, sheet string, row int, kinds ...render.CellKind) {
	t.Helper()
	for i, k := range kinds {
		WantCell(t, f, sheet, i+1, row, k)
	}
}

// WantPrintable checks a sheet's page setup: A4 landscape, one page wide and any number tall,
// row `title` frozen and repeated on every page.
func WantPrintable(t *testing.T, f *excelize.File, sheet string, title int) {
	t.Helper()
	pl, err := f.GetPageLayout(sheet)
	if err != nil {
		t.Fatal(err)
	}
	if *pl.Size != 9 || *pl.Orientation != "landscape" || *pl.FitToWidth != 1 || *pl.FitToHeight != 0 {
		t.Errorf("%s: page size %d %s, fit %d wide %d tall", sheet, *pl.Size, *pl.Orientation, *pl.FitToWidth, *pl.FitToHeight)
	}
	props, err := f.GetSheetProps(sheet)
	if err != nil || props.FitToPage == nil || !*props.FitToPage {
		t.Errorf("%s: not fitted to the page", sheet)
	}
	found := false
	for _, d := range f.GetDefinedName() {
		if d.Name == "_xlnm.Print_Titles" && d.Scope == sheet {
			found = true
			if want := fmt.Sprintf("'%s'!$%d:$%d", sheet, title, title); d.RefersTo != want {
				t.Errorf("%s: print titles %q, want %q", sheet, d.RefersTo, want)
			}
		}
	}
	if !found {
		t.Errorf("%s: no print titles", sheet)
	}
	panes, err := f.GetPanes(sheet)
	if err != nil || !panes.Freeze || panes.YSplit != title {
		t.Errorf("%s: panes %+v", sheet, panes)
	}
}

// WantHeadersFit checks that every word of every header of row n fits its column, beside
// the filter button.
func WantHeadersFit(t *testing.T, f *excelize.File, sheet string, n int) {
	t.Helper()
	rows, _ := f.GetRows(sheet)
	for i, h := range rows[n-1] {
		col, _ := excelize.ColumnNumberToName(i + 1)
		w, _ := f.GetColWidth(sheet, col)
		for _, word := range strings.Fields(h) {
			if need := float64(len([]rune(word))) + 2; w < need {
				t.Errorf("%s: column %s is %.1f wide, header word %q needs %.0f", sheet, col, w, word, need)
			}
		}
	}
}
