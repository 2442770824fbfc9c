package agreement

import (
	"io"

	"github.com/citydatakit/wwc/scoring/report/render"
)

type markdownWriter struct{}

// Write writes the comparison as Markdown: the figures as a list, each difference a table row.
func (markdownWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	d := render.MarkdownDoc(v.Heading)
	p, md := d.P, render.MD
	p("%s", md(v.Submission))
	p("")
	for _, r := range v.Reviewers {
		p("- %s", md(r))
	}
	p("")
	for _, f := range append(append([]string(nil), v.Figures...), v.Only...) {
		p("- %s", md(f))
	}
	if v.Note != "" {
		p("")
		p("%s", md(v.Note))
	}
	if v.AgreeNone != "" {
		p("")
		p("%s", md(v.AgreeNone))
	}
	for _, s := range v.Differ {
		p("")
		p("## %s", md(s.Heading))
		p("")
		p("| %s | %s | %s |", md(v.LClaim), md(v.Names[0]), md(v.Names[1]))
		p("|---|---|---|")
		for _, r := range s.Rows {
			p("| %s | %s | %s |", md(r.Name), cell(r.A), cell(r.B))
		}
	}
	return d.Flush(w)
}

// cell is one side in a table cell: the decision in bold, then the comment.
func cell(s side) string {
	out := "**" + render.MD(s.Decision) + "**"
	if s.Comment != "" {
		out += " " + render.MD(s.Comment)
	}
	return out
}
