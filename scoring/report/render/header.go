package render

import (
	"strings"
	"time"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
)

// Header is what every human document about cities says first, the score report's header:
// where and when (Heading), the rubric, the day it was made and that it is a self-estimate.
// Nothing in it is escaped.
type Header struct {
	Heading    string
	Rubric     string
	Date       string
	Disclaimer string
}

// NewHeader is the header of a document about city in country over when (a year, a span of
// years, or empty), scored against rubrics (each "id version" said once, in the order given),
// made on date (zero leaves the date out).
func NewHeader(c *i18n.Catalog, city, country, when string, rubrics []RubricDoc, date time.Time) Header {
	h := Header{Heading: Line(Place(c, city, country, when)), Disclaimer: c.T("summary.disclaimer")}
	var said []string
	seen := map[RubricDoc]bool{}
	for _, r := range rubrics {
		if !seen[r] {
			seen[r] = true
			said = append(said, RubricText(c, r))
		}
	}
	h.Rubric = strings.Join(said, "; ")
	if !date.IsZero() {
		h.Date = c.Date(date.Year(), int(date.Month()), date.Day())
	}
	return h
}

// Meta is the line under the heading: what the document is (title), the rubric and the date,
// with whatever is known.
func (h Header) Meta(title string) string {
	parts := []string{}
	for _, s := range []string{title, h.Rubric, h.Date} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " · ")
}

// RubricText names a rubric and its version: "Rubric wwc-2022 2022.1".
func RubricText(c *i18n.Catalog, r RubricDoc) string {
	return c.T("summary.rubric", msg.Args{"ID": r.ID, "Version": r.Version})
}

// Place is a heading such as "Maipú, Chile · 2024" with whatever is known: the city (or that
// it is not named), its country and when (a year or a span of years; empty leaves it out).
func Place(c *i18n.Catalog, city, country, when string) string {
	head := city
	if head == "" {
		head = c.T("summary.unnamed_city")
	}
	if country != "" {
		head += ", " + country
	}
	if when != "" {
		head += " · " + when
	}
	return head
}
