package scoring

import (
	"maps"
	"strconv"
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

// Percent is the validated share of points, Met*100/Total; 0 when Total is 0.
func (v Validation) Percent() float64 {
	if v.Total == 0 {
		return 0
	}
	return float64(v.Met) * 100 / float64(v.Total)
}

// Commented is one claim of a review's lists (a criterion ID or a metric name) with the
// reviewer's comment on it, "" when there is none.
type Commented struct {
	ID, Comment string
}

// CriterionComments pairs criterion IDs (such as Validation.NotAccepted) with the reviewer's
// comments on them, in the order given.
func CriterionComments(rev *assessment.Review, ids []string) []Commented {
	out := make([]Commented, 0, len(ids))
	for _, id := range ids {
		out = append(out, Commented{ID: id, Comment: strings.TrimSpace(rev.Criteria[questions.NormalizeID(id)].Comment)})
	}
	return out
}

// MetricComments pairs metric names (such as Validation.MetricsNotAccepted) with the
// reviewer's comments on them, in the order given.
func MetricComments(rev *assessment.Review, names []string) []Commented {
	out := make([]Commented, 0, len(names))
	for _, name := range names {
		out = append(out, Commented{ID: name, Comment: strings.TrimSpace(rev.Metrics[strings.TrimSpace(name)].Comment)})
	}
	return out
}

// The fields by which a review may name another submission (ReviewMismatch.Field).
const (
	FieldCity    = "city"
	FieldCountry = "country"
	FieldYear    = "year"
	FieldRubric  = "rubric"
)

// ReviewMismatch is how a review names another submission than the one it is applied to:
// the first field that differs, as the review and as the submission give it.
type ReviewMismatch struct {
	Field              string
	Review, Submission string
}

// MatchReview says whether rev reviews the answers a scored against r: nil when it does,
// else the first of city, country, year and rubric that differs. Names are compared with
// case, accents and spacing ignored; a field the review or the submission leaves empty is
// not compared. The digest is not compared here: a changed submission is still this city's
// (its changed answers make decisions stale, see Validate).
func MatchReview(rev *assessment.Review, a *assessment.Assessment, r *questions.Rubric) *ReviewMismatch {
	s := rev.Submission
	for _, f := range []struct{ field, review, sub string }{
		{FieldCity, s.City, a.City},
		{FieldCountry, s.Country, a.Country},
	} {
		if f.review != "" && f.sub != "" && assessment.Fold(f.review) != assessment.Fold(f.sub) {
			return &ReviewMismatch{Field: f.field, Review: f.review, Submission: f.sub}
		}
	}
	if s.Year != 0 && a.Year != 0 && s.Year != a.Year {
		return &ReviewMismatch{Field: FieldYear, Review: strconv.Itoa(s.Year), Submission: strconv.Itoa(a.Year)}
	}
	if s.Rubric.Names() && !s.Rubric.Matches(r) {
		return &ReviewMismatch{Field: FieldRubric, Review: s.Rubric.String(), Submission: r.ID + " " + r.Version}
	}
	return nil
}

// OnCurrentAnswers is rev with every criterion's decision taken on a's answer as it stands:
// what a review of exactly these answers means (its digest is theirs), whatever answers
// the file recorded or left out, so that a review written by hand without them, or a
// workbook that does not carry them, is not taken for a stale one. rev is not changed.
func OnCurrentAnswers(rev *assessment.Review, a *assessment.Assessment) *assessment.Review {
	out := *rev
	out.Criteria = make(map[string]assessment.ReviewItem, len(rev.Criteria))
	for id, item := range rev.Criteria {
		item.Answer = a.Answer(id).Value
		out.Criteria[id] = item
	}
	return &out
}
