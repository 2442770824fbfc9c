package result

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
)

// TestNoMetricsSaysNone: generated cities with and without outcome metrics, in every
// language and every human format: a city that gives none reads "none given" in the headline
// figures, never "0 of 0 show progress", and one that gives some still reads its count.
func TestNoMetricsSaysNone(t *testing.T) {
	r := reporttest.Rubric(t)
	rng := rand.New(rand.NewPCG(9, 9))
	zeroOfZero := regexp.MustCompile(`\b0 (of|de) 0\b`)
	for i := range 30 {
		a := reporttest.RandomAssessment(rng, r, i)
		if i%2 == 0 {
			a.Outcomes = nil
		}
		res := scoring.Score(r, a, scoring.Options{})
		for _, lang := range i18n.Languages {
			in := Input{Result: res, Rubric: r, Cat: i18n.For(lang), Width: 100}
			v := newView(in)
			none := in.Cat.T("summary.outcomes_none")
			if (v.OutcomesText == none) != (len(res.Outcomes) == 0) {
				t.Fatalf("%s, %d metrics: outcomes read %q", lang, len(res.Outcomes), v.OutcomesText)
			}
			for _, name := range []string{"text", "md", "html"} {
				f, _ := Formats.Lookup(name)
				var b strings.Builder
				if err := f.New().Write(&b, in); err != nil {
					t.Fatal(err)
				}
				if zeroOfZero.MatchString(b.String()) {
					t.Fatalf("%s %s: reads %q:\n%s", lang, name, zeroOfZero.FindString(b.String()), b.String())
				}
				if len(res.Outcomes) == 0 && !strings.Contains(b.String(), none) {
					t.Fatalf("%s %s: a city without metrics does not read %q", lang, name, none)
				}
			}
		}
	}
}
