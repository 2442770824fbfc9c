package scoring

import (
	"maps"
	"slices"
	"strings"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/questions"
)

// The views a cohort's statistics can be computed from: the cities' claims as scored, or the
// claims an evaluator accepted.
const (
	ViewClaimed   = "claimed"
	ViewValidated = "validated"
)

// Views lists the views, the default first.
var Views = []string{ViewClaimed, ViewValidated}

// ValidatedBrief is what a cohort summary keeps of a review applied to one submission: the
// validated figures the validated view counts (tier, points, each practice's share and which
// criteria count) and the review's progress the summary shows. A few hundred bytes, like
// the Brief it hangs from.
type ValidatedBrief struct {
	Tier            string
	Met, Total      int
	OutcomesCounted int
	// Practices and Counted are as in Brief, with only accepted claims counting.
	Practices []float64
	Counted   []bool
	// Claimed and Reviewed are the criteria the self-reported score counts and those of them
	// with a decision that still applies; likewise for the metrics.
	Claimed, Reviewed               int
	MetricsClaimed, MetricsReviewed int
	// Clarifications counts the criteria and metrics waiting for the city's answer,
	// NotAccepted those refused, and Stale the criteria whose answer changed after the
	// decision.
	Clarifications, NotAccepted, Stale int
	// Provisional says some claims are not reviewed yet: the tier may still rise.
	Provisional bool
}

// Percent is the validated share of points.
func (v ValidatedBrief) Percent() float64 {
	if v.Total == 0 {
		return 0
	}
	return float64(v.Met) * 100 / float64(v.Total)
}

// BriefValidation applies the review rev to a city's answers a, whose self-reported score is
// claimed (Score(r, a, opts)), and keeps what a cohort summary needs: Validate's figures
// and counts, and the validated score's practices and criteria, from the same answers with
// every counted claim that is not accepted (or whose answer changed since) answered "not
// met" and every counted metric not accepted left out.
func BriefValidation(r *questions.Rubric, a *assessment.Assessment, rev *assessment.Review, claimed *Result, opts Options) ValidatedBrief {
	val := Validate(r, a, rev, claimed, opts)
	checked := *a
	checked.Answers = maps.Clone(a.Answers)
	for _, q := range claimed.Questions {
		if !q.Counted() {
			continue
		}
		id := questions.NormalizeID(q.ID)
		if item := rev.Criteria[id]; item.Decision != assessment.Accepted || item.Answer != a.Answer(id).Value {
			checked.Answers[id] = assessment.Answer{Value: assessment.NotMet}
		}
	}
	checked.Outcomes = nil
	for _, m := range claimed.Outcomes {
		if m.Counted() && rev.Metrics[strings.TrimSpace(m.Metric.Name)].Decision == assessment.Accepted {
			checked.Outcomes = append(checked.Outcomes, m.Metric)
		}
	}
	b := Score(r, &checked, opts).Brief()
	return ValidatedBrief{
		Tier: val.Tier, Met: val.Met, Total: val.Total, OutcomesCounted: val.OutcomesCounted,
		Practices: b.Practices, Counted: b.Counted,
		Claimed: val.Claimed, Reviewed: val.Reviewed, MetricsClaimed: val.MetricsClaimed, MetricsReviewed: val.MetricsReview,
		Clarifications: len(val.Clarifications) + len(val.MetricsClarifications),
		NotAccepted:    len(val.NotAccepted) + len(val.MetricsNotAccepted),
		Stale:          len(val.Stale), Provisional: val.Provisional,
	}
}

// Validated is the cohort c of briefs (c is Summarize(briefs)) in the validated view: the
// same duplicates, of each the submission a review applies to kept (the last such one; the
// claimed view's choice when none has a review: an evaluator reviewed one copy of a city's
// year, and that copy is the city's in this view), and the tiers, practice averages and
// criterion rates computed from the validated figures of the counted briefs that carry a
// review. A submission no review applies to is left out of these statistics rather than
// counted with nothing accepted, which would read as a cohort that failed its review;
// Unreviewed says how many were left out.
func (c Cohort) Validated(briefs []Brief) Cohort {
	out := c
	out.View = ViewValidated
	out.Kept = c.keptReviewed(briefs)
	var reviewed []Brief
	for _, b := range out.countedBriefs(briefs) {
		if b.Validated == nil {
			out.Unreviewed++
			continue
		}
		reviewed = append(reviewed, b.validatedView())
	}
	stats := SummarizeFor(reviewed, c.RubricID, c.RubricVersion)
	out.Counted, out.Tiers, out.Practices, out.Criteria = stats.Counted, stats.Tiers, stats.Practices, stats.Criteria
	out.Compared, out.Spreads = stats.Compared, stats.Spreads
	return out
}

// keptReviewed is, for each group of duplicates, the brief the validated view keeps: the last
// one a review applies to, else the one the claimed view keeps.
func (c Cohort) keptReviewed(briefs []Brief) []int {
	kept := slices.Clone(c.Kept)
	for g, group := range c.Duplicates {
		for _, i := range group {
			if briefs[i].Validated != nil {
				kept[g] = i
			}
		}
	}
	return kept
}

// WithoutReview counts the cities and years the statistics of c count that no review applies
// to (of a city's year submitted twice, the copy reviewed counts).
func (c Cohort) WithoutReview(briefs []Brief) int {
	n := 0
	c.Kept = c.keptReviewed(briefs)
	for _, b := range c.countedBriefs(briefs) {
		if b.Validated == nil {
			n++
		}
	}
	return n
}

// countedBriefs are the briefs the statistics of c count: all but the duplicates not kept.
func (c Cohort) countedBriefs(briefs []Brief) []Brief {
	dropped := map[int]bool{}
	for g, group := range c.Duplicates {
		for _, i := range group {
			if g >= len(c.Kept) || i != c.Kept[g] {
				dropped[i] = true
			}
		}
	}
	out := make([]Brief, 0, len(briefs)-len(dropped))
	for i, b := range briefs {
		if !dropped[i] {
			out = append(out, b)
		}
	}
	return out
}

// validatedView is the brief with its validated figures in place of the claimed ones.
func (b Brief) validatedView() Brief {
	v := b.Validated
	b.Tier, b.Met, b.Total, b.OutcomesCounted = v.Tier, v.Met, v.Total, v.OutcomesCounted
	b.Practices, b.Counted = v.Practices, v.Counted
	return b
}
