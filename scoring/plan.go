package scoring

import (
	"sort"

	"github.com/citydatakit/wwc/questions"
)

// Why says why a criterion is suggested for the next tier.
type Why string

// The reasons a criterion is suggested, in the order they are preferred.
const (
	WhyEvidence Why = "add_evidence" // met, but evidence is missing (evaluator's view)
	WhyProgress Why = "in_progress"  // already under way
	WhyUnlocks  Why = "unlocks"      // other criteria depend on it
	WhyWeakest  Why = "weak_practice"
)

// Whys lists every Why, for catalogs and documentation.
var Whys = []Why{WhyEvidence, WhyProgress, WhyUnlocks, WhyWeakest}

// NextTier is what stands between a result and the tier above it.
type NextTier struct {
	Tier string
	// PointsNeeded is how many more points the tier's share needs (0 when the share is
	// already enough); OutcomesNeeded likewise for outcome metrics showing progress.
	PointsNeeded, OutcomesNeeded int
	// Suggested are the criteria to pursue first, enough to cover PointsNeeded.
	Suggested []Suggestion
}

// Suggestion is a criterion worth pursuing and why.
type Suggestion struct {
	ID, Practice string
	Why          Why
	// Unlocks lists the criteria that depend on this one, when Why is WhyUnlocks.
	Unlocks []string
}

// planNext finds the tier above the result's and what it needs. It returns nil at the top.
func planNext(r *questions.Rubric, res *Result) *NextTier {
	tiers := append([]questions.Tier(nil), r.Tiers...)
	sort.SliceStable(tiers, func(i, j int) bool { return tiers[i].MinPercent < tiers[j].MinPercent })
	var next *questions.Tier
	current := tierPercent(tiers, res.Tier) // -1 for TierNone
	for i := range tiers {
		if tiers[i].MinPercent > current {
			next = &tiers[i]
			break
		}
	}
	if next == nil {
		return nil
	}
	nt := &NextTier{Tier: next.ID}
	if need := PointsFor(next.MinPercent, res.Total) - res.Met; need > 0 {
		nt.PointsNeeded = need
	}
	if need := next.MinOutcomes - res.OutcomesCounted; need > 0 {
		nt.OutcomesNeeded = need
	}
	nt.Suggested = suggest(r, res, nt.PointsNeeded)
	return nt
}

func tierPercent(tiers []questions.Tier, id string) questions.Percent {
	for _, t := range tiers {
		if t.ID == id {
			return t.MinPercent
		}
	}
	return -1
}

// suggest ranks the criteria not yet counted: missing evidence first (the cheapest fix), then
// those in progress, then those that unlock others, then the rest by how weak their practice
// is, rubric order breaking ties. It takes criteria until their points cover need.
func suggest(r *questions.Rubric, res *Result, need int) []Suggestion {
	if need <= 0 {
		return nil
	}
	practicePct := map[string]int{} // hundredths of a percent, to rank practices exactly
	for _, p := range res.Practices {
		if p.Total > 0 {
			practicePct[p.ID] = p.Met * 10000 / p.Total
		}
	}
	counted := map[string]bool{}
	for _, q := range res.Questions {
		if q.Counted() {
			counted[questions.NormalizeID(q.ID)] = true
		}
	}
	type cand struct {
		s      Suggestion
		rank   int
		order  int
		points int
	}
	var cands []cand
	for i, q := range res.Questions {
		if q.Counted() {
			continue
		}
		c := cand{s: Suggestion{ID: q.ID, Practice: q.Practice}, order: i, points: q.Points}
		var waiting []string
		for _, d := range r.Dependents(questions.NormalizeID(q.ID)) {
			if !counted[questions.NormalizeID(d)] {
				waiting = append(waiting, d)
			}
		}
		switch {
		case q.Reason == ReasonEvidence:
			c.s.Why, c.rank = WhyEvidence, 0
		case q.Reason == ReasonProgress:
			c.s.Why, c.rank = WhyProgress, 1
		case len(waiting) > 0:
			c.s.Why, c.rank, c.s.Unlocks = WhyUnlocks, 2, waiting
		default:
			c.s.Why, c.rank = WhyWeakest, 3
		}
		cands = append(cands, c)
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.rank != b.rank {
			return a.rank < b.rank
		}
		if a.rank == 3 && practicePct[a.s.Practice] != practicePct[b.s.Practice] {
			return practicePct[a.s.Practice] < practicePct[b.s.Practice]
		}
		return a.order < b.order
	})
	var out []Suggestion
	got := 0
	for _, c := range cands {
		if got >= need {
			break
		}
		// A criterion blocked by a prerequisite earns nothing until that is met too; its
		// prerequisites are suggested in their own right, so it is not counted toward need.
		if res.Questions[c.order].Reason != ReasonPrereq && len(res.Questions[c.order].Missing) == 0 {
			got += c.points
		}
		out = append(out, c.s)
	}
	return out
}
