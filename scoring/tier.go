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

// TierRank orders a tier among tiers by its minimum share: 0 for TierNone, 1 for the lowest
// tier and so on, -1 for an ID that is not a tier.
func TierRank(tiers []questions.Tier, id string) int {
	if id == TierNone {
		return 0
	}
	var min questions.Percent = -1
	for _, t := range tiers {
		if t.ID == id {
			min = t.MinPercent
		}
	}
	if min < 0 {
		return -1
	}
	rank := 1
	for _, t := range tiers {
		if t.MinPercent < min {
			rank++
		}
	}
	return rank
}
