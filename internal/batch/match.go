package batch

import "github.com/citydatakit/wwc/scoring"

// Match is what the reviews of a batch give one submission.
type Match struct {
	// Reviews are the indexes of the review files that match it. With one, that review
	// applies; with two or more the submission is reviewed twice and none applies (see
	// Resolve).
	Reviews []int
	// Stale says the reviews were matched by city, country and year: the submission's answers
	// are not those they were written on.
	Stale bool
	// Validated is the validation of the review that applies; nil when none does.
	Validated *scoring.ValidatedBrief
}

// Resolve decides which review applies to each submission of a batch, given each one's
// candidates (in the order of the submissions) and the number of reviews, and says which
// reviews match no submission.
//
// A review written on exactly a submission's answers (same digest) matches it. A
// submission no review has the digest of is matched by city, country and year, and its
// review is stale; a review that has the digest of another submission of the batch is that
// one's and never matches by place (a city that sent two versions, one reviewed, does not
// lend that review to the other). A submission that more than one review matches at the same
// step is reviewed twice: none of them applies, since choosing one (the later, say) would
// hide that two evaluators may disagree; the summary names both files so that one can be
// removed, or the two compared with wwc review compare.
func Resolve(cands [][]Candidate, reviews int) ([]Match, []int) {
	ownedElsewhere := make([]bool, reviews)
	for _, cs := range cands {
		for _, c := range cs {
			if c.Exact {
				ownedElsewhere[c.Review] = true
			}
		}
	}
	used := make([]bool, reviews)
	matches := make([]Match, len(cands))
	for i, cs := range cands {
		var exact, near []Candidate
		for _, c := range cs {
			switch {
			case c.Exact:
				exact = append(exact, c)
			case !ownedElsewhere[c.Review]:
				near = append(near, c)
			}
		}
		chosen, stale := exact, false
		if len(exact) == 0 {
			chosen, stale = near, true
		}
		if len(chosen) == 0 {
			continue
		}
		m := Match{Stale: stale}
		for _, c := range chosen {
			m.Reviews = append(m.Reviews, c.Review)
			used[c.Review] = true
		}
		if len(chosen) == 1 {
			m.Validated = chosen[0].Validated
		}
		matches[i] = m
	}
	var unmatched []int
	for r, u := range used {
		if !u {
			unmatched = append(unmatched, r)
		}
	}
	return matches, unmatched
}
