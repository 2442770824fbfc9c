package result

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/questions/rubricfile"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
	"github.com/citydatakit/wwc/scoring/report/render"
	"github.com/xuri/excelize/v2"
)

// TestReportCellsAreTyped writes the report of many generated assessments in every language
// and reads every figure back as a number in its format, every text as text.
func TestReportCellsAreTyped(t *testing.T) {
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(12, 1))
	for i := range 30 {
		lang := i18n.Languages[i%len(i18n.Languages)]
		a := reporttest.RandomAssessment(rng, r, i)
		res := scoring.Score(r, a, scoring.Options{})
		in := Input{Result: res, Rubric: r, Cat: i18n.For(lang), Date: reporttest.Date}
		var buf bytes.Buffer
		if err := (xlsxWriter{}).Write(&buf, in); err != nil {
			t.Fatal(err)
		}
		f := reporttest.ReadBook(t, buf.Bytes())
		sheets := f.GetSheetList()
		if len(sheets) != 3 {
			t.Fatalf("sheets %v", sheets)
		}
		sum, crit, out := sheets[0], sheets[1], sheets[2]

		// The practice table: its header names the share column.
		rows, _ := f.GetRows(sum)
		head := -1
		for n, row := range rows {
			if len(row) == 5 && row[4] == in.Cat.T("report.col.percent") {
				head = n + 1
				break
			}
		}
		if head < 0 {
			t.Fatalf("%s: no practice table in %v", lang, rows)
		}
		reporttest.WantHeadersFit(t, f, sum, head)
		for k := range res.Practices {
			reporttest.WantRow(t, f, sum, head+1+k, render.CellText, render.CellText, render.CellInt, render.CellInt, render.CellPercent)
		}
		total := head + 1 + len(res.Practices)
		reporttest.WantRow(t, f, sum, total, render.CellText, render.CellEmpty, render.CellInt, render.CellInt, render.CellPercent)
		if v, _ := f.GetCellValue(sum, fmt.Sprintf("C%d", total), excelize.Options{RawCellValue: true}); v != strconv.Itoa(res.Met) {
			t.Errorf("%s: total met %q, want %d", lang, v, res.Met)
		}
		tierRow := 0
		for n, row := range rows {
			if len(row) > 1 && row[0] == in.Cat.T("summary.tier") {
				tierRow = n + 1
				break
			}
		}
		reporttest.WantCell(t, f, sum, 2, tierRow, render.CellText)
		reporttest.WantPrintable(t, f, sum, 1)

		reporttest.WantHeadersFit(t, f, crit, 1)
		for k, q := range res.Questions {
			evidence, notes := render.CellText, render.CellText
			if q.Evidence == "" {
				evidence = render.CellEmpty
			}
			if q.Notes == "" {
				notes = render.CellEmpty
			}
			reporttest.WantRow(t, f, crit, k+2, render.CellText, render.CellText, render.CellText, render.CellText, render.CellText, render.CellText, evidence, notes)
		}
		reporttest.WantPrintable(t, f, crit, 1)

		reporttest.WantHeadersFit(t, f, out, 1)
		for k, m := range res.Outcomes {
			kinds := []render.CellKind{render.CellText, render.CellText, render.CellNumber, render.CellYear, render.CellNumber, render.CellYear, render.CellText, render.CellText, render.CellText, render.CellEmpty}
			if m.Metric.Baseline == nil {
				kinds[2] = render.CellEmpty
			}
			if m.Metric.BaselineYear == 0 {
				kinds[3] = render.CellEmpty
			}
			if m.Metric.Current == nil {
				kinds[4] = render.CellEmpty
			}
			if m.Metric.CurrentYear == 0 {
				kinds[5] = render.CellEmpty
			}
			reporttest.WantRow(t, f, out, k+2, kinds...)
			if m.Metric.Baseline != nil {
				v, _ := f.GetCellValue(out, fmt.Sprintf("C%d", k+2), excelize.Options{RawCellValue: true})
				if x, _ := strconv.ParseFloat(v, 64); x != *m.Metric.Baseline {
					t.Errorf("%s: baseline %q, want %v", lang, v, *m.Metric.Baseline)
				}
			}
		}
		reporttest.WantPrintable(t, f, out, 1)
	}
}

// BenchmarkXLSXReport writes the report of a generated assessment.
func BenchmarkXLSXReport(b *testing.B) {
	r, err := rubricfile.Default()
	if err != nil {
		b.Fatal(err)
	}
	a := reporttest.RandomAssessment(rand.New(rand.NewPCG(1, 1)), r, 0)
	in := Input{Result: scoring.Score(r, a, scoring.Options{}), Rubric: r, Cat: i18n.For("es"), Date: reporttest.Date}
	b.ReportAllocs()
	for b.Loop() {
		if err := (xlsxWriter{}).Write(io.Discard, in); err != nil {
			b.Fatal(err)
		}
	}
}
