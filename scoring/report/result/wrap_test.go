package result

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/questions/rubricfile"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
)

// TestSummaryFitsNarrowTerminals: the text summary of every sample city fits 60, 80 and 120
// columns in each language, bars included, except where one word alone is longer.
func TestSummaryFitsNarrowTerminals(t *testing.T) {
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, city := range []string{"maipu-2024", "lakeside-2025", "recife-2024"} {
		a, err := answers.Read(reporttest.Testdata("cities", city+".yaml"))
		if err != nil {
			t.Fatal(err)
		}
		res := scoring.Score(r, a, scoring.Options{})
		for _, lang := range i18n.Languages {
			for _, width := range []int{60, 80, 120} {
				var b strings.Builder
				if err := (textWriter{}).Write(&b, Input{Result: res, Rubric: r, Cat: i18n.For(lang), Width: width}); err != nil {
					t.Fatal(err)
				}
				for _, l := range strings.Split(b.String(), "\n") {
					if w := ansi.StringWidth(l); w > width && len(strings.Fields(l)) > 1 {
						t.Errorf("%s %s at %d: a line of %d: %q", city, lang, width, w, l)
					}
				}
			}
		}
	}
}

// TestFigureRowsHang: generated cities (up to every criterion unanswered) in each language at
// widths from 40 to 120: a headline figure too long for its line (the unanswered IDs) goes on
// under its own value, not at the margin nor under the labels.
func TestFigureRowsHang(t *testing.T) {
	r := reporttest.Rubric(t)
	rng := rand.New(rand.NewPCG(2, 17))
	for i := range 60 {
		a := reporttest.RandomAssessment(rng, r, i)
		res := scoring.Score(r, a, scoring.Options{})
		lang := i18n.Languages[i%len(i18n.Languages)]
		width := 40 + rng.IntN(81)
		in := Input{Result: res, Rubric: r, Cat: i18n.For(lang), Width: width}
		var b strings.Builder
		if err := (textWriter{}).Write(&b, in); err != nil {
			t.Fatal(err)
		}
		out, v := b.String(), newView(in)
		start := strings.Index(out, "\n"+v.L.Tier+" ")
		end := strings.Index(out, "\n\n"+v.L.Practices+"\n")
		if start < 0 || end < start {
			t.Fatalf("%s at %d: no figures:\n%s", lang, width, out)
		}
		lines := strings.Split(out[start+1:end], "\n")
		first := lines[0][len(v.L.Tier):]
		valueCol := ansi.StringWidth(v.L.Tier) + len(first) - len(strings.TrimLeft(first, " "))
	next:
		for _, l := range lines {
			for _, label := range []string{v.L.Tier, v.L.Criteria, v.L.Outcomes, v.L.Unanswered} {
				if strings.HasPrefix(l, label+" ") {
					continue next // a row of its own, starting with its label
				}
			}
			if lead := len(l) - len(strings.TrimLeft(l, " ")); lead != valueCol {
				t.Fatalf("%s at %d: a figure goes on at column %d, its value at %d: %q\n%s", lang, width, lead, valueCol, l, out)
			}
		}
	}
}
