package cohort

import (
	"fmt"

	"github.com/citydatakit/wwc/scoring/report/render"
)

// reviews writes what a batch run with reviews says of them, as the text summary does: the
// lines saying what was read and which view the statistics show, then a row per scored
// submission with its review columns, the legend of the provisional mark and the problems.
func (doc pdfDoc) reviews() {
	rv, in := doc.d.Review, doc.in
	if rv == nil {
		return
	}
	c, l := in.Cat, doc.d.L
	doc.p.Heading(c.T("revbatch.section"))
	for _, line := range rv.Lines {
		doc.p.Para(line)
	}
	t := render.PDFTable{Header: []string{c.T("batch.col.file"), l.Tier, c.T("revbatch.short.validated"), c.T("revbatch.short.reviewed"),
		c.T("revbatch.short.clarifications"), c.T("revbatch.short.stale")},
		Widths: []float64{0.3, 0.13, 0.15, 0.12, 0.13, 0.17}, Right: []bool{false, false, false, true, true}}
	provisional := false
	for _, s := range in.Rows {
		if s.Err != nil {
			continue
		}
		row := []string{render.Line(s.Path), render.TierName(in.Rubric, c, s.Brief.Tier), "", "", "", ""}
		if v := s.Brief.Validated; v != nil {
			row[2] = render.TierName(in.Rubric, c, v.Tier)
			if v.Provisional {
				row[2] += "*"
				provisional = true
			}
			row[3], row[4] = fmt.Sprintf("%d/%d", v.Reviewed, v.Claimed), fmt.Sprint(v.Clarifications)
			if s.Stale {
				row[5] = l.Yes
			}
		} else if len(s.Reviews) > 1 {
			row[2] = c.T("revbatch.short.twice")
		}
		t.Rows = append(t.Rows, row)
	}
	doc.p.Table(t)
	if provisional {
		doc.p.Para(c.T("revbatch.provisional_legend"))
	}
	for _, problem := range rv.Problems {
		doc.p.Notice(problem)
	}
}
