package benchmark

import (
	"io"

	"github.com/citydatakit/wwc/scoring/report/render"
)

type markdownWriter struct{}

// Write writes the benchmark as Markdown: the practices as a table, the steps and leads as
// lists.
func (markdownWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	d := render.MarkdownDoc(v.Title + " · " + v.Heading)
	p, md := d.P, render.MD
	p("%s", md(v.Meta))
	p("")
	p("> %s", md(v.Disclaimer))
	p("")
	p("%s", md(v.Standing))
	p("")
	p("%s", md(v.Cohort))
	for _, n := range v.Notes {
		p("")
		p("%s", md(n))
	}
	p("")
	p("## %s", md(v.LPractices))
	p("")
	var rows [][]string
	for _, r := range v.Rows {
		rows = append(rows, []string{r.ID, r.Name, r.City, r.Median, r.Middle, r.Percentile})
	}
	d.MDTable([]string{v.L.ID, v.L.Practice, v.LCity, v.LMedian, v.LMiddle, v.LPercentile}, rows)
	p("")
	p("%s", md(v.PercentileNote))
	p("")
	p("## %s", md(v.LSteps))
	p("")
	for _, s := range v.Steps {
		mark := ""
		if s.InPlan {
			mark = " ★"
		}
		p("- %s%s", md(s.Text), mark)
	}
	if v.NoSteps != "" {
		p("%s", md(v.NoSteps))
	}
	if v.PlanNote != "" {
		p("")
		p("%s", md(v.PlanNote))
	}
	p("")
	p("## %s", md(v.LLeads))
	p("")
	for _, l := range v.Leads {
		p("- %s", md(l))
	}
	if v.NoLeads != "" {
		p("%s", md(v.NoLeads))
	}
	return d.Flush(w)
}
