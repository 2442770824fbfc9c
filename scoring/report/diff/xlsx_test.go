package diff

import (
	"bytes"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
	"github.com/citydatakit/wwc/scoring/report/internal/resulttest"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// TestWorkbook reads the comparison's workbook back in every language: the practice table
// headed by the two years, shares as percent cells and the change as a number (empty for a
// practice one file lacks), and one typed row per shared criterion.
func TestWorkbook(t *testing.T) {
	r := reporttest.Rubric(t)
	for _, pair := range [][2]string{{"cities/maipu-2022.yaml", "cities/maipu-2023.yaml"}, {"results/maipu-2021-draft-rubric.json", "cities/maipu-2022.yaml"}} {
		c := scoring.Compare(resulttest.Load(t, r, pair[0]), resulttest.Load(t, r, pair[1]), r.Tiers)
		for _, lang := range i18n.Languages {
			var buf bytes.Buffer
			if err := (xlsxWriter{}).Write(&buf, Input{C: c, Rubric: r, Cat: i18n.For(lang), Date: reporttest.Date}); err != nil {
				t.Fatal(err)
			}
			f := reporttest.ReadBook(t, buf.Bytes())
			sheets := f.GetSheetList()
			if len(sheets) != 2 {
				t.Fatalf("sheets %v", sheets)
			}
			rows, err := f.GetRows(sheets[0])
			if err != nil {
				t.Fatal(err)
			}
			head := -1
			for i, row := range rows {
				if len(row) == 4 && row[0] == render.NewLabels(i18n.For(lang)).Practice {
					head = i + 1
				}
			}
			if head < 0 {
				t.Fatalf("%s %s: no practice table headed by the years in %q", pair[0], lang, rows)
			}
			for i, p := range c.Practices {
				n := head + 1 + i
				kinds := []render.CellKind{render.CellText, render.CellPercent, render.CellPercent, render.CellNumber}
				if !p.InOld {
					kinds[1], kinds[3] = render.CellEmpty, render.CellEmpty
				}
				if !p.InNew {
					kinds[2], kinds[3] = render.CellEmpty, render.CellEmpty
				}
				reporttest.WantRow(t, f, sheets[0], n, kinds...)
			}
			for i := range c.Criteria {
				reporttest.WantRow(t, f, sheets[1], i+2, render.CellText, render.CellText, render.CellText, render.CellText,
					render.CellText, render.CellText, render.CellText, render.CellText)
			}
		}
	}
}
