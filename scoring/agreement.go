package scoring

import "github.com/citydatakit/wwc/assessment"

// Agreement is how far two reviewers of one submission agree, over the claims both decided.
type Agreement struct {
	// Both is how many claims both reviewers decided; Same how many of those they decided
	// alike.
	Both, Same int
	// Percent is Same over Both, 0 to 100; Kappa is Cohen's kappa, agreement beyond what the
	// reviewers' own rates of each decision would give by chance (1 when they agree on every
	// claim, even with one decision only, where the formula has no value).
	Percent, Kappa float64
	// Differ lists the keys decided differently, in the order given.
	Differ []string
}

// Agree compares two reviewers' decisions on the claims keys (criterion IDs, metric names),
// in that order; a claim either left unreviewed is left out.
func Agree(keys []string, a, b map[string]assessment.ReviewItem) Agreement {
	var g Agreement
	countA := map[assessment.Decision]int{}
	countB := map[assessment.Decision]int{}
	for _, k := range keys {
		da, db := a[k].Decision, b[k].Decision
		if da == assessment.Unreviewed || db == assessment.Unreviewed {
			continue
		}
		g.Both++
		countA[da]++
		countB[db]++
		if da == db {
			g.Same++
		} else {
			g.Differ = append(g.Differ, k)
		}
	}
	if g.Both == 0 {
		return g
	}
	n := float64(g.Both)
	observed := float64(g.Same) / n
	chance := 0.0
	for _, d := range assessment.Decisions {
		chance += float64(countA[d]) / n * float64(countB[d]) / n
	}
	g.Percent = 100 * observed
	if chance == 1 {
		g.Kappa = 1 // one decision only, taken by both on every claim
	} else {
		g.Kappa = (observed - chance) / (1 - chance)
	}
	return g
}
