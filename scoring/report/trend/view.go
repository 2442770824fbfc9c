package trend

import (
	"fmt"
	"strings"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// view is the trend as a table: a header and one row per year, plus first-met years.
type view struct {
	Heading  string
	Headers  []string
	Rows     [][]string
	FirstMet [][2]string // ID and title, year
	Never    string
	L        render.Labels
	LFirst   string
	LTitle   string
}

func newView(in Input) *view {
	c, r, t := in.Cat, in.Rubric, in.T
	v := &view{L: render.NewLabels(c), LFirst: c.T("trend.first_met"), LTitle: c.T("trend.title")}
	last := t.Results[len(t.Results)-1]
	v.Heading = c.T("trend.heading", msg.Args{"City": last.City, "From": t.Results[0].Year, "To": last.Year})
	v.Headers = []string{c.T("batch.col.year"), v.L.Tier, v.L.Percent, v.L.Met, v.L.Outcomes}
	for _, p := range last.Practices {
		v.Headers = append(v.Headers, p.ID)
	}
	for _, res := range t.Results {
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
		v.Rows = append(v.Rows, row)
	}
	var never []string
	for _, fm := range t.FirstMet {
		if fm.Year == 0 {
			never = append(never, fm.ID)
			continue
		}
		v.FirstMet = append(v.FirstMet, [2]string{fm.ID + " " + render.QuestionTitle(r, c, fm.ID), fmt.Sprint(fm.Year)})
	}
	if len(never) > 0 {
		v.Never = c.T("trend.never", msg.Args{"IDs": strings.Join(never, ", ")})
	}
	return v
}
