package report

import (
	"io"
	"strings"

	"github.com/citydatakit/wwc/internal/wwcmark"
	"github.com/xuri/excelize/v2"
)

// xlsxWriter writes a workbook: a summary sheet, every criterion, the outcome metrics.
type xlsxWriter struct{}

// Write renders the report as an Excel workbook: figures as numbers (shares as percent
// cells, counts and years as integers), every sheet ready to print.
func (xlsxWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	b := newBook()
	summary, criteria, outcomes := v.L.Summary, v.L.CriteriaList, v.L.OutcomeMetrics
	if len([]rune(outcomes)) > 31 {
		outcomes = v.L.Outcomes
	}
	b.summary(b.sheet(summary), v, in.Cat.T("batch.col.total"))
	b.criteria(b.sheet(criteria), v)
	b.outcomes(b.sheet(outcomes), v, in)
	return b.finish(w)
}

// summary is the report's first sheet: the heading, the tier and its reasons, the practices
// with their counts and shares, the suggested criteria.
func (b *xlsxBook) summary(s *xlsxSheet, v *view, total string) {
	s.title(1, v.Heading, b.title)
	s.printTitle = 1
	r := 2
	for _, line := range []string{v.L.Report + " · " + v.Rubric, v.Date, v.Disclaimer, v.EvidenceMode} {
		if line != "" {
			s.note(r, line)
			r++
		}
	}
	r++
	pairs := [][2]string{{v.L.Tier, v.TierName}, {v.L.Criteria, v.CriteriaText}, {v.L.Outcomes, v.OutcomesText}}
	if len(v.Notices) > 0 {
		pairs = append(pairs, [2]string{v.L.Notices, strings.Join(v.Notices, "\n")})
	}
	pairs = append(pairs, [2]string{v.L.Bands, v.BandsText})
	if v.Cap != "" {
		pairs = append(pairs, [2]string{v.L.Caps, v.Cap})
	}
	pairs = append(pairs, [2]string{v.L.Next, v.Plan})
	if v.WhatIf != "" {
		pairs = append(pairs, [2]string{v.L.WhatIf, v.WhatIf})
	}
	// A label in A, its sentence across B to E, the columns of the practice table below.
	for i, p := range pairs {
		value := textCell(p[1])
		if i == 0 {
			value = value.with(b.tier[v.TierID])
		}
		s.row(r, textCell(p[0]).with(b.label))
		s.span(r, 2, 5, value)
		r++
	}
	r++
	s.header(r, v.L.Practice, v.L.ID, v.L.Met, total, v.L.Percent)
	r++
	for _, p := range v.Practices {
		s.row(r, textCell(p.Name), textCell(p.ID), intCell(p.Met), intCell(p.Total), percentCell(p.Percent))
		r++
	}
	s.row(r, textCell(total).with(b.label), xcell{}, intCell(v.Met).with(b.bold), intCell(v.Total).with(b.bold), percentCell(v.Percent).with(b.boldPercent))
	r++
	if len(v.Suggestions) > 0 {
		r++
		s.header(r, v.L.Criterion, v.L.ID, v.L.Why, "", "")
		r++
		for _, sg := range v.Suggestions {
			s.row(r, textCell(sg.Title), textCell(sg.ID))
			s.span(r, 3, 5, textCell(sg.Why))
			r++
		}
	}
	s.cap(1, 40)
	s.measure(5, 30) // room for the sentences spanning B to E
}

// criteria lists every criterion with its answer and whether it counts, filterable.
func (b *xlsxBook) criteria(s *xlsxSheet, v *view) {
	s.header(1, v.L.ID, v.L.Practice, v.L.Criterion, v.L.Answer, v.L.Counts, v.L.Reason, v.L.Evidence, v.L.Notes)
	s.printTitle = 1
	for i, c := range v.Criteria {
		counts := v.L.No
		if c.Counted {
			counts = v.L.Yes
		}
		evidence := textCell(c.Evidence)
		if c.EvidenceURL {
			evidence = evidence.with(b.link).linked(c.Evidence)
		}
		s.row(i+2, textCell(c.ID), textCell(c.Practice), textCell(c.Title), textCell(c.Answer), textCell(counts),
			textCell(c.Status), evidence, textCell(c.Notes))
	}
	s.filter = s.table(1, 8, len(v.Criteria)+1)
	for col, w := range map[int]float64{3: 45, 6: 35, 7: 40, 8: 40} {
		s.cap(col, w)
	}
}

// outcomes lists the metrics, their values and years as numbers.
func (b *xlsxBook) outcomes(s *xlsxSheet, v *view, in Input) {
	c := in.Cat
	s.header(1, v.L.Metric, v.L.Unit, v.L.Baseline, c.T("xlsx.col.baseline_year"), v.L.Later, c.T("xlsx.col.current_year"),
		v.L.Direction, v.L.Counts, v.L.Reason, v.L.Evidence)
	s.printTitle = 1
	for i, m := range v.Outcomes {
		mm := in.Result.Outcomes[i].Metric
		counts := v.L.No
		if m.Counted {
			counts = v.L.Yes
		}
		s.row(i+2, textCell(m.Name), textCell(m.Unit), numberCell(mm.Baseline), yearCell(mm.BaselineYear),
			numberCell(mm.Current), yearCell(mm.CurrentYear), textCell(m.Direction), textCell(counts), textCell(m.Status), textCell(m.Evidence))
	}
	for col, w := range map[int]float64{1: 40, 9: 35, 10: 40} {
		s.cap(col, w)
	}
}

// markWorkbook names wwc as the application in the workbook's document properties, so that
// wwc knows its own reports and summaries when it meets them again (see package wwcmark).
func markWorkbook(f *excelize.File) error {
	return f.SetAppProps(&excelize.AppProperties{Application: wwcmark.XLSXApplication})
}
