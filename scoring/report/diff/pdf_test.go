package diff

import (
	"bytes"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
	"github.com/citydatakit/wwc/scoring/report/internal/resulttest"
)

// TestPDFReadsBack: the comparison as a PDF, parsed back by an independent reader, in every
// language: the city, both years, the tiers and every criterion gained and lost in its text,
// the fonts embedded, the same bytes for the same comparison.
func TestPDFReadsBack(t *testing.T) {
	r := reporttest.Rubric(t)
	for _, pair := range [][2]string{{"cities/maipu-2022.yaml", "cities/maipu-2023.yaml"}, {"results/maipu-2021-draft-rubric.json", "cities/maipu-2022.yaml"}} {
		c := scoring.Compare(resulttest.Load(t, r, pair[0]), resulttest.Load(t, r, pair[1]), r.Tiers)
		for _, lang := range i18n.Languages {
			in := Input{C: c, Rubric: r, Cat: i18n.For(lang), Date: reporttest.Date}
			var a, b bytes.Buffer
			if err := (pdfWriter{}).Write(&a, in); err != nil {
				t.Fatal(err)
			}
			_ = (pdfWriter{}).Write(&b, in)
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Errorf("%s %s: two writes differ", pair[0], lang)
			}
			got := reporttest.ReadPDF(t, a.Bytes())
			text := reporttest.PDFFold(got.Text)
			v := newView(in)
			for _, want := range append([]string{c.New.City, v.LOld, v.LNew, v.TierLine}, append(c.Gained, c.Lost...)...) {
				if !strings.Contains(text, reporttest.PDFFold(want)) {
					t.Errorf("%s %s: %q is not in the PDF", pair[0], lang, want)
				}
			}
			for name, embedded := range got.Fonts {
				if !embedded {
					t.Errorf("%s: font %s is not embedded", pair[0], name)
				}
			}
		}
	}
}
