package trend

import (
	"io"

	"github.com/citydatakit/wwc/internal/wwcmark"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

type jsonWriter struct{}

// Doc is the trend document (wwc-trend/1): one city's path (city, years, first_met and
// history), or, for many cities, the panel alone.
type Doc struct {
	Format string `json:"format"`
	*CityDoc
	Panel *PanelDoc `json:"panel,omitempty"`
}

// CityDoc is one city's path: a row per year, the year each criterion was first met (null:
// never) and every change of each criterion.
type CityDoc struct {
	City     string                  `json:"city"`
	Country  string                  `json:"country,omitempty"`
	Years    []YearDoc               `json:"years"`
	FirstMet map[string]*int         `json:"first_met"`
	History  map[string][]HistoryDoc `json:"history"`
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

// HistoryDoc is one change of a criterion: the year and what happened (first_met, lost,
// regained).
type HistoryDoc struct {
	Year   int    `json:"year"`
	Change string `json:"change"`
}

// Write writes the trend document (wwc-trend/1).
func (jsonWriter) Write(w io.Writer, in Input) error {
	if in.Panel != nil {
		return render.WriteJSON(w, Doc{Format: wwcmark.TrendFormat, Panel: panelDoc(in.Panel, panelTiers(in))})
	}
	return render.WriteJSON(w, Doc{Format: wwcmark.TrendFormat, CityDoc: cityDoc(in.T, countryOf(in.T.Results))})
}

// cityDoc is a city's path as JSON.
func cityDoc(t *scoring.Trend, country string) *CityDoc {
	d := &CityDoc{City: t.Results[len(t.Results)-1].City, Country: country, FirstMet: map[string]*int{}, History: map[string][]HistoryDoc{}}
	for _, r := range t.Results {
		y := YearDoc{Year: r.Year, Rubric: render.RubricDoc{ID: r.RubricID, Version: r.RubricVersion}, Tier: r.Tier, Met: r.Met, Total: r.Total,
			Percent: r.Percent(), Outcomes: r.OutcomesCounted, Practices: map[string]float64{}}
		for _, p := range r.Practices {
			y.Practices[p.ID] = p.Percent()
		}
		d.Years = append(d.Years, y)
	}
	for _, h := range t.History {
		d.FirstMet[h.ID] = nil
		if year := h.FirstMet(); year != 0 {
			d.FirstMet[h.ID] = &year
		}
		events := []HistoryDoc{}
		for _, e := range h.Events {
			events = append(events, HistoryDoc{Year: e.Year, Change: string(e.Kind)})
		}
		d.History[h.ID] = events
	}
	return d
}
