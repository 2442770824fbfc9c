package diff

import (
	"io"

	"github.com/citydatakit/wwc/scoring/report/render"
)

type xlsxWriter struct{}

// Write writes a Comparison sheet (the heading, the tier, criteria and outcome lines, each
// practice's share in both years as percent cells and the change in points) and a Criteria
// sheet (every shared criterion's answer and count before and after, filterable).
func (xlsxWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	b := render.NewBook()
	summarySheet(b, b.Sheet(v.LTitle), v, in)
	criteriaSheet(b.Sheet(v.L.CriteriaList), in)
	return b.Finish(w)
}

func summarySheet(b *render.Book, s *render.Sheet, v *view, in Input) {
	s.Title(1, v.Heading, b.Styles.Title)
	s.PrintTitle = 1
	n := 2
	for _, line := range append([]string{v.Meta, v.Disclaimer}, v.Warnings...) {
		s.Note(n, line)
		n++
	}
	n++
	for _, kv := range [][2]string{{v.L.Tier, v.TierLine}, {v.L.Criteria, v.CriteriaLine}, {v.L.Outcomes, v.OutcomesLine}} {
		s.Note(n, kv[0]+": "+kv[1])
		n++
	}
	n++
	s.Header(n, v.L.Practice, v.LOld, v.LNew, v.LChange)
	first := n
	for i, p := range in.C.Practices {
		n++
		cells := []render.Cell{render.TextCell(v.Practices[i].Name), {}, {}, {}}
		if p.InOld {
			cells[1] = render.PercentCell(p.Old)
		}
		if p.InNew {
			cells[2] = render.PercentCell(p.New)
		}
		if p.InOld && p.InNew {
			d := p.New - p.Old
			cells[3] = render.NumberCell(&d).With(b.Styles.Points)
		}
		s.Row(n, cells...)
	}
	s.Table(first, 4, n)
	s.Cap(1, 45)
}

func criteriaSheet(s *render.Sheet, in Input) {
	c := in.Cat
	l := render.NewLabels(c)
	header := []string{l.ID, l.Practice, l.Criterion, c.T("diff.col.answer_old"), c.T("diff.col.answer_new"),
		c.T("diff.col.counts_old"), c.T("diff.col.counts_new"), c.T("diff.col.change")}
	s.Header(1, header...)
	s.PrintTitle = 1
	for i, ch := range in.C.Criteria {
		s.Row(i+2, render.TextCell(ch.ID), render.TextCell(ch.Practice), render.TextCell(render.QuestionTitle(in.Rubric, c, ch.ID)),
			render.TextCell(render.AnswerText(c, ch.From)), render.TextCell(render.AnswerText(c, ch.To)),
			render.TextCell(l.YesNo(ch.WasCount)), render.TextCell(l.YesNo(ch.Counted)), render.TextCell(c.T("diff.change."+ch.Change())))
	}
	s.Filter = s.Table(1, len(header), len(in.C.Criteria)+1)
	s.Cap(3, 50)
}
