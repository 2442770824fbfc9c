package benchmark

import (
	"io"

	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

type jsonWriter struct{}

// Doc is a city among its peers as JSON (wwc-benchmark/1). Shares and rates are percents,
// not rounded for display; percentile ranks are mid-ranks from 0 to 100.
type Doc struct {
	Format    string           `json:"format"`
	City      string           `json:"city"`
	Country   string           `json:"country"`
	Year      int              `json:"year"`
	Rubric    render.RubricDoc `json:"rubric"`
	Lang      string           `json:"lang"`
	Date      string           `json:"date,omitempty"`
	Tier      string           `json:"tier"`
	Cohort    CohortDoc        `json:"cohort"`
	Overall   StandingDoc      `json:"overall"`
	Practices []PracticeDoc    `json:"practices"`
	Criteria  []CriterionDoc   `json:"criteria"`
	// NextTier is the tier the plan leads to, null at the top.
	NextTier *string `json:"next_tier"`
	// Steps, Leads and Rare list IDs: the next steps most met first, the practices above
	// the cohort's third quartile, the criteria met that few meet.
	Steps []string `json:"steps"`
	Leads []string `json:"leads"`
	Rare  []string `json:"rare"`
}

// CohortDoc says what the cohort counted and what it left out.
type CohortDoc struct {
	Peers         int      `json:"peers"`
	CriteriaPeers int      `json:"criteria_peers"`
	Self          []string `json:"self"`
	Repeats       []string `json:"repeats"`
	OtherRubric   []string `json:"other_rubric"`
}

// StandingDoc is the city's share beside the cohort's.
type StandingDoc struct {
	City       float64   `json:"city"`
	Q1         *float64  `json:"q1"`
	Median     *float64  `json:"median"`
	Q3         *float64  `json:"q3"`
	Percentile *float64  `json:"percentile"`
	Cohort     []float64 `json:"cohort"`
}

// PracticeDoc is one practice's standing.
type PracticeDoc struct {
	ID string `json:"id"`
	StandingDoc
}

// CriterionDoc is one criterion among the peers of the city's rubric.
type CriterionDoc struct {
	ID        string   `json:"id"`
	Practice  string   `json:"practice"`
	CityMeets bool     `json:"city_meets"`
	Met       int      `json:"met"`
	Of        int      `json:"of"`
	Rate      *float64 `json:"rate"`
	Common    bool     `json:"common"`
	Rare      bool     `json:"rare"`
	InPlan    bool     `json:"in_plan"`
}

func standingDoc(s scoring.Standing) StandingDoc {
	d := StandingDoc{City: s.City, Cohort: append([]float64{}, s.Cohort...)}
	if len(s.Cohort) > 0 {
		q1, med, q3, pct := s.Q1, s.Median, s.Q3, s.Percentile
		d.Q1, d.Median, d.Q3, d.Percentile = &q1, &med, &q3, &pct
	}
	return d
}

// Write writes the benchmark document (wwc-benchmark/1).
func (jsonWriter) Write(w io.Writer, in Input) error {
	b, res := in.B, in.City
	d := Doc{Format: Format, City: res.City, Country: res.Country, Year: res.Year,
		Rubric: render.RubricDoc{ID: res.RubricID, Version: res.RubricVersion}, Lang: in.Cat.Lang(), Tier: res.Tier,
		Cohort:  CohortDoc{Peers: b.Peers, CriteriaPeers: b.CriteriaPeers, Self: nonNil(b.Self), Repeats: nonNil(b.Repeats), OtherRubric: nonNil(b.OtherRubric)},
		Overall: standingDoc(b.Overall), Practices: []PracticeDoc{}, Criteria: []CriterionDoc{},
		Steps: []string{}, Leads: []string{}, Rare: []string{}}
	if !in.Date.IsZero() {
		d.Date = in.Date.Format("2006-01-02")
	}
	if b.NextTier != "" {
		t := b.NextTier
		d.NextTier = &t
	}
	for _, p := range b.Practices {
		d.Practices = append(d.Practices, PracticeDoc{ID: p.ID, StandingDoc: standingDoc(p.Standing)})
	}
	for _, q := range b.Criteria {
		cd := CriterionDoc{ID: q.ID, Practice: q.Practice, CityMeets: q.CityMeets, Met: q.Met, Of: q.Of, Common: q.Common, Rare: q.Rare, InPlan: q.InPlan}
		if q.Of > 0 {
			rate := q.Rate()
			cd.Rate = &rate
		}
		d.Criteria = append(d.Criteria, cd)
	}
	for _, s := range b.Steps {
		d.Steps = append(d.Steps, s.ID)
	}
	for _, p := range b.Leads {
		d.Leads = append(d.Leads, p.ID)
	}
	for _, q := range b.Rare {
		d.Rare = append(d.Rare, q.ID)
	}
	return render.WriteJSON(w, d)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
