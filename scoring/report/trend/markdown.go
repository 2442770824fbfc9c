package trend

import (
	"io"

	"github.com/citydatakit/wwc/scoring/report/render"
)

type markdownWriter struct{}

// Write writes the trend as Markdown tables.
func (markdownWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	d := render.MarkdownDoc(v.Heading)
	p, md := d.P, render.MD
	d.MDTable(v.Headers, v.Rows)
	p("")
	p("## %s", md(v.LFirst))
	p("")
	p("| %s | %s |", v.L.Criterion, v.Headers[0])
	p("|---|---|")
	for _, fm := range v.FirstMet {
		p("| %s | %s |", md(fm[0]), fm[1])
	}
	if v.Never != "" {
		p("")
		p("%s", md(v.Never))
	}
	return d.Flush(w)
}
