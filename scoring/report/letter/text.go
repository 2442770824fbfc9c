package letter

import (
	"io"
	"strings"

	"github.com/citydatakit/wwc/scoring/report/render"
)

type textWriter struct{}

// Write writes the letter as plain text fitted to in.Width, to be pasted into an e-mail or
// read in the terminal.
func (textWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	d := &render.Doc{}
	p := d.P
	p("%s", v.Title)
	if v.Date != "" {
		p("%s", v.Date)
	}
	p("")
	p("%s", v.Greeting)
	p("")
	for _, para := range v.Intro {
		p("%s", para)
		p("")
	}
	p("%s", v.StandingHeading)
	for _, s := range v.Standing {
		p("  - %s", s)
	}
	for _, s := range v.Sections {
		p("")
		p("%s", s.Heading)
		p("%s", s.Intro)
		for _, it := range s.Items {
			p("")
			p("  %s", it.Name)
			for _, l := range it.Lines {
				p("    %s: %s", l.Label, strings.ReplaceAll(l.Text, "\n", "\n      "))
			}
		}
	}
	p("")
	for _, para := range v.Closing {
		p("%s", para)
		p("")
	}
	p("%s", v.Regards)
	for _, s := range v.Signature {
		p("%s", s)
	}
	return d.FlushFitted(w, render.Width(in.Width))
}
