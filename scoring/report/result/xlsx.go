package result

import (
	"io"
	"strings"

	"github.com/citydatakit/wwc/scoring/report/render"
)

// xlsxWriter writes a workbook: a summary sheet, every criterion, the outcome metrics.
type xlsxWriter struct{}

// Write renders the report as an Excel workbook: figures as numbers (shares as percent
// cells, counts and years as integers), every sheet ready to print.
func (xlsxWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	b := render.NewBook()
	summary, criteria, outcomes := v.L.Summary, v.L.CriteriaList, v.L.OutcomeMetrics
	if len([]rune(outcomes)) > 31 {
		outcomes = v.L.Outcomes
	}
	summarySheet(b, b.Sheet(summary), v, in.Cat.T("batch.col.total"))
	criteriaSheet(b, b.Sheet(criteria), v)
	outcomesSheet(b.Sheet(outcomes), v, in)
	if v.Validation != nil {
		validationSheet(b, b.Sheet(v.Validation.Heading), v)
	}
	return b.Finish(w)
}

// summarySheet is the report's first sheet: the heading, the tier and its reasons, the practices
// with their counts and shares, the suggested criteria.
func summarySheet(b *render.Book, s *render.Sheet, v *view, total string) {
	s.Title(1, v.Heading, b.Styles.Title)
	s.PrintTitle = 1
	r := 2
	for _, line := range []string{v.L.Report + " · " + v.Rubric, v.Date, v.Disclaimer, v.EvidenceMode} {
		if line != "" {
			s.Note(r, line)
			r++
		}
	}
	r++
	pairs := [][2]string{{v.L.Tier, v.TierName}, {v.L.Criteria, v.CriteriaText}, {v.L.Outcomes, v.OutcomesText}}
	if vv := v.Validation; vv != nil {
		pairs = append(pairs, [2]string{vv.Heading, vv.TierText + " · " + vv.CriteriaText})
	}
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
		value := render.TextCell(p[1])
		if i == 0 {
			value = value.With(b.Styles.Tier[v.TierID])
		}
		s.Row(r, render.TextCell(p[0]).With(b.Styles.Label))
		s.Span(r, 2, 5, value)
		r++
	}
	r++
	s.Header(r, v.L.Practice, v.L.ID, v.L.Met, total, v.L.Percent)
	r++
	for _, p := range v.Practices {
		s.Row(r, render.TextCell(p.Name), render.TextCell(p.ID), render.IntCell(p.Met), render.IntCell(p.Total), render.PercentCell(p.Percent))
		r++
	}
	s.Row(r, render.TextCell(total).With(b.Styles.Label), render.Cell{}, render.IntCell(v.Met).With(b.Styles.Bold), render.IntCell(v.Total).With(b.Styles.Bold), render.PercentCell(v.Percent).With(b.Styles.BoldPercent))
	r++
	if len(v.Suggestions) > 0 {
		r++
		s.Header(r, v.L.Criterion, v.L.ID, v.L.Why, "", "")
		r++
		for _, sg := range v.Suggestions {
			s.Row(r, render.TextCell(sg.Title), render.TextCell(sg.ID))
			s.Span(r, 3, 5, render.TextCell(sg.Why))
			r++
		}
	}
	s.Cap(1, 40)
	s.Measure(5, 30) // room for the sentences spanning B to E
}

// criteriaSheet lists every criterion with its answer and whether it counts, filterable.
func criteriaSheet(b *render.Book, s *render.Sheet, v *view) {
	s.Header(1, v.L.ID, v.L.Practice, v.L.Criterion, v.L.Answer, v.L.Counts, v.L.Reason, v.L.Evidence, v.L.Notes)
	s.PrintTitle = 1
	for i, c := range v.Criteria {
		counts := v.L.YesNo(c.Counted)
		evidence := render.TextCell(c.Evidence)
		if c.EvidenceURL {
			evidence = evidence.With(b.Styles.Link).Linked(c.Evidence)
		}
		s.Row(i+2, render.TextCell(c.ID), render.TextCell(c.Practice), render.TextCell(c.Title), render.TextCell(c.Answer), render.TextCell(counts),
			render.TextCell(c.Status), evidence, render.TextCell(c.Notes))
	}
	s.Filter = s.Table(1, 8, len(v.Criteria)+1)
	for col, w := range map[int]float64{3: 45, 6: 35, 7: 40, 8: 40} {
		s.Cap(col, w)
	}
}

// outcomesSheet lists the metrics, their values and years as numbers.
func outcomesSheet(s *render.Sheet, v *view, in Input) {
	c := in.Cat
	s.Header(1, v.L.Metric, v.L.Unit, v.L.Baseline, c.T("xlsx.col.baseline_year"), v.L.Later, c.T("xlsx.col.current_year"),
		v.L.Direction, v.L.Counts, v.L.Reason, v.L.Evidence)
	s.PrintTitle = 1
	for i, m := range v.Outcomes {
		mm := in.Result.Outcomes[i].Metric
		counts := v.L.YesNo(m.Counted)
		s.Row(i+2, render.TextCell(m.Name), render.TextCell(m.Unit), render.NumberCell(mm.Baseline), render.YearCell(mm.BaselineYear),
			render.NumberCell(mm.Current), render.YearCell(mm.CurrentYear), render.TextCell(m.Direction), render.TextCell(counts), render.TextCell(m.Status), render.TextCell(m.Evidence))
	}
	for col, w := range map[int]float64{1: 40, 9: 35, 10: 40} {
		s.Cap(col, w)
	}
}
