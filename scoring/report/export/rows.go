package export

import (
	"github.com/citydatakit/wwc/scoring"
)

// CriterionRow is one criterion of one submission. The json tags are the column names of
// both the CSV and the JSON document.
type CriterionRow struct {
	File          string `json:"file"`
	City          string `json:"city"`
	Country       string `json:"country"`
	Year          *int   `json:"year"`
	RubricID      string `json:"rubric_id"`
	RubricVersion string `json:"rubric_version"`
	Practice      string `json:"practice"`
	Criterion     string `json:"criterion"`
	// Answer is met, not_met, in_progress or unanswered.
	Answer string `json:"answer"`
	Points int    `json:"points"`
	Earned int    `json:"earned"`
	// Counted says the criterion earned its points; Reason says why not (scoring.Reasons),
	// empty when it did.
	Counted       bool   `json:"counted"`
	Reason        string `json:"reason"`
	EvidenceGiven bool   `json:"evidence_given"`
}

// OutcomeRow is one resident-outcome metric of one submission.
type OutcomeRow struct {
	File          string   `json:"file"`
	City          string   `json:"city"`
	Country       string   `json:"country"`
	Year          *int     `json:"year"`
	RubricID      string   `json:"rubric_id"`
	RubricVersion string   `json:"rubric_version"`
	Metric        string   `json:"metric"`
	Unit          string   `json:"unit"`
	Direction     string   `json:"direction"`
	BaselineYear  *int     `json:"baseline_year"`
	Baseline      *float64 `json:"baseline"`
	CurrentYear   *int     `json:"current_year"`
	Current       *float64 `json:"current"`
	// Counted says the metric shows progress; Reason says why not (scoring.MetricReasons).
	Counted       bool   `json:"counted"`
	Reason        string `json:"reason"`
	EvidenceGiven bool   `json:"evidence_given"`
}

// year is a year as a cell: none when it is not known.
func year(y int) *int {
	if y == 0 {
		return nil
	}
	return &y
}

// CriterionRows are the criteria of every submission, in file order and rubric order.
func CriterionRows(subs []Submission) []CriterionRow {
	var out []CriterionRow
	for _, s := range subs {
		r := s.Result
		for _, q := range r.Questions {
			out = append(out, CriterionRow{
				File: s.File, City: r.City, Country: r.Country, Year: year(r.Year),
				RubricID: r.RubricID, RubricVersion: r.RubricVersion,
				Practice: q.Practice, Criterion: q.ID, Answer: q.Answer.String(),
				Points: q.Points, Earned: q.Earned, Counted: q.Reason == scoring.Counted,
				Reason: string(q.Reason), EvidenceGiven: q.Evidence != "",
			})
		}
	}
	return out
}

// OutcomeRows are the outcome metrics of every submission, in file order and the order each
// file gives them.
func OutcomeRows(subs []Submission) []OutcomeRow {
	var out []OutcomeRow
	for _, s := range subs {
		r := s.Result
		for _, m := range r.Outcomes {
			out = append(out, OutcomeRow{
				File: s.File, City: r.City, Country: r.Country, Year: year(r.Year),
				RubricID: r.RubricID, RubricVersion: r.RubricVersion,
				Metric: m.Metric.Name, Unit: m.Metric.Unit, Direction: m.Metric.Direction.String(),
				BaselineYear: year(m.Metric.BaselineYear), Baseline: m.Metric.Baseline,
				CurrentYear: year(m.Metric.CurrentYear), Current: m.Metric.Current,
				Counted: m.Counted(), Reason: string(m.Reason), EvidenceGiven: m.Metric.Evidence != "",
			})
		}
	}
	return out
}
