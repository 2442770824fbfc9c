package result

import (
	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/scoring"
)

// ValidationDoc is the result as an evaluator's review confirms it (wwc score --review),
// beside the self-reported figures of the document it is part of.
type ValidationDoc struct {
	Reviewer string `json:"reviewer"`
	// Tier, Met, Share and OutcomesCounted are the validated figures: only accepted claims
	// count.
	Tier            string  `json:"tier"`
	Met             int     `json:"met"`
	Total           int     `json:"total"`
	Share           float64 `json:"share"`
	OutcomesCounted int     `json:"outcomes_counted"`
	// Claimed and Reviewed count the criteria the self-reported score counts and those of
	// them with a decision that still applies; likewise for the metrics.
	Claimed         int  `json:"claimed"`
	Reviewed        int  `json:"reviewed"`
	MetricsClaimed  int  `json:"metrics_claimed"`
	MetricsReviewed int  `json:"metrics_reviewed"`
	Provisional     bool `json:"provisional"`
	// SubmissionChanged says the answers differ from those the review was written on.
	SubmissionChanged     bool                  `json:"submission_changed"`
	NotAccepted           []CriterionCommentDoc `json:"not_accepted"`
	Clarifications        []CriterionCommentDoc `json:"clarifications"`
	Stale                 []string              `json:"stale"`
	MetricsNotAccepted    []MetricCommentDoc    `json:"metrics_not_accepted"`
	MetricsClarifications []MetricCommentDoc    `json:"metrics_clarifications"`
}

// CriterionCommentDoc is a criterion in one of the validation's lists, with the reviewer's
// comment.
type CriterionCommentDoc struct {
	ID      string `json:"id"`
	Comment string `json:"comment"`
}

// MetricCommentDoc is an outcome metric in one of the validation's lists, with the
// reviewer's comment.
type MetricCommentDoc struct {
	Name    string `json:"name"`
	Comment string `json:"comment"`
}

// newValidationDoc is the validation object of the result document; nil without a review.
func newValidationDoc(in Input) *ValidationDoc {
	if in.Review == nil {
		return nil
	}
	v, rev := in.Review.Validation, in.Review.Review
	if rev == nil {
		rev = assessment.NewReview()
	}
	d := &ValidationDoc{
		Reviewer: rev.Reviewer, Tier: v.Tier, Met: v.Met, Total: v.Total, Share: v.Percent(), OutcomesCounted: v.OutcomesCounted,
		Claimed: v.Claimed, Reviewed: v.Reviewed, MetricsClaimed: v.MetricsClaimed, MetricsReviewed: v.MetricsReview,
		Provisional: v.Provisional, SubmissionChanged: in.Review.Changed,
		NotAccepted: criterionDocs(rev, v.NotAccepted), Clarifications: criterionDocs(rev, v.Clarifications),
		Stale:              append([]string{}, v.Stale...),
		MetricsNotAccepted: metricDocs(rev, v.MetricsNotAccepted), MetricsClarifications: metricDocs(rev, v.MetricsClarifications),
	}
	return d
}

func criterionDocs(rev *assessment.Review, ids []string) []CriterionCommentDoc {
	out := []CriterionCommentDoc{}
	for _, c := range scoring.CriterionComments(rev, ids) {
		out = append(out, CriterionCommentDoc{ID: c.ID, Comment: c.Comment})
	}
	return out
}

func metricDocs(rev *assessment.Review, names []string) []MetricCommentDoc {
	out := []MetricCommentDoc{}
	for _, c := range scoring.MetricComments(rev, names) {
		out = append(out, MetricCommentDoc{Name: c.ID, Comment: c.Comment})
	}
	return out
}
