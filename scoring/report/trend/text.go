package trend

import (
	"io"

	"github.com/citydatakit/wwc/scoring/report/render"
)

type textWriter struct{}

// tierFloor is the narrowest the tier column gets on a narrow terminal; firstPractice is the
// column of the first practice, after year, tier, share, met and outcomes.
const (
	tierFloor     = 6
	firstPractice = 5
)

// Write writes the trend for the terminal, fitted to in.Width: a table that is too wide has
// its tier names cut, then is stacked into narrower tables that each repeat the year; every
// other line is wrapped.
func (textWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	width := render.Width(in.Width)
	d := &render.Doc{}
	p := d.P
	p("%s", v.Heading)
	p("")
	d.Raw(yearTable(v).Render(width))
	p("")
	p("%s", v.LFirst)
	for _, fm := range v.FirstMet {
		p("  %s  %s", fm[1], fm[0])
	}
	if v.Never != "" {
		p("  %s", v.Never)
	}
	return d.FlushFitted(w, width)
}

// yearTable is the view's table: a row per year, its first column the year, its second the
// tier (a name, which may be cut), then figures; stacked, the practices come apart from the
// totals.
func yearTable(v *view) render.Table {
	cols := make([]render.Column, len(v.Headers))
	for i, h := range v.Headers {
		cols[i].Header = h
		for _, r := range v.Rows {
			cols[i].Cells = append(cols[i].Cells, r[i])
		}
	}
	cols[1].Floor = tierFloor
	if len(cols) > firstPractice {
		cols[firstPractice].Break = true
	}
	return render.Table{Columns: cols, Keep: 1}
}
