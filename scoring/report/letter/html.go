package letter

import (
	_ "embed"
	"io"

	"github.com/citydatakit/wwc/scoring/report/render"
)

type htmlWriter struct{}

// body.tmpl is the letter's body in the page every document shares.
//
//go:embed body.tmpl
var bodyTemplate string

var page = render.NewHTMLPage(bodyTemplate)

// letterStyle sets the letter as a letter: a readable measure, the items set off.
const letterStyle = `main{max-width:46em}.letter-date{color:#5b6b7b}.letter-item{margin:.6em 0 1em;padding:.2em 0 .2em 1em;border-left:3px solid #d6dde5}
.letter-item h3{margin:.2em 0}.letter-item p{margin:.25em 0;white-space:pre-line}.letter-signature{margin-top:1.5em}`

// Write writes the letter as a page to print or attach.
func (htmlWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	return page.Write(w, render.Page{Lang: in.Cat.Lang(), Title: v.Title, Accent: render.TierColor(in.Validation.Tier), Style: letterStyle, Body: v})
}
