package trend

import (
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// PanelDoc is many cities over many years in the trend document: the rubric most results
// were scored against and every one used, each city's path, and the cohort by year.
type PanelDoc struct {
	Rubric  render.RubricDoc `json:"rubric"`
	Rubrics []RubricUseDoc   `json:"rubrics"`
	Cities  []*CityDoc       `json:"cities"`
	ByYear  []CohortYearDoc  `json:"by_year"`
}

// RubricUseDoc is a rubric and how many results were scored against it.
type RubricUseDoc struct {
	ID      string `json:"id"`
	Version string `json:"version"`
	Results int    `json:"results"`
}

// CohortYearDoc is the cohort of one year.
type CohortYearDoc struct {
	Year          int                `json:"year"`
	Cities        int                `json:"cities"`
	Tiers         map[string]int     `json:"tiers"`
	MedianPercent float64            `json:"median_percent"`
	MovedUp       int                `json:"moved_up"`
	MovedDown     int                `json:"moved_down"`
	SameTier      int                `json:"same_tier"`
	FirstYear     int                `json:"first_year"`
	OtherRubric   int                `json:"other_rubric"`
	Criteria      map[string]RateDoc `json:"criteria"`
}

// RateDoc is how many of the results counted meet a criterion.
type RateDoc struct {
	Met int `json:"met"`
	Of  int `json:"of"`
}

// panelDoc is the panel as JSON; every tier has a count in every year, zero included.
func panelDoc(p *scoring.Panel, tiers []string) *PanelDoc {
	d := &PanelDoc{Rubric: render.RubricDoc{ID: p.Rubric.ID, Version: p.Rubric.Version}, Cities: []*CityDoc{}, ByYear: []CohortYearDoc{}}
	for _, u := range p.Rubrics {
		d.Rubrics = append(d.Rubrics, RubricUseDoc{ID: u.ID, Version: u.Version, Results: u.Results})
	}
	for i := range p.Cities {
		d.Cities = append(d.Cities, cityDoc(p.Cities[i].Trend, p.Cities[i].Country))
	}
	for _, y := range p.Years {
		yd := CohortYearDoc{Year: y.Year, Cities: y.Cities, Tiers: map[string]int{}, MedianPercent: y.Median, MovedUp: y.Up, MovedDown: y.Down,
			SameTier: y.Same, FirstYear: y.New, OtherRubric: y.OtherRubric, Criteria: map[string]RateDoc{}}
		for _, t := range tiers {
			yd.Tiers[t] = y.Tiers[t]
		}
		for t, n := range y.Tiers {
			yd.Tiers[t] = n
		}
		for _, c := range y.Criteria {
			yd.Criteria[c.ID] = RateDoc{Met: c.Met, Of: c.Of}
		}
		d.ByYear = append(d.ByYear, yd)
	}
	return d
}
