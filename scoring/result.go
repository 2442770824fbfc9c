// Package scoring applies the certification rules to a city's answers. It is pure: no I/O, no
// terminal, no spreadsheets; the same rubric and answers always give the same Result.
//
// The rules, from STANDARD.md: each criterion met earns its points (1 unless the rubric says
// otherwise) provided its prerequisites are met and, for a checklist criterion, enough items
// hold; a resident-outcome metric counts when its later value is better than its baseline in
// its direction; the tier is the highest one whose share of points and count of outcome
// metrics both hold. Shares are compared in integers (met*10000 >= min*total, the minimum in
// hundredths of a percent), never as floats.
package scoring

import "github.com/citydatakit/wwc/assessment"

// TierNone is the tier ID of a result that reaches no tier.
const TierNone = "none"

// Reason says why a criterion earned no points. The empty Reason means it counted.
type Reason string

// The reasons a criterion may not count.
const (
	Counted        Reason = ""
	ReasonNotMet   Reason = "not_met"
	ReasonProgress Reason = "in_progress"
	ReasonNone     Reason = "unanswered"
	ReasonEvidence Reason = "no_evidence"
	ReasonPrereq   Reason = "prerequisite"
	ReasonList     Reason = "checklist"
)

// Reasons lists every Reason a criterion can carry, for catalogs and documentation.
var Reasons = []Reason{ReasonNotMet, ReasonProgress, ReasonNone, ReasonEvidence, ReasonPrereq, ReasonList}

// MetricReason says why an outcome metric does not count.
type MetricReason string

// The reasons an outcome metric may not count.
const (
	MetricCounted     MetricReason = ""
	MetricNoBaseline  MetricReason = "no_baseline"
	MetricNoCurrent   MetricReason = "no_current"
	MetricNoDirection MetricReason = "no_direction"
	MetricYearsOrder  MetricReason = "years_order"
	MetricNoProgress  MetricReason = "no_progress"
	MetricWrongWay    MetricReason = "wrong_way"
)

// MetricReasons lists every MetricReason, for catalogs and documentation.
var MetricReasons = []MetricReason{MetricNoBaseline, MetricNoCurrent, MetricNoDirection, MetricYearsOrder, MetricNoProgress, MetricWrongWay}

// Options change how answers are scored.
type Options struct {
	// RequireEvidence is the evaluator's view: a "met" with no evidence earns nothing.
	RequireEvidence bool
}

// Result is the score of one assessment against one rubric.
type Result struct {
	RubricID, RubricVersion string
	City, Country           string
	Year                    int
	RequireEvidence         bool

	// Met and Total are points (criteria times their weights).
	Met, Total int
	// Tier is the tier reached, TierNone for none. PercentTier is the tier the share of points
	// alone would give; when it is above Tier, the outcome gate caps the result.
	Tier, PercentTier string

	Practices  []PracticeResult
	Questions  []QuestionResult
	Outcomes   []MetricResult
	Unanswered []string
	// OutcomesCounted is the number of outcome metrics showing progress.
	OutcomesCounted int
	Next            *NextTier
	// Notices are what the reader said about how the file was read (no outcomes sheet, a
	// missing evidence column, a number read by the table's decimal convention), kept as
	// given; reports render them.
	Notices []assessment.Notice
}

// Percent is the share of points met, for display; tier decisions never use it.
func (r *Result) Percent() float64 {
	if r.Total == 0 {
		return 0
	}
	return float64(r.Met) * 100 / float64(r.Total)
}

// Capped reports whether the outcome gate holds the tier below what the points alone reach.
func (r *Result) Capped() bool { return r.PercentTier != r.Tier }

// PracticeResult is the score of one practice.
type PracticeResult struct {
	ID         string
	Met, Total int
}

// Percent is the practice's share of points met.
func (p PracticeResult) Percent() float64 {
	if p.Total == 0 {
		return 0
	}
	return float64(p.Met) * 100 / float64(p.Total)
}

// QuestionResult is the outcome of one criterion.
type QuestionResult struct {
	ID, Practice string
	Answer       assessment.Value
	Points       int
	Earned       int
	Reason       Reason
	// Missing lists the unmet prerequisites when Reason is ReasonPrereq.
	Missing []string
	// ItemsMet and ItemsNeeded describe a checklist criterion.
	ItemsMet, ItemsNeeded int
	Evidence, Notes       string
}

// Counted reports whether the criterion earned its points.
func (q QuestionResult) Counted() bool { return q.Reason == Counted }

// MetricResult is the outcome of one resident-outcome metric.
type MetricResult struct {
	Metric assessment.Metric
	Reason MetricReason
}

// Counted reports whether the metric shows progress.
func (m MetricResult) Counted() bool { return m.Reason == MetricCounted }
