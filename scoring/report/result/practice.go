package result

import (
	"strings"

	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
)

// standing is how a practice's share compares with the rubric's tier minimums, for colors.
type standing int

const (
	standingLow  standing = iota // under the first tier's share
	standingFair                 // at the first tier's share
	standingGood                 // at the second tier's share or above
)

// practiceStanding measures a practice against the rubric's first two tiers (51% and 68% in
// the default rubric), with the tiers' own integer comparison.
func practiceStanding(r *questions.Rubric, p scoring.PracticeResult) standing {
	s := standingLow
	for i, t := range r.Tiers {
		if i > 1 || !scoring.Reaches(t, p.Met, p.Total, t.MinOutcomes) {
			break
		}
		s = standing(i + 1)
	}
	return s
}

// barWidth is how many cells a practice's bar has; minBarWidth is the fewest it keeps on a
// narrow terminal.
const (
	barWidth    = 20
	minBarWidth = 5
)

// barCellsOf is how many of a bar of width cells a share of met in total fills, rounded.
func barCellsOf(met, total, width int) int {
	if total == 0 {
		return 0
	}
	return (met*width + total/2) / total
}

// plainBar is a practice's bar in block characters.
func plainBar(p scoring.PracticeResult) string {
	n := barCellsOf(p.Met, p.Total, barWidth)
	return strings.Repeat("█", n) + strings.Repeat("░", barWidth-n)
}
