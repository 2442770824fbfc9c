package agreement

import (
	"io"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

type jsonWriter struct{}

// Scale names the scale kappa_band reads kappa on.
const Scale = "Landis and Koch (1977)"

// Doc is a comparison of two reviews as JSON (wwc-review-compare/1). The figures at the top
// are over the criteria both reviewed; agreement and kappa are null when they have no value,
// kappa_undefined saying why.
type Doc struct {
	Format         string        `json:"format"`
	Submission     SubmissionDoc `json:"submission"`
	Reviewers      []ReviewerDoc `json:"reviewers"`
	ReviewedByBoth int           `json:"reviewed_by_both"`
	Agreed         int           `json:"agreed"`
	Agreement      *float64      `json:"agreement"`
	Kappa          *float64      `json:"kappa"`
	KappaUndefined string        `json:"kappa_undefined,omitempty"`
	KappaBand      string        `json:"kappa_band,omitempty"`
	KappaScale     string        `json:"kappa_scale"`
	OnlyA          []string      `json:"only_a"`
	OnlyB          []string      `json:"only_b"`
	Differences    []DifferDoc   `json:"differences"`
	Metrics        MetricsDoc    `json:"metrics"`
}

// SubmissionDoc is the submission both reviews are of.
type SubmissionDoc struct {
	File    string           `json:"file"`
	City    string           `json:"city"`
	Country string           `json:"country"`
	Year    int              `json:"year"`
	Rubric  render.RubricDoc `json:"rubric"`
	SHA256  string           `json:"sha256"`
}

// ReviewerDoc is one review: its reviewer and file.
type ReviewerDoc struct {
	Name string `json:"name"`
	File string `json:"file"`
}

// DifferDoc is a claim the reviewers decided differently: a criterion's ID or a metric's name.
type DifferDoc struct {
	ID   string      `json:"id,omitempty"`
	Name string      `json:"name,omitempty"`
	A    DecisionDoc `json:"a"`
	B    DecisionDoc `json:"b"`
}

// DecisionDoc is one reviewer's decision on a claim.
type DecisionDoc struct {
	Decision string `json:"decision"`
	Comment  string `json:"comment,omitempty"`
	Date     string `json:"date,omitempty"`
}

// MetricsDoc is the agreement over the resident-outcome metrics both reviewed.
type MetricsDoc struct {
	ReviewedByBoth int         `json:"reviewed_by_both"`
	Agreed         int         `json:"agreed"`
	Agreement      *float64    `json:"agreement"`
	Differences    []DifferDoc `json:"differences"`
}

// Write writes the comparison document (wwc-review-compare/1).
func (jsonWriter) Write(w io.Writer, in Input) error {
	s, g := in.A.Submission, in.Criteria
	d := Doc{Format: Format, KappaScale: Scale,
		Submission: SubmissionDoc{File: s.File, City: s.City, Country: s.Country, Year: s.Year,
			Rubric: render.RubricDoc{ID: s.Rubric.ID, Version: s.Rubric.Version}, SHA256: s.SHA256},
		Reviewers:      []ReviewerDoc{{in.A.Reviewer, in.Files[0]}, {in.B.Reviewer, in.Files[1]}},
		ReviewedByBoth: g.Both, Agreed: g.Same, Agreement: percent(g),
		Differences: differences(g.Differ, in.A.Criteria, in.B.Criteria, true)}
	if g.Undefined == "" {
		k := g.Kappa
		d.Kappa, d.KappaBand = &k, scoring.KappaBand(k)
	} else {
		d.KappaUndefined = string(g.Undefined)
	}
	only := onlyOne(in)
	d.OnlyA, d.OnlyB = nonNil(only[0]), nonNil(only[1])
	m := in.Metrics
	d.Metrics = MetricsDoc{ReviewedByBoth: m.Both, Agreed: m.Same, Agreement: percent(m),
		Differences: differences(m.Differ, in.A.Metrics, in.B.Metrics, false)}
	return render.WriteJSON(w, d)
}

func percent(g scoring.Agreement) *float64 {
	if g.Both == 0 {
		return nil
	}
	p := g.Percent
	return &p
}

func differences(keys []string, a, b map[string]assessment.ReviewItem, criteria bool) []DifferDoc {
	out := []DifferDoc{}
	for _, k := range keys {
		dd := DifferDoc{A: decisionDoc(a[k]), B: decisionDoc(b[k])}
		if criteria {
			dd.ID = k
		} else {
			dd.Name = k
		}
		out = append(out, dd)
	}
	return out
}

func decisionDoc(it assessment.ReviewItem) DecisionDoc {
	return DecisionDoc{Decision: it.Decision.String(), Comment: it.Comment, Date: it.Date}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
