package trend

import (
	"io"

	"github.com/citydatakit/wwc/scoring/report/render"
)

type markdownWriter struct{}

// Write writes the trend as Markdown tables; a panel is written by writePanelMarkdown.
func (markdownWriter) Write(w io.Writer, in Input) error {
	if in.Panel != nil {
		return writePanelMarkdown(w, in)
	}
	v := newView(in)
	d := render.MarkdownDoc(v.Heading)
	mdHeader(d, v.Header, v.Meta)
	d.MDTable(v.Headers, v.Rows)
	d.P("")
	d.P("## %s", render.MD(v.LFirst))
	d.P("")
	mdHistory(d, v.L.Criterion, v.LFirstMet, v.LChanges, v.History, v.Never)
	return d.Flush(w)
}

// mdHeader writes the score report's header under the heading: what, which rubric and when,
// and the self-estimate line.
func mdHeader(d *render.Doc, h render.Header, meta string) {
	d.P("%s", render.MD(meta))
	d.P("")
	d.P("> %s", render.MD(h.Disclaimer))
	d.P("")
}

// mdHistory writes the criteria's histories as a table and the line of those never met.
func mdHistory(d *render.Doc, criterion, firstMet, changes string, rows []historyRow, never string) {
	var cells [][]string
	for _, h := range rows {
		cells = append(cells, []string{h.Criterion, h.First, h.Changes})
	}
	if len(cells) > 0 {
		d.MDTable([]string{criterion, firstMet, changes}, cells)
	}
	if never != "" {
		d.P("")
		d.P("%s", render.MD(never))
	}
}
