package trend

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
	"github.com/citydatakit/wwc/scoring/report/internal/resulttest"
)

// TestGoldenTrend: a three-year trend in every format, in English and Spanish.
func TestGoldenTrend(t *testing.T) {
	r := reporttest.Rubric(t)
	tr := resulttest.Maipu(t, r)
	for _, lang := range []string{"en", "es"} {
		for _, f := range Formats.All() {
			if f.Binary {
				continue // the PDF is read back in pdf_test.go
			}
			var buf bytes.Buffer
			if err := f.New().Write(&buf, Input{T: tr, Rubric: r, Cat: i18n.For(lang), Date: reporttest.Date}); err != nil {
				t.Fatal(err)
			}
			reporttest.Golden(t, "trend-maipu."+lang+"."+f.Name, buf.Bytes())
		}
	}
}

// samplePanel is the panel of the sample cities: Maipú over 2021 (a saved result of a draft
// rubric) to 2024, Recife over 2023 and 2024, and Lakeside in 2025 alone.
func samplePanel(t testing.TB, r *questions.Rubric) *scoring.Panel {
	t.Helper()
	var rs []*scoring.Result
	for _, rel := range []string{"cities/maipu-2023.yaml", "cities/lakeside-2025.yaml", "results/maipu-2021-draft-rubric.json", "cities/recife-2024.yaml", "cities/maipu-2022.yaml", "cities/maipu-2024.yaml"} {
		rs = append(rs, resulttest.Load(t, r, rel))
	}
	a, err := answers.Read(filepath.Join("testdata", "recife-2023.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	rs = append(rs, scoring.Score(r, a, scoring.Options{}))
	p, err := scoring.NewPanel(rs, r.Tiers)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestGoldenPanel: the panel of the sample cities in every format, in English and Spanish.
func TestGoldenPanel(t *testing.T) {
	r := reporttest.Rubric(t)
	p := samplePanel(t, r)
	for _, lang := range []string{"en", "es"} {
		for _, f := range Formats.All() {
			if f.Binary {
				continue // the PDF is read back in pdf_test.go
			}
			var buf bytes.Buffer
			if err := f.New().Write(&buf, Input{Panel: p, Rubric: r, Cat: i18n.For(lang), Date: reporttest.Date}); err != nil {
				t.Fatal(err)
			}
			reporttest.Golden(t, "trend-panel."+lang+"."+f.Name, buf.Bytes())
		}
	}
}
