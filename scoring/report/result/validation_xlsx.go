package result

import (
	"github.com/citydatakit/wwc/scoring/report/render"
)

// validationSheet is the validated result's sheet: the claimed and validated figures side
// by side, what is left to review, then every claim not counted as validated with the
// decision and the evaluator's comment, and the metrics' decisions.
func validationSheet(b *render.Book, s *render.Sheet, v *view) {
	vv := v.Validation
	s.Title(1, v.Heading, b.Styles.Title)
	s.PrintTitle = 1
	r := 3
	s.Header(r, "", vv.L.Claimed, vv.L.Validated, "")
	r++
	s.Row(r, render.TextCell(v.L.Tier).With(b.Styles.Label), render.TextCell(v.TierName).With(b.Styles.Tier[v.TierID]),
		render.TextCell(vv.TierText).With(b.Styles.Tier[vv.TierID]))
	r++
	s.Row(r, render.TextCell(v.L.Criteria).With(b.Styles.Label), render.IntCell(v.Met), render.IntCell(vv.Met))
	r++
	s.Row(r, render.TextCell(v.L.Percent).With(b.Styles.Label), render.PercentCell(v.Percent), render.PercentCell(vv.Percent))
	r++
	s.Row(r, render.TextCell(v.L.Outcomes).With(b.Styles.Label), render.IntCell(v.Validation.claimedMetrics), render.IntCell(vv.outcomesCounted))
	r += 2
	for _, pair := range vv.summary(v.L) {
		s.Row(r, render.TextCell(pair[0]).With(b.Styles.Label))
		s.Span(r, 2, 4, render.TextCell(pair[1]))
		r++
	}
	r++
	first := r
	s.Header(r, v.L.ID, v.L.Criterion, vv.L.Decision, vv.L.Comment)
	for _, l := range vv.lists() {
		if l.Metrics {
			continue
		}
		for _, it := range l.Items {
			r++
			s.Row(r, render.TextCell(it.ID), render.TextCell(it.Title), render.TextCell(vv.Decisions[it.ID]), render.TextCell(it.Comment))
		}
	}
	if r > first {
		s.Filter = s.Table(first, 4, r)
	}
	if len(vv.Metrics) > 0 {
		r += 2
		s.Header(r, v.L.Metric, "", vv.L.Decision, vv.L.Comment)
		for _, m := range vv.Metrics {
			r++
			s.Row(r, render.TextCell(m.ID), render.Cell{}, render.TextCell(m.Title), render.TextCell(m.Comment))
		}
	}
	for col, w := range map[int]float64{1: 30, 2: 45, 3: 30, 4: 60} {
		s.Cap(col, w)
	}
}
