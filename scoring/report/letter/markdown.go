package letter

import (
	"io"
	"strings"

	"github.com/citydatakit/wwc/scoring/report/render"
)

type markdownWriter struct{}

// Write writes the letter as Markdown, everything the city or the reviewer typed escaped.
func (markdownWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	d := render.MarkdownDoc(v.Title)
	p, md := d.P, render.MD
	if v.Date != "" {
		p("%s", md(v.Date))
		p("")
	}
	p("%s", md(v.Greeting))
	p("")
	for _, para := range v.Intro {
		p("%s", md(para))
		p("")
	}
	p("## %s", md(v.StandingHeading))
	p("")
	for _, s := range v.Standing {
		p("- %s", md(s))
	}
	for _, s := range v.Sections {
		p("")
		p("## %s", md(s.Heading))
		p("")
		p("%s", md(s.Intro))
		for _, it := range s.Items {
			p("")
			p("### %s", md(it.Name))
			p("")
			for _, l := range it.Lines {
				p("- **%s:** %s", md(l.Label), md(l.Text))
			}
		}
	}
	p("")
	for _, para := range v.Closing {
		p("%s", md(para))
		p("")
	}
	p("%s", md(v.Regards))
	p("")
	lines := make([]string, len(v.Signature))
	for i, s := range v.Signature {
		lines[i] = md(s)
	}
	p("%s", strings.Join(lines, "  \n"))
	return d.Flush(w)
}
