package cohort

import (
	"io"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/internal/wwcmark"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

type jsonWriter struct{}

// Doc is the batch summary as JSON (wwc-batch/1).
type Doc struct {
	Format      string               `json:"format"`
	Rubric      render.RubricDoc     `json:"rubric"`
	Submissions []SubmissionDoc      `json:"submissions"`
	Scored      int                  `json:"scored"`
	Failed      int                  `json:"failed"`
	Counted     int                  `json:"counted"`
	Skipped     []SkippedDoc         `json:"skipped"`
	Tiers       map[string]int       `json:"tiers"`
	Practices   []PracticeAverageDoc `json:"practices"`
	Criteria    []CriterionRateDoc   `json:"criteria"`
	Duplicates  [][]string           `json:"duplicates"`
	// View and Reviews are written for a batch run with reviews.
	View    string      `json:"view,omitempty"`
	Reviews *ReviewsDoc `json:"reviews,omitempty"`
}

// SubmissionDoc is one row. A file that could not be read has null figures and its errors,
// one string each; a scored one has no errors. Counted is false for a city and year submitted
// again whose other submission the statistics count.
type SubmissionDoc struct {
	File            string             `json:"file"`
	City            string             `json:"city,omitempty"`
	Country         string             `json:"country,omitempty"`
	Year            int                `json:"year,omitempty"`
	Met             *int               `json:"met"`
	Total           *int               `json:"total"`
	Percent         *float64           `json:"percent"`
	Tier            string             `json:"tier,omitempty"`
	OutcomesCounted *int               `json:"outcomes_counted"`
	Unanswered      *int               `json:"unanswered"`
	Practices       map[string]float64 `json:"practices,omitempty"`
	Duplicate       bool               `json:"duplicate,omitempty"`
	Counted         *bool              `json:"counted,omitempty"`
	Notices         []render.NoticeDoc `json:"notices,omitempty"`
	Errors          []string           `json:"errors,omitempty"`
	// Reviews and Validation are written for a batch run with reviews: the review files
	// matched, and the validated figures of the one that applies.
	Reviews    []string       `json:"reviews,omitempty"`
	Validation *ValidationDoc `json:"validation,omitempty"`
}

// SkippedDoc is a file found and left out, with the reason as a stable word.
type SkippedDoc struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
}

// errorLines is each error of err as a string: a list gives one per problem.
func errorLines(c *i18n.Catalog, err error) []string {
	if list, ok := err.(msg.List); ok {
		out := make([]string, len(list))
		for i, e := range list {
			out[i] = msg.Text(c, e)
		}
		return out
	}
	return []string{msg.Text(c, err)}
}

// PracticeAverageDoc is a practice's average share over the cohort.
type PracticeAverageDoc struct {
	ID      string  `json:"id"`
	Percent float64 `json:"percent"`
}

// CriterionRateDoc is how many cities of the cohort met a criterion.
type CriterionRateDoc struct {
	ID   string  `json:"id"`
	Met  int     `json:"met"`
	Of   int     `json:"of"`
	Rate float64 `json:"rate"`
}

// Write writes the summary document.
func (jsonWriter) Write(w io.Writer, in Input) error {
	d := Doc{Format: wwcmark.SummaryFormat, Rubric: render.RubricDoc{ID: in.Rubric.ID, Version: in.Rubric.Version},
		Submissions: []SubmissionDoc{}, Counted: in.Cohort.Counted, Skipped: []SkippedDoc{}, Tiers: in.Cohort.Tiers,
		Practices: []PracticeAverageDoc{}, Criteria: []CriterionRateDoc{}, Duplicates: [][]string{}}
	for _, s := range in.Skipped {
		d.Skipped = append(d.Skipped, SkippedDoc{File: s.Path, Reason: s.Reason})
	}
	for _, s := range in.Rows {
		if s.Err != nil {
			d.Failed++
			d.Submissions = append(d.Submissions, SubmissionDoc{File: s.Path, Errors: errorLines(in.Cat, s.Err)})
			continue
		}
		d.Scored++
		b := s.Brief
		pct := b.Percent()
		sd := SubmissionDoc{File: s.Path, City: b.City, Country: b.Country, Year: b.Year, Met: &b.Met, Total: &b.Total,
			Percent: &pct, Tier: b.Tier, OutcomesCounted: &b.OutcomesCounted, Unanswered: &b.Unanswered,
			Practices: map[string]float64{}, Duplicate: s.Duplicate}
		if s.Duplicate {
			counted := !s.Dropped
			sd.Counted = &counted
		}
		for i, id := range b.PracticeIDs {
			sd.Practices[id] = b.Practices[i]
		}
		sd.Notices = render.NoticeDocs(in.Cat, b.Notices)
		if in.Reviews != nil {
			sd.Reviews, sd.Validation = s.Reviews, validationDoc(s)
		}
		d.Submissions = append(d.Submissions, sd)
	}
	for _, p := range in.Cohort.Practices {
		d.Practices = append(d.Practices, PracticeAverageDoc{ID: p.ID, Percent: p.Percent})
	}
	for _, q := range in.Cohort.Criteria {
		d.Criteria = append(d.Criteria, CriterionRateDoc{ID: q.ID, Met: q.Met, Of: q.Of, Rate: q.Rate()})
	}
	for _, g := range in.Cohort.Duplicates {
		var files []string
		for _, i := range g {
			files = append(files, in.Rows[i].Path)
		}
		d.Duplicates = append(d.Duplicates, files)
	}
	if in.Reviews != nil {
		d.View, d.Reviews = in.Cohort.View, reviewsDoc(in)
		if d.View == "" {
			d.View = scoring.ViewClaimed
		}
	}
	return render.WriteJSON(w, d)
}
