package diff

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

// TestTextFitsTheTerminal compares generated cities with long names, scored against rubrics
// whose practices, tiers and criteria have long names, in every language at 60, 80 and 120
// columns: no line is wider than the terminal (but a word longer alone), every practice keeps
// its ID and its figures whole, and a name is cut only where the width asks for it.
func TestTextFitsTheTerminal(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 1))
	for i := range 24 {
		r := reporttest.LongRubric(t, rng, 20+rng.IntN(80))
		city := reporttest.LongName(rng, 10+rng.IntN(90))
		a, b := reporttest.RandomAssessment(rng, r, i), reporttest.RandomAssessment(rng, r, i+1)
		a.City, b.City, a.Year, b.Year = city, city, 2023, 2024
		c := scoring.Compare(scoring.Score(r, a, scoring.Options{}), scoring.Score(r, b, scoring.Options{}), r.Tiers)
		for _, lang := range i18n.Languages {
			in := Input{C: c, Rubric: r, Cat: i18n.For(lang)}
			v := newView(in)
			for _, width := range []int{60, 80, 120} {
				in.Width = width
				var buf bytes.Buffer
				if err := (textWriter{}).Write(&buf, in); err != nil {
					t.Fatal(err)
				}
				out := buf.String()
				what := fmt.Sprintf("diff %d %s", i, lang)
				reporttest.WantFits(t, what, out, width)
				rows := strings.Split(out[strings.Index(out, "\n"+v.L.Practices+"\n")+len(v.L.Practices)+2:], "\n")[:len(v.Practices)+1]
				if head := rows[0]; !strings.Contains(head, "2023") || !strings.Contains(head, "2024") || !strings.HasSuffix(head, v.LChange) {
					t.Errorf("%s at %d: the practice table's header %q lacks the years or the change", what, width, head)
				}
				rows = rows[1:]
				for k, pd := range v.Practices {
					id := pd.Name[strings.LastIndex(pd.Name, " ("):]
					row := rows[k]
					if !strings.Contains(row, id+" ") || !strings.Contains(row, pd.Old+" → "+pd.New) || !strings.HasSuffix(row, pd.Delta) {
						t.Errorf("%s at %d: row %q lacks %q, %q → %q or %q", what, width, row, id, pd.Old, pd.New, pd.Delta)
					}
					if strings.Contains(row, "…") == strings.Contains(row, pd.Name) {
						t.Errorf("%s at %d: row %q: the name %q cut: %v", what, width, row, pd.Name, strings.Contains(row, "…"))
					}
				}
			}
		}
	}
}
