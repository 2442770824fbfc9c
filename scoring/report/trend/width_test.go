package trend

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
)

// TestTextFitsTheTerminal writes the trend of generated cities with long names, over two to
// seven years, scored against rubrics whose practices, tiers and criteria have long names, in
// every language at 60, 80 and 120 columns: no line is wider than the terminal (but a word
// longer alone), and every figure of every year is shown whole, beside its year.
func TestTextFitsTheTerminal(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 2))
	for i := range 24 {
		r := reporttest.LongRubric(t, rng, 10+rng.IntN(60))
		city := reporttest.LongName(rng, 10+rng.IntN(90))
		var rs []*scoring.Result
		for y := range 2 + rng.IntN(6) {
			a := reporttest.RandomAssessment(rng, r, i)
			a.City, a.Year = city, 2020+y
			rs = append(rs, scoring.Score(r, a, scoring.Options{}))
		}
		tr, err := scoring.NewTrend(rs)
		if err != nil {
			t.Fatal(err)
		}
		for _, lang := range i18n.Languages {
			in := Input{T: tr, Rubric: r, Cat: i18n.For(lang)}
			v := newView(in)
			for _, width := range []int{60, 80, 120} {
				in.Width = width
				var buf bytes.Buffer
				if err := (textWriter{}).Write(&buf, in); err != nil {
					t.Fatal(err)
				}
				out := buf.String()
				what := fmt.Sprintf("trend %d %s", i, lang)
				reporttest.WantFits(t, what, out, width)
				lines := strings.Split(out, "\n")
				for _, row := range v.Rows {
					// Each figure stands whole in a line that starts with its year.
					for k, cell := range row {
						if k == 1 {
							continue // the tier, a name that may be cut
						}
						found := false
						for _, l := range lines {
							if strings.HasPrefix(l, row[0]+" ") && strings.Contains(l, cell) {
								found = true
							}
						}
						if !found {
							t.Errorf("%s at %d: no line of %s shows %q (%s):\n%s", what, width, row[0], cell, v.Headers[k], out)
						}
					}
				}
				for _, h := range v.Headers[2:] {
					if !strings.Contains(out, h) {
						t.Errorf("%s at %d: no column %q", what, width, h)
					}
				}
			}
		}
	}
}
