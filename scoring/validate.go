package scoring

import (
	"maps"
	"strings"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/questions"
)

// Validation is the result as an evaluator's review confirms it, beside the self-reported one:
// a claim counts only once it is accepted.
type Validation struct {
	// Tier, Met and OutcomesCounted are the validated figures: the rubric scored with every
	// claim not accepted taken away (prerequisites follow, as in Score). Total is the same as
	// the claim's.
	Tier            string
	Met, Total      int
	OutcomesCounted int
	// Claimed is how many criteria the self-reported score counts, and Reviewed how many of
	// them carry a decision that still applies; likewise for the counted metrics.
	Claimed, Reviewed             int
	MetricsClaimed, MetricsReview int
	// Provisional says some claims are not reviewed yet: the tier may still rise.
	Provisional bool
	// NotAccepted, Clarifications and Stale list criterion IDs in rubric order: the claims
	// refused, those waiting for the city's answer, and those whose answer changed after the
	// decision (counted as not reviewed).
	NotAccepted, Clarifications, Stale []string
	// MetricsNotAccepted and MetricsClarifications list metric names in the file's order.
	MetricsNotAccepted, MetricsClarifications []string
}

// Validate applies a review to a city's answers. claimed is Score(r, a, opts); the
// validated figures are those of the same answers with every counted claim that is not
// accepted (refused, waiting for clarification, unreviewed, or stale) answered "not met",
// and every counted metric that is not accepted left out.
func Validate(r *questions.Rubric, a *assessment.Assessment, rev *assessment.Review, claimed *Result, opts Options) Validation {
	v := Validation{Total: claimed.Total}
	checked := *a
	checked.Answers = maps.Clone(a.Answers)
	for _, q := range claimed.Questions {
		id := questions.NormalizeID(q.ID)
		item, decided := rev.Criteria[id]
		stale := decided && item.Decision != assessment.Unreviewed && item.Answer != a.Answer(id).Value
		if stale {
			v.Stale = append(v.Stale, q.ID)
		}
		switch {
		case stale:
		case item.Decision == assessment.NotAccepted:
			v.NotAccepted = append(v.NotAccepted, q.ID)
		case item.Decision == assessment.Clarification:
			v.Clarifications = append(v.Clarifications, q.ID)
		}
		if !q.Counted() {
			continue
		}
		v.Claimed++
		if !stale && item.Decision != assessment.Unreviewed {
			v.Reviewed++
		}
		if stale || item.Decision != assessment.Accepted {
			checked.Answers[id] = assessment.Answer{Value: assessment.NotMet}
		}
	}
	checked.Outcomes = nil
	for _, m := range claimed.Outcomes {
		item := rev.Metrics[strings.TrimSpace(m.Metric.Name)]
		switch item.Decision {
		case assessment.NotAccepted:
			v.MetricsNotAccepted = append(v.MetricsNotAccepted, m.Metric.Name)
		case assessment.Clarification:
			v.MetricsClarifications = append(v.MetricsClarifications, m.Metric.Name)
		}
		if !m.Counted() {
			continue
		}
		v.MetricsClaimed++
		if item.Decision != assessment.Unreviewed {
			v.MetricsReview++
		}
		if item.Decision == assessment.Accepted {
			checked.Outcomes = append(checked.Outcomes, m.Metric)
		}
	}
	validated := Score(r, &checked, opts)
	v.Tier, v.Met, v.OutcomesCounted = validated.Tier, validated.Met, validated.OutcomesCounted
	v.Provisional = v.Reviewed < v.Claimed || v.MetricsReview < v.MetricsClaimed
	return v
}
