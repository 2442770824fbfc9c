package trend

import (
	"fmt"
	"strings"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// panelView is a panel of cities in words: the header, a row per city and year, a row per
// year for the cohort, the share of cities meeting each criterion by year, and each city's
// criteria over the years. Nothing in it is escaped.
type panelView struct {
	render.Header
	Meta string
	// Cities heads and holds a row per city and year: city, country, year, tier, share, met,
	// outcome metrics and the tier change since the city's previous year.
	LCities     string
	CityHeaders []string
	CityRows    [][]string
	// ByYear heads and holds a row per year: year, cities, a column per tier, median share,
	// moved up, moved down.
	LByYear     string
	YearHeaders []string
	YearRows    [][]string
	// Criteria heads and holds a row per criterion of the panel's rubric: ID, then its met
	// rate in each year; OtherRubric says which results it leaves out.
	LCriteria       string
	CriteriaHeaders []string
	CriteriaRows    [][]string
	OtherRubric     string
	LHistory        string
	Cities          []panelCity
	L               render.Labels
	LTitle          string
	// LFirstMet and LChanges head the history's columns.
	LFirstMet, LChanges string
}

// panelCity is one city of the panel: its heading, its path and its criteria's history.
type panelCity struct {
	Name    string
	Path    *scoring.CityPath
	History []historyRow
	Never   string
	// L, LFirstMet and LChanges are the panel's, for the history template.
	L                   render.Labels
	LFirstMet, LChanges string
}

// panelColumns are the columns of a city row before the figures: city, country, year.
const panelColumns = 3

func newPanelView(in Input) *panelView {
	c, r, p := in.Cat, in.Rubric, in.Panel
	v := &panelView{L: render.NewLabels(c), LTitle: c.T("trend.panel_title"), LCities: c.T("trend.panel_cities"),
		LByYear: c.T("trend.panel_by_year"), LCriteria: c.T("trend.panel_criteria"), LHistory: c.T("trend.panel_history"),
		LFirstMet: c.T("trend.col.first_met"), LChanges: c.T("trend.col.changes")}
	first, last := p.Years[0].Year, p.Years[len(p.Years)-1].Year
	heading := c.T("trend.panel_heading", msg.Args{"Count": len(p.Cities), "Years": years(c, first, last)})
	rubrics := []render.RubricDoc{{ID: p.Rubric.ID, Version: p.Rubric.Version}}
	var others []string
	otherCount := 0
	for _, u := range p.Rubrics[1:] {
		rubrics = append(rubrics, render.RubricDoc{ID: u.ID, Version: u.Version})
		others = append(others, render.RubricText(c, render.RubricDoc{ID: u.ID, Version: u.Version}))
		otherCount += u.Results
	}
	v.Header = render.NewHeader(c, heading, "", "", rubrics, in.Date)
	v.Meta = v.Header.Meta(v.LTitle)
	if otherCount > 0 {
		v.OtherRubric = c.T("trend.other_rubric", msg.Args{"Count": otherCount, "Rubrics": strings.Join(others, "; ")})
	}
	l := v.L
	v.CityHeaders = []string{c.T("batch.col.city"), c.T("batch.col.country"), c.T("batch.col.year"), l.Tier, l.Percent, l.Met, l.Outcomes, c.T("trend.col.change")}
	for i := range p.Cities {
		city := &p.Cities[i]
		name := cityName(in, city)
		for k, res := range city.Results {
			v.CityRows = append(v.CityRows, []string{name, render.Line(city.Country), fmt.Sprint(res.Year), render.TierName(r, c, res.Tier),
				c.Percent(res.Percent()), fmt.Sprintf("%d/%d", res.Met, res.Total), fmt.Sprint(res.OutcomesCounted), tierChange(in, city.Results, k)})
		}
		pc := panelCity{Name: render.Place(c, render.Line(city.City), render.Line(city.Country), ""), Path: city, L: l, LFirstMet: v.LFirstMet, LChanges: v.LChanges}
		pc.History, pc.Never = historyRows(c, r, city.History)
		v.Cities = append(v.Cities, pc)
	}
	v.YearHeaders = []string{c.T("batch.col.year"), c.T("trend.col.cities")}
	for _, t := range panelTiers(in) {
		v.YearHeaders = append(v.YearHeaders, render.TierName(r, c, t))
	}
	v.YearHeaders = append(v.YearHeaders, c.T("trend.col.median"), c.T("trend.col.up"), c.T("trend.col.down"))
	v.CriteriaHeaders = []string{l.ID}
	for _, y := range p.Years {
		row := []string{fmt.Sprint(y.Year), fmt.Sprint(y.Cities)}
		for _, t := range panelTiers(in) {
			row = append(row, fmt.Sprint(y.Tiers[t]))
		}
		v.YearRows = append(v.YearRows, append(row, c.Percent(y.Median), fmt.Sprint(y.Up), fmt.Sprint(y.Down)))
		v.CriteriaHeaders = append(v.CriteriaHeaders, fmt.Sprint(y.Year))
	}
	v.CriteriaRows = criteriaRows(in)
	return v
}

// cityName is a city's name in a table: the name given, or that it is not named.
func cityName(in Input, city *scoring.CityPath) string {
	if strings.TrimSpace(city.City) == "" {
		return in.Cat.T("summary.unnamed_city")
	}
	return render.Line(city.City)
}

// panelTiers are the tier IDs from none up, the columns of the cohort by year.
func panelTiers(in Input) []string {
	return append([]string{scoring.TierNone}, in.Rubric.TierIDs()...)
}

// tierChange says how the tier of the k-th year of a city's results moved since its previous
// year in the panel.
func tierChange(in Input, results []*scoring.Result, k int) string {
	c := in.Cat
	if k == 0 {
		return c.T("trend.change.first")
	}
	before, now := scoring.TierRank(in.Rubric.Tiers, results[k-1].Tier), scoring.TierRank(in.Rubric.Tiers, results[k].Tier)
	switch {
	case now > before:
		return c.T("trend.change.up")
	case now < before:
		return c.T("trend.change.down")
	}
	return c.T("trend.change.same")
}

// criteriaRows are the criteria of the panel's rubric, each with its met rate in each year
// (a dash for a year with no result scored against that rubric).
func criteriaRows(in Input) [][]string {
	p, c := in.Panel, in.Cat
	if len(p.Years) == 0 {
		return nil
	}
	var rows [][]string
	for k, cr := range p.Years[0].Criteria {
		row := []string{cr.ID}
		for _, y := range p.Years {
			if k >= len(y.Criteria) || y.Criteria[k].Of == 0 {
				row = append(row, "—")
				continue
			}
			row = append(row, c.Percent(y.Criteria[k].Rate()))
		}
		rows = append(rows, row)
	}
	return rows
}
