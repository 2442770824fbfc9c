package benchmark

import (
	"io"

	"github.com/citydatakit/wwc/scoring/report/render"
)

type textWriter struct{}

// nameFloor is the narrowest the practice column gets on a narrow terminal.
const nameFloor = 16

// Write writes the benchmark for the terminal, fitted to in.Width.
func (textWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	width := render.Width(in.Width)
	d := &render.Doc{}
	p := d.P
	p("%s · %s", v.Title, v.Heading)
	p("%s", v.Meta)
	p("%s", v.Disclaimer)
	p("")
	p("%s", v.Standing)
	p("%s", v.Cohort)
	for _, n := range v.Notes {
		p("%s", n)
	}
	p("")
	p("%s", v.LPractices)
	d.Raw(practiceTable(v).Render(width))
	p("%s", v.PercentileNote)
	p("")
	p("%s", v.LSteps)
	for _, s := range v.Steps {
		mark := ""
		if s.InPlan {
			mark = " ★"
		}
		p("  %s%s", s.Text, mark)
	}
	if v.NoSteps != "" {
		p("  %s", v.NoSteps)
	}
	if v.PlanNote != "" {
		p("%s", v.PlanNote)
	}
	p("")
	p("%s", v.LLeads)
	for _, l := range v.Leads {
		p("  %s", l)
	}
	if v.NoLeads != "" {
		p("  %s", v.NoLeads)
	}
	return d.FlushFitted(w, width)
}

// practiceTable is the overall share and each practice: the ID and name, then the figures.
func practiceTable(v *view) render.Table {
	cols := []render.Column{
		{Header: v.L.ID},
		{Header: v.L.Practice, Floor: nameFloor},
		{Header: v.LCity, Right: true},
		{Header: v.LMedian, Right: true},
		{Header: v.LMiddle, Right: true},
		{Header: v.LPercentile, Right: true},
	}
	for _, r := range v.Rows {
		for i, cell := range []string{r.ID, r.Name, r.City, r.Median, r.Middle, r.Percentile} {
			cols[i].Cells = append(cols[i].Cells, cell)
		}
	}
	return render.Table{Indent: "  ", Columns: cols}
}
