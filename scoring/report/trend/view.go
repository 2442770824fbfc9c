package trend

import (
	"fmt"

	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// view is a city's trend as a header, a table with a row per year, and the history of each
// criterion. Nothing in it is escaped.
type view struct {
	render.Header
	Meta    string
	Headers []string
	Rows    [][]string
	History []historyRow
	Never   string
	L       render.Labels
	LFirst  string
	LTitle  string
	// LFirstMet and LChanges head the history's columns.
	LFirstMet, LChanges string
}

func newView(in Input) *view {
	c, r, t := in.Cat, in.Rubric, in.T
	v := &view{L: render.NewLabels(c), LFirst: c.T("trend.first_met"), LTitle: c.T("trend.title"),
		LFirstMet: c.T("trend.col.first_met"), LChanges: c.T("trend.col.changes")}
	last := t.Results[len(t.Results)-1]
	v.Header = header(in, t.Results, last.City, countryOf(t.Results))
	v.Meta = v.Header.Meta(v.LTitle)
	v.Headers, v.Rows = yearRows(in, t.Results)
	v.History, v.Never = historyRows(c, r, t.History)
	return v
}

// yearRows is the table of a city's years: year, tier, share, criteria met, outcome metrics
// and each practice of the newest year (a dash for a year without it).
func yearRows(in Input, results []*scoring.Result) (headers []string, rows [][]string) {
	c, r, l := in.Cat, in.Rubric, render.NewLabels(in.Cat)
	last := results[len(results)-1]
	headers = []string{c.T("batch.col.year"), l.Tier, l.Percent, l.Met, l.Outcomes}
	for _, p := range last.Practices {
		headers = append(headers, p.ID)
	}
	for _, res := range results {
		row := []string{fmt.Sprint(res.Year), render.TierName(r, c, res.Tier), c.Percent(res.Percent()), fmt.Sprintf("%d/%d", res.Met, res.Total), fmt.Sprint(res.OutcomesCounted)}
		byID := map[string]scoring.PracticeResult{}
		for _, p := range res.Practices {
			byID[p.ID] = p
		}
		for _, p := range last.Practices {
			if q, ok := byID[p.ID]; ok {
				row = append(row, c.Percent(q.Percent()))
			} else {
				row = append(row, "—")
			}
		}
		rows = append(rows, row)
	}
	return headers, rows
}
