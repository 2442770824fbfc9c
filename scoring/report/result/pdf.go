package result

import (
	"fmt"
	"io"
	"strings"

	"github.com/citydatakit/wwc/scoring/report/render"
)

type pdfWriter struct{}

// Write writes the report as an A4 PDF with the sections of the HTML page: the heading and
// the self-estimate line, the summary figures, the evaluator's review when there is one, the
// practices as a bar chart, the outcome metrics, what caps the tier and the next tier, the
// what-if plan, and every criterion.
func (pdfWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	p := render.NewPDF(v.Heading+" · "+v.L.Report, v.Lang, in.Date)
	d := pdfDoc{v: v, p: p, noOutcomes: in.Cat.T("summary.no_outcomes")}
	for _, section := range []func(){d.heading, d.figures, d.validation, d.practices, d.outcomes, d.next, d.whatIf, d.criteria} {
		section()
	}
	return p.Finish(w)
}

// pdfDoc is the PDF report being written, a section at a time.
type pdfDoc struct {
	v          *view
	p          *render.PDF
	noOutcomes string
}

func (d pdfDoc) heading() {
	v := d.v
	d.p.Title(v.Heading)
	meta := []string{v.L.Report, v.Rubric}
	if v.Date != "" {
		meta = append(meta, v.Date)
	}
	d.p.Meta(strings.Join(meta, " · "))
	text := v.Disclaimer
	if v.EvidenceMode != "" {
		text += "\n" + v.EvidenceMode
	}
	d.p.Notice(text)
	if len(v.Notices) > 0 {
		d.p.Heading(v.L.Notices)
		for _, n := range v.Notices {
			d.p.Notice(n)
		}
	}
}

func (d pdfDoc) figures() {
	v := d.v
	rows := [][2]string{{v.L.Tier, v.TierName}, {v.L.Criteria, v.CriteriaText}, {v.L.Outcomes, v.OutcomesText}}
	if len(v.Unanswered) > 0 {
		rows = append(rows, [2]string{v.L.Unanswered, strings.Join(v.Unanswered, ", ")})
	}
	d.p.Pairs(rows)
	d.p.Para(v.BandsText)
}

func (d pdfDoc) validation() {
	vv := d.v.Validation
	if vv == nil {
		return
	}
	d.p.Heading(vv.Heading)
	if vv.Reviewer != "" {
		d.p.Para(vv.L.Reviewer + ": " + vv.Reviewer)
	}
	l := d.v.L
	d.p.Table(render.PDFTable{
		Header: []string{"", vv.L.Claimed, vv.L.Validated},
		Rows: [][]string{{l.Tier, d.v.TierName, vv.TierText}, {l.Criteria, d.v.CriteriaText, vv.CriteriaText},
			{l.Outcomes, d.v.OutcomesText, vv.OutcomesText}},
		Widths: []float64{0.26, 0.37, 0.37},
	})
	d.p.Para(vv.L.Reviewed + ": " + vv.ReviewedText + "; " + vv.MetricsReviewedText + ".")
	d.p.Notice(vv.Provisional)
	if vv.Changed != "" {
		d.p.Notice(vv.Changed)
	}
	for _, list := range vv.lists() {
		d.p.Heading(list.Heading)
		t := render.PDFTable{Header: []string{l.ID, l.Criterion, vv.L.Comment}, Widths: []float64{0.1, 0.4, 0.5}}
		if list.Metrics {
			t = render.PDFTable{Header: []string{l.Metric, vv.L.Comment}, Widths: []float64{0.45, 0.55}}
		}
		for _, it := range list.Items {
			if list.Metrics {
				t.Rows = append(t.Rows, []string{it.ID, vv.orNone(it.Comment)})
			} else {
				t.Rows = append(t.Rows, []string{it.ID, it.Title, vv.orNone(it.Comment)})
			}
		}
		d.p.Table(t)
	}
}

func (d pdfDoc) practices() {
	v := d.v
	d.p.Heading(v.L.Practices)
	var bars []render.PDFBar
	for _, pr := range v.Practices {
		color := "#c0392b"
		switch {
		case pr.Good:
			color = "#1e6b41"
		case pr.Fair:
			color = "#c9a227"
		}
		bars = append(bars, render.PDFBar{Label: pr.Name + " (" + pr.ID + ")", Value: pr.Percent, Before: -1, Color: color,
			Text: fmt.Sprintf("%d/%d · %s", pr.Met, pr.Total, pr.PercentText)})
	}
	d.p.Bars(bars)
}

func (d pdfDoc) outcomes() {
	v := d.v
	d.p.Heading(v.L.OutcomeMetrics)
	if len(v.Outcomes) == 0 {
		d.p.Para(d.noOutcomes)
		return
	}
	t := render.PDFTable{Header: []string{v.L.Metric, v.L.Unit, v.L.Baseline, v.L.Later, v.L.Direction, v.L.Counts},
		Widths: []float64{0.27, 0.12, 0.14, 0.14, 0.14, 0.19}, Right: []bool{false, false, true, true}}
	for _, o := range v.Outcomes {
		t.Rows = append(t.Rows, []string{o.Name, o.Unit, o.Baseline, o.Current, o.Direction, o.Status})
	}
	d.p.Table(t)
}

func (d pdfDoc) next() {
	v := d.v
	if v.Cap != "" {
		d.p.Heading(v.L.Caps)
		d.p.Para(v.Cap)
	}
	d.p.Heading(v.L.Next)
	d.p.Para(v.Plan)
	if len(v.Suggestions) > 0 {
		t := render.PDFTable{Header: []string{v.L.ID, v.L.Criterion, v.L.Why}, Widths: []float64{0.1, 0.45, 0.45}}
		for _, s := range v.Suggestions {
			t.Rows = append(t.Rows, []string{s.ID, s.Title, s.Why})
		}
		d.p.Table(t)
	}
}

func (d pdfDoc) whatIf() {
	if d.v.WhatIf == "" {
		return
	}
	d.p.Heading(d.v.L.WhatIf)
	d.p.Para(d.v.WhatIf)
}

func (d pdfDoc) criteria() {
	v := d.v
	d.p.Heading(v.L.CriteriaList)
	t := render.PDFTable{Header: []string{v.L.ID, v.L.Criterion, v.L.Answer, v.L.Reason, v.L.Evidence},
		Widths: []float64{0.08, 0.32, 0.14, 0.2, 0.26}}
	if v.Validation != nil {
		t.Header = append(t.Header, v.Validation.L.Decision)
		t.Widths = []float64{0.07, 0.25, 0.12, 0.16, 0.2, 0.2}
	}
	for _, c := range v.Criteria {
		row := []string{c.ID, c.Title, c.Answer, c.Status, c.Evidence}
		if v.Validation != nil {
			row = append(row, decisionText(c))
		}
		t.Rows = append(t.Rows, row)
	}
	d.p.Table(t)
}
