package report

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

// barWidth is how many cells a practice's bar has.
const barWidth = 20

// barCells is how many of a bar's cells a practice's share fills, rounded.
func barCells(p scoring.PracticeResult) int { return barCellsOf(p, barWidth) }

// barCellsOf is how many of a bar of width cells a practice's share fills, rounded.
func barCellsOf(p scoring.PracticeResult, width int) int {
	if p.Total == 0 {
		return 0
	}
	return (p.Met*width + p.Total/2) / p.Total
}

// plainBar is a practice's bar in block characters.
func plainBar(p scoring.PracticeResult) string {
	n := barCells(p)
	return strings.Repeat("█", n) + strings.Repeat("░", barWidth-n)
}
