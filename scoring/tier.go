package scoring

import "github.com/citydatakit/wwc/questions"

// Reaches reports whether met of total points and counted outcome metrics satisfy the tier.
// The share is compared in integers: met/total >= min% exactly when met*10000 >= min*total,
// with the minimum in hundredths of a percent.
func Reaches(t questions.Tier, met, total, counted int) bool {
	if total <= 0 {
		return false
	}
	return met*10000 >= int(t.MinPercent)*total && counted >= t.MinOutcomes
}

// TierFor returns the ID of the highest tier whose two conditions both hold, or TierNone.
func TierFor(tiers []questions.Tier, met, total, counted int) string {
	best, bestPercent := TierNone, questions.Percent(-1)
	for _, t := range tiers {
		if Reaches(t, met, total, counted) && t.MinPercent > bestPercent {
			best, bestPercent = t.ID, t.MinPercent
		}
	}
	return best
}

// PointsFor is the fewest points out of total that reach min percent: the smallest m with
// m*10000 >= min*total.
func PointsFor(min questions.Percent, total int) int {
	return (int(min)*total + 9999) / 10000
}
