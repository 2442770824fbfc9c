package cohort

import (
	"io"

	"github.com/citydatakit/wwc/scoring/report/render"
)

type markdownWriter struct{}

// Write writes the rows and statistics as Markdown tables.
func (markdownWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	d := render.MarkdownDoc(v.Title)
	p, md := d.P, render.MD
	table := func(headers []string, rows [][]string) {
		d.MDTable(headers, rows)
		p("")
	}
	if v.Date != "" {
		p("%s · %s", md(v.Date), md(v.Counts))
	} else {
		p("%s", md(v.Counts))
	}
	p("")
	for _, line := range []string{v.Skipped, v.Counted, v.Other} {
		if line != "" {
			p("%s", md(line))
			p("")
		}
	}
	if v.Review != nil {
		for _, line := range v.Review.Lines {
			p("%s", md(line))
			p("")
		}
	}
	p("## %s", v.L.Tier)
	p("")
	var tiers [][]string
	for _, t := range v.Tiers {
		tiers = append(tiers, t[:])
	}
	table([]string{v.L.Tier, in.Cat.T("batch.col.cities")}, tiers)
	p("## %s", v.L.Practices)
	p("")
	var prs [][]string
	for _, x := range v.Practice {
		prs = append(prs, x[:])
	}
	table([]string{v.L.Practice, v.L.ID, in.Cat.T("batch.col.average")}, prs)
	p("## %s", in.Cat.T("batch.criteria_rates"))
	p("")
	var cr [][]string
	for _, x := range v.Criteria {
		cr = append(cr, x[:])
	}
	table([]string{v.L.ID, v.L.Criterion, v.L.Met, in.Cat.T("batch.col.rate")}, cr)
	if len(v.Dupes) > 0 {
		p("## %s", in.Cat.T("batch.col.duplicate"))
		p("")
		for _, d := range v.Dupes {
			p("- %s", md(d))
		}
		p("")
	}
	if v.Review != nil && len(v.Review.Problems) > 0 {
		p("## %s", in.Cat.T("revbatch.section"))
		p("")
		for _, problem := range v.Review.Problems {
			p("- %s", md(problem))
		}
		p("")
	}
	p("## %s", in.Cat.T("batch.submissions"))
	p("")
	table(v.Headers, v.Rows)
	return d.Flush(w)
}
