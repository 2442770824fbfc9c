package trend

import (
	"io"

	"github.com/citydatakit/wwc/internal/wwcmark"
	"github.com/citydatakit/wwc/scoring/report/render"
)

type jsonWriter struct{}

// Doc is a city's trend as JSON (wwc-trend/1): a row per year and the year each criterion
// was first met (null: never).
type Doc struct {
	Format   string          `json:"format"`
	City     string          `json:"city"`
	Years    []YearDoc       `json:"years"`
	FirstMet map[string]*int `json:"first_met"`
}

// YearDoc is one year of a trend.
type YearDoc struct {
	Year      int                `json:"year"`
	Rubric    render.RubricDoc   `json:"rubric"`
	Tier      string             `json:"tier"`
	Met       int                `json:"met"`
	Total     int                `json:"total"`
	Percent   float64            `json:"percent"`
	Outcomes  int                `json:"outcomes_counted"`
	Practices map[string]float64 `json:"practices"`
}

// Write writes the trend document (wwc-trend/1).
func (jsonWriter) Write(w io.Writer, in Input) error {
	t := in.T
	d := Doc{Format: wwcmark.TrendFormat, City: t.Results[len(t.Results)-1].City, FirstMet: map[string]*int{}}
	for _, r := range t.Results {
		y := YearDoc{Year: r.Year, Rubric: render.RubricDoc{ID: r.RubricID, Version: r.RubricVersion}, Tier: r.Tier, Met: r.Met, Total: r.Total,
			Percent: r.Percent(), Outcomes: r.OutcomesCounted, Practices: map[string]float64{}}
		for _, p := range r.Practices {
			y.Practices[p.ID] = p.Percent()
		}
		d.Years = append(d.Years, y)
	}
	for _, fm := range t.FirstMet {
		if fm.Year == 0 {
			d.FirstMet[fm.ID] = nil
		} else {
			year := fm.Year
			d.FirstMet[fm.ID] = &year
		}
	}
	return render.WriteJSON(w, d)
}
