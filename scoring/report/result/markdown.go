package result

import (
	"io"
	"strings"

	"github.com/citydatakit/wwc/scoring/report/render"
)

// markdownWriter writes tables and plain-text bars that read well on GitHub and in a wiki.
type markdownWriter struct{}

// Write renders the report as Markdown.
func (markdownWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	d := render.MarkdownDoc(v.Heading)
	p, md := d.P, render.MD
	meta := []string{v.L.Report, v.Rubric}
	if v.Date != "" {
		meta = append(meta, v.Date)
	}
	p("%s", md(strings.Join(meta, " · ")))
	p("")
	p("> %s", md(v.Disclaimer))
	if v.EvidenceMode != "" {
		p("> %s", md(v.EvidenceMode))
	}
	p("")
	if len(v.Notices) > 0 {
		p("**%s**", md(v.L.Notices))
		p("")
		for _, n := range v.Notices {
			p("- ⚠ %s", md(n))
		}
		p("")
	}
	p("| %s | |", v.L.Summary)
	p("|---|---|")
	p("| **%s** | **%s** |", v.L.Tier, md(v.TierName))
	p("| **%s** | %s |", v.L.Criteria, md(v.CriteriaText))
	p("| **%s** | %s |", v.L.Outcomes, md(v.OutcomesText))
	p("")
	var bs []string
	for _, bd := range v.Bands {
		s := md(bd.Name) + ": " + md(bd.Range)
		if bd.ID != "none" {
			s += " " + md(bd.OutcomesNeeded)
		}
		if bd.Current {
			s = "**" + s + "**"
		}
		bs = append(bs, s)
	}
	p("%s: %s. %s", v.L.Bands, strings.Join(bs, " · "), md(v.BandsText))
	p("")
	p("## %s", v.L.Practices)
	p("")
	p("| %s | %s | %s | |", v.L.Practice, v.L.Met, v.L.Percent)
	p("|---|---:|---:|---|")
	for _, pr := range v.Practices {
		p("| %s (%s) | %d/%d | %s | `%s` |", md(pr.Name), pr.ID, pr.Met, pr.Total, md(pr.PercentText), pr.Bar)
	}
	p("")
	p("## %s", v.L.OutcomeMetrics)
	p("")
	if len(v.Outcomes) == 0 {
		p("%s", md(in.Cat.T("summary.no_outcomes")))
	} else {
		p("| %s | %s | %s | %s | %s | %s |", v.L.Metric, v.L.Unit, v.L.Baseline, v.L.Later, v.L.Direction, v.L.Counts)
		p("|---|---|---:|---:|---|---|")
		for _, m := range v.Outcomes {
			mark := "✗"
			if m.Counted {
				mark = "✓"
			}
			p("| %s | %s | %s | %s | %s | %s %s |", md(m.Name), md(m.Unit), md(m.Baseline), md(m.Current), md(m.Direction), mark, md(m.Status))
		}
	}
	p("")
	if v.Cap != "" {
		p("## %s", v.L.Caps)
		p("")
		p("%s", md(v.Cap))
		p("")
	}
	p("## %s", v.L.Next)
	p("")
	p("%s", md(v.Plan))
	if len(v.Suggestions) > 0 {
		p("")
		p("| %s | %s | %s |", v.L.ID, v.L.Criterion, v.L.Why)
		p("|---|---|---|")
		for _, s := range v.Suggestions {
			p("| %s | %s | %s |", s.ID, md(s.Title), md(s.Why))
		}
	}
	p("")
	if v.WhatIf != "" {
		p("## %s", v.L.WhatIf)
		p("")
		p("%s", md(v.WhatIf))
		p("")
	}
	p("## %s", v.L.CriteriaList)
	p("")
	p("| %s | %s | %s | %s | %s | %s |", v.L.ID, v.L.Criterion, v.L.Answer, v.L.Reason, v.L.Evidence, v.L.Notes)
	p("|---|---|---|---|---|---|")
	for _, c := range v.Criteria {
		mark := "✗"
		if c.Counted {
			mark = "✓"
		}
		p("| %s | %s | %s | %s %s | %s | %s |", c.ID, md(c.Title), md(c.Answer), mark, md(c.Status), render.MDLink(c.Evidence), md(c.Notes))
	}
	return d.Flush(w)
}
