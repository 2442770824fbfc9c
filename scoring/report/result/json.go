package result

import (
	"io"

	"github.com/citydatakit/wwc/internal/wwcmark"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// ResultFormat is the format tag of the JSON result document.
const ResultFormat = wwcmark.ResultFormat

// ResultDoc is the documented, versioned JSON result (wwc-result/1). It is built from a Result
// rather than being one, so that the file stays stable while the code changes.
type ResultDoc struct {
	Format          string             `json:"format"`
	City            string             `json:"city"`
	Country         string             `json:"country"`
	Year            int                `json:"year"`
	Rubric          render.RubricDoc   `json:"rubric"`
	Lang            string             `json:"lang"`
	RequireEvidence bool               `json:"require_evidence"`
	Met             int                `json:"met"`
	Total           int                `json:"total"`
	Percent         float64            `json:"percent"`
	Tier            string             `json:"tier"`
	TierByCriteria  string             `json:"tier_by_criteria"`
	CappedBy        string             `json:"capped_by,omitempty"`
	Outcomes        OutcomesDoc        `json:"outcomes"`
	Practices       []PracticeDoc      `json:"practices"`
	Questions       []QuestionDoc      `json:"questions"`
	Unanswered      []string           `json:"unanswered"`
	NextTier        *NextTierDoc       `json:"next_tier"`
	WhatIf          *WhatIfDoc         `json:"what_if,omitempty"`
	Validation      *ValidationDoc     `json:"validation,omitempty"`
	Notices         []render.NoticeDoc `json:"notices,omitempty"`
}

// WhatIfDoc is the result as if some criteria were met (wwc score --what-if).
type WhatIfDoc struct {
	Criteria []string `json:"criteria"`
	Met      int      `json:"met"`
	Percent  float64  `json:"percent"`
	Tier     string   `json:"tier"`
	// AlreadyMet are the planned criteria that already count.
	AlreadyMet []string `json:"already_met"`
	// HeldFrom is the tier the planned share alone reaches when the outcome metrics hold the
	// tier below it (null when they do not); OutcomesNeeded is how many more metrics showing
	// progress that tier needs.
	HeldFrom       *string `json:"held_from"`
	OutcomesNeeded int     `json:"outcomes_needed"`
}

// OutcomesDoc summarizes the resident-outcome metrics.
type OutcomesDoc struct {
	Given   int         `json:"given"`
	Counted int         `json:"counted"`
	Metrics []MetricDoc `json:"metrics"`
}

// MetricDoc is one outcome metric and whether it counts.
type MetricDoc struct {
	Name         string   `json:"name"`
	Unit         string   `json:"unit,omitempty"`
	Direction    string   `json:"direction"`
	BaselineYear int      `json:"baseline_year,omitempty"`
	Baseline     *float64 `json:"baseline"`
	CurrentYear  int      `json:"current_year,omitempty"`
	Current      *float64 `json:"current"`
	Evidence     string   `json:"evidence,omitempty"`
	Counted      bool     `json:"counted"`
	Reason       string   `json:"reason,omitempty"`
}

// PracticeDoc is one practice's score.
type PracticeDoc struct {
	ID      string  `json:"id"`
	Name    string  `json:"name"`
	Met     int     `json:"met"`
	Total   int     `json:"total"`
	Percent float64 `json:"percent"`
}

// QuestionDoc is one criterion's outcome.
type QuestionDoc struct {
	ID            string        `json:"id"`
	Practice      string        `json:"practice"`
	Title         string        `json:"title"`
	Answer        string        `json:"answer"`
	Points        int           `json:"points"`
	Counted       bool          `json:"counted"`
	Reason        string        `json:"reason,omitempty"`
	MissingPrereq []string      `json:"missing_prerequisites,omitempty"`
	Checklist     *ChecklistDoc `json:"checklist,omitempty"`
	Evidence      string        `json:"evidence,omitempty"`
	Notes         string        `json:"notes,omitempty"`
}

// ChecklistDoc counts a checklist criterion's items.
type ChecklistDoc struct {
	Met    int `json:"met"`
	Needed int `json:"needed"`
}

// NextTierDoc is the plan for the tier above.
type NextTierDoc struct {
	Tier           string          `json:"tier"`
	CriteriaNeeded int             `json:"criteria_needed"`
	OutcomesNeeded int             `json:"outcomes_needed"`
	Suggested      []SuggestionDoc `json:"suggested"`
}

// SuggestionDoc is a criterion suggested for the next tier.
type SuggestionDoc struct {
	ID       string   `json:"id"`
	Practice string   `json:"practice"`
	Why      string   `json:"why"`
	Unlocks  []string `json:"unlocks,omitempty"`
}

// NewResultDoc builds the JSON document of a result; names and titles are in the catalog's
// language.
func NewResultDoc(in Input) ResultDoc {
	res, c, r := in.Result, in.Cat, in.Rubric
	d := ResultDoc{
		Format: ResultFormat, City: res.City, Country: res.Country, Year: res.Year,
		Rubric: render.RubricDoc{ID: res.RubricID, Version: res.RubricVersion}, Lang: c.Lang(),
		RequireEvidence: res.RequireEvidence,
		Met:             res.Met, Total: res.Total, Percent: res.Percent(),
		Tier: res.Tier, TierByCriteria: res.PercentTier,
		Outcomes:   OutcomesDoc{Given: len(res.Outcomes), Counted: res.OutcomesCounted, Metrics: []MetricDoc{}},
		Unanswered: append([]string{}, res.Unanswered...),
	}
	if res.Capped() {
		d.CappedBy = "outcomes"
	}
	for _, m := range res.Outcomes {
		d.Outcomes.Metrics = append(d.Outcomes.Metrics, MetricDoc{
			Name: m.Metric.Name, Unit: m.Metric.Unit, Direction: m.Metric.Direction.String(),
			BaselineYear: m.Metric.BaselineYear, Baseline: m.Metric.Baseline,
			CurrentYear: m.Metric.CurrentYear, Current: m.Metric.Current,
			Evidence: m.Metric.Evidence, Counted: m.Counted(), Reason: string(m.Reason),
		})
	}
	for _, p := range res.Practices {
		d.Practices = append(d.Practices, PracticeDoc{ID: p.ID, Name: render.PracticeName(r, c, p.ID), Met: p.Met, Total: p.Total, Percent: p.Percent()})
	}
	for _, q := range res.Questions {
		qd := QuestionDoc{
			ID: q.ID, Practice: q.Practice, Title: render.QuestionTitle(r, c, q.ID), Answer: q.Answer.String(),
			Points: q.Points, Counted: q.Counted(), Reason: string(q.Reason), MissingPrereq: q.Missing,
			Evidence: q.Evidence, Notes: q.Notes,
		}
		if q.ItemsNeeded > 0 {
			qd.Checklist = &ChecklistDoc{Met: q.ItemsMet, Needed: q.ItemsNeeded}
		}
		d.Questions = append(d.Questions, qd)
	}
	d.Notices = render.NoticeDocs(c, res.Notices)
	if wi := in.WhatIf; wi != nil {
		d.WhatIf = &WhatIfDoc{Criteria: wi.IDs, Met: wi.After.Met, Percent: wi.After.Percent(), Tier: wi.After.Tier,
			AlreadyMet: wi.AlreadyMet, OutcomesNeeded: wi.OutcomesNeeded}
		if d.WhatIf.AlreadyMet == nil {
			d.WhatIf.AlreadyMet = []string{}
		}
		if wi.HeldFrom != "" {
			d.WhatIf.HeldFrom = &wi.HeldFrom
		}
	}
	d.Validation = newValidationDoc(in)
	if nt := res.Next; nt != nil {
		nd := &NextTierDoc{Tier: nt.Tier, CriteriaNeeded: nt.PointsNeeded, OutcomesNeeded: nt.OutcomesNeeded, Suggested: []SuggestionDoc{}}
		for _, s := range nt.Suggested {
			nd.Suggested = append(nd.Suggested, SuggestionDoc{ID: s.ID, Practice: s.Practice, Why: string(s.Why), Unlocks: s.Unlocks})
		}
		d.NextTier = nd
	}
	return d
}

// jsonWriter writes the wwc-result/1 document.
type jsonWriter struct{}

// Write encodes the result document, indented, with no HTML escaping.
func (jsonWriter) Write(w io.Writer, in Input) error {
	return render.WriteJSON(w, NewResultDoc(in))
}
