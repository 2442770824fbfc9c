package cohort

import "github.com/citydatakit/wwc/internal/msg"

// ValidationDoc is a submission's validated figures, from the one review that applies.
type ValidationDoc struct {
	Review          string             `json:"review"`
	Tier            string             `json:"tier"`
	Provisional     bool               `json:"provisional"`
	Met             int                `json:"met"`
	Total           int                `json:"total"`
	Percent         float64            `json:"percent"`
	OutcomesCounted int                `json:"outcomes_counted"`
	Claimed         int                `json:"claimed"`
	Reviewed        int                `json:"reviewed"`
	MetricsClaimed  int                `json:"metrics_claimed"`
	MetricsReviewed int                `json:"metrics_reviewed"`
	Clarifications  int                `json:"clarifications"`
	NotAccepted     int                `json:"not_accepted"`
	Stale           bool               `json:"stale"`
	StaleCriteria   int                `json:"stale_criteria"`
	Practices       map[string]float64 `json:"practices"`
}

// ReviewsDoc is what the batch read of the reviews and what did not fit.
type ReviewsDoc struct {
	Folder     string          `json:"folder"`
	Read       int             `json:"read"`
	Unreviewed int             `json:"unreviewed"`
	Unmatched  []string        `json:"unmatched"`
	Outranked  []OutrankedDoc  `json:"outranked"`
	Twice      []TwiceDoc      `json:"twice"`
	Stale      []StaleDoc      `json:"stale"`
	Skipped    []SkippedRevDoc `json:"skipped"`
}

// OutrankedDoc is a review left out for another review of the same submission written on
// exactly its answers.
type OutrankedDoc struct {
	Review     string   `json:"review"`
	Submission string   `json:"submission"`
	By         []string `json:"by"`
}

// TwiceDoc is a submission reviewed twice: none of its reviews applies.
type TwiceDoc struct {
	Submission string   `json:"submission"`
	Reviews    []string `json:"reviews"`
}

// StaleDoc is a review written on other answers of the submission it applies to.
type StaleDoc struct {
	Submission string `json:"submission"`
	Review     string `json:"review"`
}

// SkippedRevDoc is a file among the reviews that is not one, with why in words.
type SkippedRevDoc struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
}

// validationDoc is the submission's validated figures, nil when no review applies.
func validationDoc(s Submission) *ValidationDoc {
	v := s.Brief.Validated
	if v == nil || len(s.Reviews) != 1 {
		return nil
	}
	d := &ValidationDoc{Review: s.Reviews[0], Tier: v.Tier, Provisional: v.Provisional, Met: v.Met, Total: v.Total,
		Percent: v.Percent(), OutcomesCounted: v.OutcomesCounted, Claimed: v.Claimed, Reviewed: v.Reviewed,
		MetricsClaimed: v.MetricsClaimed, MetricsReviewed: v.MetricsReviewed, Clarifications: v.Clarifications,
		NotAccepted: v.NotAccepted, Stale: s.Stale, StaleCriteria: v.Stale, Practices: map[string]float64{}}
	for i, id := range s.Brief.PracticeIDs {
		if i < len(v.Practices) {
			d.Practices[id] = v.Practices[i]
		}
	}
	return d
}

// reviewsDoc is the batch's account of its reviews.
func reviewsDoc(in Input) *ReviewsDoc {
	rs := in.Reviews
	d := &ReviewsDoc{Folder: rs.Dir, Read: rs.Read, Unreviewed: unreviewed(in), Unmatched: append([]string{}, rs.Unmatched...),
		Outranked: []OutrankedDoc{}, Twice: []TwiceDoc{}, Stale: []StaleDoc{}, Skipped: []SkippedRevDoc{}}
	for _, o := range rs.Outranked {
		d.Outranked = append(d.Outranked, OutrankedDoc(o))
	}
	for _, s := range in.Rows {
		switch {
		case len(s.Reviews) > 1:
			d.Twice = append(d.Twice, TwiceDoc{Submission: s.Path, Reviews: s.Reviews})
		case s.Stale && len(s.Reviews) == 1:
			d.Stale = append(d.Stale, StaleDoc{Submission: s.Path, Review: s.Reviews[0]})
		}
	}
	for _, sk := range rs.Skipped {
		d.Skipped = append(d.Skipped, SkippedRevDoc{File: sk.Path, Reason: msg.Text(in.Cat, sk.Reason)})
	}
	return d
}
