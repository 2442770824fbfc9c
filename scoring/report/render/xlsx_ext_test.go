package render_test

import (
	"bytes"
	"math"
	"testing"

	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// TestNumbersNoSpreadsheetHolds: NaN and the infinities are written as text, the workbook
// opens, and ordinary values stay numbers.
func TestNumbersNoSpreadsheetHolds(t *testing.T) {
	b := render.NewBook()
	s := b.Sheet("Data")
	values := []float64{math.NaN(), math.Inf(1), math.Inf(-1), -2.5, 0, 1e15}
	for i, v := range values {
		s.Row(i+1, render.NumberCell(&v))
	}
	var buf bytes.Buffer
	if err := b.Finish(&buf); err != nil {
		t.Fatal(err)
	}
	f := reporttest.ReadBook(t, buf.Bytes())
	for i, v := range values {
		kind := render.CellNumber
		if math.IsNaN(v) || math.IsInf(v, 0) {
			kind = render.CellText
		}
		reporttest.WantCell(t, f, "Data", 1, i+1, kind)
	}
}
