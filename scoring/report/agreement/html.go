package agreement

import (
	_ "embed"
	"io"

	"github.com/citydatakit/wwc/scoring/report/render"
)

type htmlWriter struct{}

// body.tmpl is the comparison's body in the page every document shares.
//
//go:embed body.tmpl
var bodyTemplate string

var page = render.NewHTMLPage(bodyTemplate)

const compareStyle = `.figures-list li{margin:.15em 0}.decision{font-weight:600;display:block}.comment{white-space:pre-line}`

// Write writes the comparison as a page.
func (htmlWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	return page.Write(w, render.Page{Lang: in.Cat.Lang(), Title: v.Title + " · " + v.Heading, Accent: "#1f4e79", Style: compareStyle, Body: v})
}
