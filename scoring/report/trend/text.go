package trend

import (
	"io"
	"strings"

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
// other line is wrapped. A panel is written by writePanelText.
func (textWriter) Write(w io.Writer, in Input) error {
	if in.Panel != nil {
		return writePanelText(w, in)
	}
	v := newView(in)
	width := render.Width(in.Width)
	d := &render.Doc{}
	textHeader(d, v.Header, v.Meta)
	d.Raw(yearTable(v.Headers, v.Rows).Render(width))
	d.P("")
	d.P("%s", v.LFirst)
	textHistory(d, v.History, v.Never, "  ", width)
	return d.FlushFitted(w, width)
}

// textHeader writes the score report's header: the heading, the line of what, which rubric
// and when, and the self-estimate line.
func textHeader(d *render.Doc, h render.Header, meta string) {
	d.P("%s", h.Heading)
	d.P("%s", meta)
	d.P("%s", h.Disclaimer)
	d.P("")
}

// textHistory writes a criterion a line, the year it was first met first, then its later
// changes; indent starts each line, and a line too long for width goes on under the title.
func textHistory(d *render.Doc, rows []historyRow, never, indent string, width int) {
	for _, h := range rows {
		line := h.First + "  " + h.Criterion
		if h.Changes != "" {
			line += ": " + h.Changes
		}
		hung := render.Hang(line, width-len(indent), strings.Repeat(" ", len(h.First)+2))
		d.P("%s", indent+strings.ReplaceAll(hung, "\n", "\n"+indent))
	}
	if never != "" {
		d.P("%s%s", indent, never)
	}
}

// yearTable is a table of years: a row per year, its first column the year, its second the
// tier (a name, which may be cut), then figures; stacked, the practices come apart from the
// totals.
func yearTable(headers []string, rows [][]string) render.Table {
	cols := make([]render.Column, len(headers))
	for i, h := range headers {
		cols[i].Header = h
		for _, r := range rows {
			cols[i].Cells = append(cols[i].Cells, r[i])
		}
	}
	cols[1].Floor = tierFloor
	if len(cols) > firstPractice {
		cols[firstPractice].Break = true
	}
	return render.Table{Columns: cols, Keep: 1}
}
