package render

import (
	_ "embed"
	"html/template"
	"io"
)

// page.tmpl is the one HTML page of wwc: the head (with the generator mark of wwcmark), the
// stylesheet every document shares, and a "body" template that each document supplies.
//
//go:embed page.tmpl
var pageTemplate string

var base = template.Must(template.New("page").Parse(pageTemplate))

// Page is what a document gives the page around its body.
type Page struct {
	Lang, Title string
	// Accent is the color of the page's rule and highlights (a tier's color; TierColor).
	Accent string
	// Style holds the rules only this document needs, after the shared ones.
	Style template.CSS
	// Body is the data of the document's body template.
	Body any
}

// HTMLPage is a document's page: the shared base with the document's body.
type HTMLPage struct{ t *template.Template }

// NewHTMLPage parses body, the text of the document's "body" template, into the base. A
// template that does not parse is a mistake in the program, found when the package loads.
func NewHTMLPage(body string) *HTMLPage {
	t := template.Must(template.Must(base.Clone()).New("body").Parse(body))
	return &HTMLPage{t: t}
}

// Write renders p, escaping everything it is given (html/template).
func (h *HTMLPage) Write(w io.Writer, p Page) error {
	return h.t.ExecuteTemplate(w, "page", p)
}

// tierColors are the colors of the tiers, in the HTML charts and the workbooks' tier cells.
var tierColors = map[string]string{"none": "#9aa5b1", "silver": "#8f9ba8", "gold": "#c9a227", "platinum": "#3fa7c4"}

// TierColor is a tier's color, a neutral one for a tier of a custom rubric.
func TierColor(tier string) string {
	if c, ok := tierColors[tier]; ok {
		return c
	}
	return "#5b6b7b"
}
