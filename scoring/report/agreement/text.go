package agreement

import (
	"io"
	"strings"

	"github.com/citydatakit/wwc/scoring/report/render"
)

type textWriter struct{}

// Write writes the comparison for the terminal, fitted to in.Width.
func (textWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	d := &render.Doc{}
	p := d.P
	p("%s", v.Heading)
	p("%s", v.Submission)
	for _, r := range v.Reviewers {
		p("%s", r)
	}
	p("")
	for _, f := range v.Figures {
		p("%s", f)
	}
	for _, o := range v.Only {
		p("%s", o)
	}
	if v.Note != "" {
		p("")
		p("%s", v.Note)
	}
	if v.AgreeNone != "" {
		p("")
		p("%s", v.AgreeNone)
	}
	for _, s := range v.Differ {
		p("")
		p("%s", s.Heading)
		for _, r := range s.Rows {
			p("")
			p("  %s", r.Name)
			for i, sd := range []side{r.A, r.B} {
				line := v.Names[i] + " · " + sd.Decision
				if sd.Comment != "" {
					line += " · " + strings.ReplaceAll(sd.Comment, "\n", "\n      ")
				}
				p("    %s", line)
			}
		}
	}
	return d.FlushFitted(w, render.Width(in.Width))
}
