package diff

import (
	"io"

	"github.com/citydatakit/wwc/scoring"
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
	old := map[string]scoring.QuestionResult{}
	for _, q := range cmp.Old.Questions {
		old[q.ID] = q
	}
	for _, q := range cmp.New.Questions {
		o, ok := old[q.ID]
		if !ok {
			continue
		}
		change := "diff.change.same"
		switch {
		case q.Counted() && !o.Counted():
			change = "diff.change.gained"
		case !q.Counted() && o.Counted():
			change = "diff.change.lost"
		case o.Answer != q.Answer || (o.Evidence == "") != (q.Evidence == ""):
			change = "diff.change.changed"
		}
		rows = append(rows, []string{q.ID, q.Practice, render.QuestionTitle(in.Rubric, c, q.ID), render.AnswerText(c, o.Answer), render.AnswerText(c, q.Answer),
			l.YesNo(o.Counted()), l.YesNo(q.Counted()), c.T(change)})
	}
	return render.WriteCSV(w, c, header, rows)
}
