package diff

import (
	"io"

	"github.com/citydatakit/wwc/scoring/report/render"
)

type csvWriter struct{}

// Write writes one row per criterion: its answer and whether it counts, before and after.
func (csvWriter) Write(w io.Writer, in Input) error {
	c, cmp := in.Cat, in.C
	l := render.NewLabels(c)
	header := []string{l.ID, l.Practice, l.Criterion, c.T("diff.col.answer_old"), c.T("diff.col.answer_new"),
		c.T("diff.col.counts_old"), c.T("diff.col.counts_new"), c.T("diff.col.change")}
	var rows [][]string
	for _, ch := range cmp.Criteria {
		rows = append(rows, []string{ch.ID, ch.Practice, render.QuestionTitle(in.Rubric, c, ch.ID), render.AnswerText(c, ch.From), render.AnswerText(c, ch.To),
			l.YesNo(ch.WasCount), l.YesNo(ch.Counted), c.T("diff.change." + ch.Change())})
	}
	return render.WriteCSV(w, c, header, rows)
}
