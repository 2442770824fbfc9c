package result

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
)

func writePDF(t *testing.T, in Input) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := (pdfWriter{}).Write(&buf, in); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestPDFReadsBack: the report as a PDF, parsed back by an independent reader, in every
// language: A4 pages, the city, the tier and every criterion in its text, every font
// embedded, and the same bytes for the same report.
func TestPDFReadsBack(t *testing.T) {
	for _, tc := range []struct{ file, lang, tier string }{
		{"maipu-2024.yaml", "es", "Plata"}, {"recife-2024.yaml", "pt", "Ouro"}, {"lakeside-2025.yaml", "en", "Silver"},
	} {
		res, r := reporttest.Score(t, tc.file, scoring.Options{})
		in := Input{Result: res, Rubric: r, Cat: i18n.For(tc.lang), Date: reporttest.Date}
		if tc.file == "lakeside-2025.yaml" {
			a, _ := answers.Read(reporttest.Testdata("cities", tc.file))
			in.WhatIf = &WhatIf{IDs: []string{"RDC8"}, Plan: scoring.WhatIfPlan(r, a, res, []string{"RDC8"}, scoring.Options{})}
		}
		data := writePDF(t, in)
		if !bytes.Equal(data, writePDF(t, in)) {
			t.Errorf("%s: two writes of the same report differ", tc.file)
		}
		got := reporttest.ReadPDF(t, data)
		if got.Pages < 2 || got.Pages > 6 {
			t.Errorf("%s: %d pages", tc.file, got.Pages)
		}
		text := reporttest.PDFFold(got.Text)
		for _, want := range []string{res.City, tc.tier, in.Cat.T("summary.disclaimer")} {
			if !strings.Contains(text, reporttest.PDFFold(want)) {
				t.Errorf("%s: %q is not in the PDF's text", tc.file, want)
			}
		}
		for _, q := range res.Questions {
			if !strings.Contains(text, q.ID) {
				t.Errorf("%s: criterion %s is not in the PDF", tc.file, q.ID)
			}
		}
		if len(got.Fonts) == 0 {
			t.Errorf("%s: no fonts", tc.file)
		}
		for name, embedded := range got.Fonts {
			if !embedded {
				t.Errorf("%s: font %s is not embedded", tc.file, name)
			}
		}
	}
}

// TestPDFOfGeneratedCities: random answers with long notes, text that looks like a formula and
// names the font cannot draw write a PDF that parses, in every language.
func TestPDFOfGeneratedCities(t *testing.T) {
	r := reporttest.Rubric(t)
	rng := rand.New(rand.NewPCG(5, 17))
	for i := range 12 {
		a := reporttest.RandomAssessment(rng, r, i)
		if i%3 == 0 {
			a.City = "Ciudad 🏙 東京 \x1b[2J" + strings.Repeat(" muy larga", rng.IntN(30))
		}
		res := scoring.Score(r, a, scoring.Options{})
		lang := i18n.Languages[i%len(i18n.Languages)]
		got := reporttest.ReadPDF(t, writePDF(t, Input{Result: res, Rubric: r, Cat: i18n.For(lang), Date: reporttest.Date}))
		if got.Pages < 1 || !strings.Contains(got.Text, res.Questions[0].ID) {
			t.Errorf("city %d (%s): %d pages, text %.80q", i, lang, got.Pages, got.Text)
		}
		if strings.Contains(got.Text, "\x1b") {
			t.Errorf("city %d: a terminal control reached the PDF", i)
		}
	}
}
