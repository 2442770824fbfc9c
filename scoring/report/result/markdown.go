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
	m := mdDoc{v: v, p: d.P, noOutcomes: in.Cat.T("summary.no_outcomes")}
	for _, section := range []func(){m.heading, m.notices, m.figures, m.validation, m.practices, m.outcomes, m.next, m.whatIf, m.criteria} {
		section()
	}
	return d.Flush(w)
}

// mdDoc is the Markdown report being written, a section at a time.
type mdDoc struct {
	v          *view
	p          func(format string, args ...any)
	noOutcomes string
}

// heading: what the document is and the disclaimer.
func (m mdDoc) heading() {
	v, p, md := m.v, m.p, render.MD
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
}

// notices: what the reader warned about.
func (m mdDoc) notices() {
	if len(m.v.Notices) == 0 {
		return
	}
	m.p("**%s**", render.MD(m.v.L.Notices))
	m.p("")
	for _, n := range m.v.Notices {
		m.p("- ⚠ %s", render.MD(n))
	}
	m.p("")
}

// figures: the summary table and the tier bands.
func (m mdDoc) figures() {
	v, p, md := m.v, m.p, render.MD
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
}

// validation: the claimed and validated figures side by side, then the lists with the
// reviewer's comments.
func (m mdDoc) validation() {
	vv, p, md := m.v.Validation, m.p, render.MD
	if vv == nil {
		return
	}
	p("## %s", md(vv.Heading))
	p("")
	if vv.Reviewer != "" {
		p("%s: %s", md(vv.L.Reviewer), md(vv.Reviewer))
		p("")
	}
	p("| | %s | %s |", md(vv.L.Claimed), md(vv.L.Validated))
	p("|---|---|---|")
	p("| **%s** | %s | **%s** |", m.v.L.Tier, md(m.v.TierName), md(vv.TierText))
	p("| **%s** | %s | %s |", m.v.L.Criteria, md(m.v.CriteriaText), md(vv.CriteriaText))
	p("| **%s** | %s | %s |", m.v.L.Outcomes, md(m.v.OutcomesText), md(vv.OutcomesText))
	p("")
	p("%s: %s; %s.", md(vv.L.Reviewed), md(vv.ReviewedText), md(vv.MetricsReviewedText))
	p("")
	mark := "✓"
	if vv.IsProvisional {
		mark = "⚠"
	}
	p("> %s %s", mark, md(vv.Provisional))
	if vv.Changed != "" {
		p(">")
		p("> ⚠ %s", md(vv.Changed))
	}
	p("")
	for _, l := range vv.lists() {
		p("### %s", md(l.Heading))
		p("")
		if l.Metrics {
			p("| %s | %s |", m.v.L.Metric, md(vv.L.Comment))
			p("|---|---|")
			for _, it := range l.Items {
				p("| %s | %s |", md(it.ID), md(oneLine(vv.orNone(it.Comment))))
			}
		} else {
			p("| %s | %s | %s |", m.v.L.ID, m.v.L.Criterion, md(vv.L.Comment))
			p("|---|---|---|")
			for _, it := range l.Items {
				p("| %s | %s | %s |", it.ID, md(it.Title), md(oneLine(vv.orNone(it.Comment))))
			}
		}
		p("")
	}
}

// practices: a row per practice.
func (m mdDoc) practices() {
	v, p := m.v, m.p
	p("## %s", v.L.Practices)
	p("")
	p("| %s | %s | %s | |", v.L.Practice, v.L.Met, v.L.Percent)
	p("|---|---:|---:|---|")
	for _, pr := range v.Practices {
		p("| %s (%s) | %d/%d | %s | `%s` |", render.MD(pr.Name), pr.ID, pr.Met, pr.Total, render.MD(pr.PercentText), pr.Bar)
	}
	p("")
}

// outcomes: a row per outcome metric.
func (m mdDoc) outcomes() {
	v, p, md := m.v, m.p, render.MD
	p("## %s", v.L.OutcomeMetrics)
	p("")
	if len(v.Outcomes) == 0 {
		p("%s", md(m.noOutcomes))
		p("")
		return
	}
	p("| %s | %s | %s | %s | %s | %s |", v.L.Metric, v.L.Unit, v.L.Baseline, v.L.Later, v.L.Direction, v.L.Counts)
	p("|---|---|---:|---:|---|---|")
	for _, o := range v.Outcomes {
		mark := "✗"
		if o.Counted {
			mark = "✓"
		}
		p("| %s | %s | %s | %s | %s | %s %s |", md(o.Name), md(o.Unit), md(o.Baseline), md(o.Current), md(o.Direction), mark, md(o.Status))
	}
	p("")
}

// next: what caps the tier and where to start.
func (m mdDoc) next() {
	v, p, md := m.v, m.p, render.MD
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
}

// whatIf: what the --what-if criteria would change.
func (m mdDoc) whatIf() {
	if m.v.WhatIf == "" {
		return
	}
	m.p("## %s", m.v.L.WhatIf)
	m.p("")
	m.p("%s", render.MD(m.v.WhatIf))
	m.p("")
}

// criteria: every criterion with its answer, reason, evidence and notes.
func (m mdDoc) criteria() {
	v, p, md := m.v, m.p, render.MD
	p("## %s", v.L.CriteriaList)
	p("")
	head, rule := "", ""
	if v.Validation != nil {
		head, rule = " "+md(v.Validation.L.Decision)+" |", "---|"
	}
	p("| %s | %s | %s | %s | %s | %s |%s", v.L.ID, v.L.Criterion, v.L.Answer, v.L.Reason, v.L.Evidence, v.L.Notes, head)
	p("|---|---|---|---|---|---|%s", rule)
	for _, c := range v.Criteria {
		mark := "✗"
		if c.Counted {
			mark = "✓"
		}
		decision := ""
		if v.Validation != nil {
			decision = " " + md(decisionText(c)) + " |"
		}
		p("| %s | %s | %s | %s %s | %s | %s |%s", c.ID, md(c.Title), md(c.Answer), mark, md(c.Status), render.MDLink(c.Evidence), md(c.Notes), decision)
	}
}

// decisionText is the evaluator's decision on a criterion and the comment, in one cell.
func decisionText(c criterionView) string {
	if c.Comment == "" {
		return c.Decision
	}
	return c.Decision + ": " + oneLine(c.Comment)
}
