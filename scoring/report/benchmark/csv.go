package benchmark

import (
	"fmt"
	"io"

	"github.com/citydatakit/wwc/scoring/report/render"
)

type csvWriter struct{}

// Write writes one row for the overall share, one per practice and one per criterion, in the
// CSV dialect of the language: a practice row fills the share columns, a criterion row the
// rate columns.
func (csvWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	c, r, b, l := in.Cat, in.Rubric, in.B, v.L
	header := []string{l.ID, l.Practice, l.Criterion, v.LCity, v.LMedian, c.T("benchmark.col.q1"), c.T("benchmark.col.q3"), v.LPercentile,
		l.Met, c.T("benchmark.col.of"), v.LRate, c.T("benchmark.col.step"), v.LInPlan, c.T("benchmark.col.leads")}
	var rows [][]string
	yes := l.YesNo
	for i, rw := range v.Rows {
		s := rw.s
		out := []string{rw.ID, rw.Name, "", rw.City, rw.Median, "—", "—", rw.Percentile, "", "", "", "", "", ""}
		if len(s.Cohort) > 0 {
			out[5], out[6] = c.Percent(s.Q1), c.Percent(s.Q3)
		}
		if i > 0 {
			out[13] = yes(s.AboveQ3)
		}
		rows = append(rows, out)
	}
	for _, q := range b.Criteria {
		out := []string{q.ID, render.PracticeName(r, c, q.Practice), render.QuestionTitle(r, c, q.ID), yes(q.CityMeets), "", "", "", "",
			fmt.Sprint(q.Met), fmt.Sprint(q.Of), "—", yes(!q.CityMeets && (q.Common || q.InPlan)), yes(q.InPlan), yes(q.CityMeets && q.Rare)}
		if q.Of > 0 {
			out[10] = c.Percent(q.Rate())
		}
		rows = append(rows, out)
	}
	return render.WriteCSV(w, c, header, rows)
}
