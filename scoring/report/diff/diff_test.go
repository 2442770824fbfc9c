package diff

import (
	"bytes"
	"slices"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
	"github.com/citydatakit/wwc/scoring/report/internal/resulttest"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// TestGoldenDiff: a tier drop and a comparison across rubric versions, in every format, in
// English and Spanish.
func TestGoldenDiff(t *testing.T) {
	r := reporttest.Rubric(t)
	diffs := map[string][2]string{
		"diff-drop":   {"cities/maipu-2022.yaml", "cities/maipu-2023.yaml"},
		"diff-rubric": {"results/maipu-2021-draft-rubric.json", "cities/maipu-2022.yaml"},
	}
	for _, lang := range []string{"en", "es"} {
		for name, pair := range diffs {
			c := scoring.Compare(resulttest.Load(t, r, pair[0]), resulttest.Load(t, r, pair[1]), r.Tiers)
			for _, f := range Formats.All() {
				if f.Binary {
					continue // the workbook is read back in xlsx_test.go
				}
				var buf bytes.Buffer
				if err := f.New().Write(&buf, Input{C: c, Rubric: r, Cat: i18n.For(lang), Date: reporttest.Date}); err != nil {
					t.Fatal(err)
				}
				reporttest.Golden(t, name+"."+lang+"."+f.Name, buf.Bytes())
			}
		}
	}
	if got := Formats.Names(); len(got) != 7 || !slices.Contains(got, render.FormatXLSX) || !slices.Contains(got, render.FormatPDF) {
		t.Errorf("formats %v", got)
	}
}
