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

// TestOtherAnswersExcludeGainedAndLost compares generated pairs of cities in every language:
// a criterion gained or lost is listed once, under gained or lost, never again among the other
// answers that changed (unless only for its evidence), every other change of answer is listed
// there, and the titles of the gained and lost criteria start in one column whatever the
// length of their IDs (DM7, RDC3, EVAL1).
func TestOtherAnswersExcludeGainedAndLost(t *testing.T) {
	r := reporttest.Rubric(t)
	rng := rand.New(rand.NewPCG(21, 4))
	for i := range 40 {
		a, b := reporttest.RandomAssessment(rng, r, i), reporttest.RandomAssessment(rng, r, i+1)
		c := scoring.Compare(scoring.Score(r, a, scoring.Options{}), scoring.Score(r, b, scoring.Options{}), r.Tiers)
		listed := map[string]bool{}
		for _, id := range append(append([]string(nil), c.Gained...), c.Lost...) {
			listed[id] = true
		}
		for _, lang := range i18n.Languages {
			in := Input{C: c, Rubric: r, Cat: i18n.For(lang), Width: 200}
			v := newView(in)
			what := fmt.Sprintf("diff %d %s", i, lang)
			other := map[string]string{}
			for _, line := range v.Answers {
				id, rest, _ := strings.Cut(line, ": ")
				other[id] = rest
			}
			for _, ch := range c.Answers {
				rest, ok := other[ch.ID]
				switch {
				case listed[ch.ID] && strings.Contains(rest, "→"):
					t.Errorf("%s: %s is gained or lost and listed again: %q", what, ch.ID, rest)
				case listed[ch.ID] && ok != (ch.EvidenceAdded || ch.EvidenceRemoved):
					t.Errorf("%s: %s: listed among other answers %v, its evidence changed %v", what, ch.ID, ok, ch.EvidenceAdded || ch.EvidenceRemoved)
				case !listed[ch.ID] && (!ok || (ch.From != ch.To) != strings.Contains(rest, "→")):
					t.Errorf("%s: %s changed from %v to %v, other answers say %q", what, ch.ID, ch.From, ch.To, rest)
				}
			}
			var buf bytes.Buffer
			if err := (textWriter{}).Write(&buf, in); err != nil {
				t.Fatal(err)
			}
			col := -1
			for _, line := range strings.Split(buf.String(), "\n") {
				if !strings.HasPrefix(line, "  + ") && !strings.HasPrefix(line, "  - ") {
					continue
				}
				id := strings.Fields(line)[1]
				if !listed[id] {
					continue // a metric added or removed
				}
				title := strings.Index(line, id) + len(id)
				title += len(line[title:]) - len(strings.TrimLeft(line[title:], " "))
				if col >= 0 && title != col {
					t.Fatalf("%s: titles start at %d and %d:\n%s", what, col, title, buf.String())
				}
				col = title
			}
		}
	}
}
