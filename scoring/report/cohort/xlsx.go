package cohort

import (
	"io"
	"strings"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

type xlsxWriter struct{}

// Write writes a Summary sheet (one row per submission, filterable, frozen header,
// tiers colored), a Cohort sheet (counts, tiers, practice averages), a Criteria sheet (the
// met rate of every criterion, filterable) and an Errors sheet. Figures are numbers: counts and years as integers, shares as percent cells;
// a file that could not be read has empty figures, not zeros.
func (xlsxWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	c := in.Cat
	b := render.NewBook()
	submissionsSheet(b, b.Sheet(c.T("batch.sheet.summary")), v, in)
	cohortSheet(b, b.Sheet(c.T("xlsx.sheet.cohort")), v, in)
	ratesSheet(b.Sheet(c.T("batch.sheet.criteria")), v, in)
	failuresSheet(b.Sheet(c.T("batch.sheet.errors")), v, in)
	return b.Finish(w)
}

// submissionsSheet is the table of submissions, the columns of the view's headers.
func submissionsSheet(b *render.Book, s *render.Sheet, v *view, in Input) {
	s.Header(1, v.Headers...)
	s.PrintTitle = 1
	for i, sub := range in.Rows {
		n := i + 2
		if sub.Err != nil {
			cells := make([]render.Cell, len(v.Headers))
			cells[0] = render.TextCell(sub.Path)
			cells[len(cells)-1] = render.TextCell(msg.Text(in.Cat, sub.Err))
			s.Row(n, cells...)
			continue
		}
		br := sub.Brief
		cells := []render.Cell{render.TextCell(sub.Path), render.TextCell(br.City), render.TextCell(br.Country), render.YearCell(br.Year),
			render.IntCell(br.Met), render.IntCell(br.Total), render.PercentCell(br.Percent()),
			render.TextCell(render.TierName(in.Rubric, in.Cat, br.Tier)).With(b.Styles.Tier[br.Tier]),
			render.IntCell(br.OutcomesCounted), render.IntCell(br.Unanswered)}
		for _, p := range br.Practices {
			cells = append(cells, render.PercentCell(p))
		}
		if v.Review != nil {
			cells = append(cells, reviewBookCells(b, v, in, sub)...)
		}
		dup := ""
		if sub.Duplicate {
			dup = v.L.Yes
		}
		cells = append(cells, render.TextCell(dup), render.TextCell(strings.Join(render.NoticeTexts(in.Cat, br.Notices), "\n")), render.Cell{})
		s.Row(n, cells...)
	}
	s.Filter = s.Table(1, len(v.Headers), len(in.Rows)+1)
	s.Cap(1, 30)
	s.Cap(len(v.Headers)-1, 40)
	s.Cap(len(v.Headers), 40)
}

// cohortSheet is the statistics of the batch: counts, duplicates, tiers and practice averages.
func cohortSheet(b *render.Book, s *render.Sheet, v *view, in Input) {
	c, r := in.Cat, in.Rubric
	s.Title(1, v.Title, b.Styles.Title)
	s.PrintTitle = 1
	n := 2
	lines := append([]string{v.Date, v.Counts, v.Skipped, v.Counted}, v.Dupes...)
	if v.Review != nil {
		lines = append(append(lines, v.Review.Lines...), v.Review.Problems...)
	}
	for _, line := range lines {
		if line != "" {
			s.Note(n, line)
			n++
		}
	}
	n++
	s.Header(n, v.L.Tier, c.T("batch.col.cities"))
	n++
	ids := append([]string{scoring.TierNone}, r.TierIDs()...)
	for i := len(ids) - 1; i >= 0; i-- {
		s.Row(n, render.TextCell(render.TierName(r, c, ids[i])), render.IntCell(in.Cohort.Tiers[ids[i]]))
		n++
	}
	n++
	s.Header(n, v.L.Practice, v.L.ID, c.T("batch.col.average"))
	n++
	for _, p := range in.Cohort.Practices {
		s.Row(n, render.TextCell(render.PracticeName(r, c, p.ID)), render.TextCell(p.ID), render.PercentCell(p.Percent))
		n++
	}
	s.Cap(1, 40)
	s.Measure(3, 30) // room for the sentences above
}

// ratesSheet is the met rate of every criterion: the table, its header on every page.
func ratesSheet(s *render.Sheet, v *view, in Input) {
	c, r := in.Cat, in.Rubric
	s.Header(1, v.L.ID, v.L.Criterion, v.L.Met, c.T("batch.col.total"), c.T("batch.col.rate"))
	s.PrintTitle = 1
	for i, q := range in.Cohort.Criteria {
		s.Row(i+2, render.TextCell(q.ID), render.TextCell(render.QuestionTitle(r, c, q.ID)), render.IntCell(q.Met), render.IntCell(q.Of), render.PercentCell(q.Rate()))
	}
	s.Filter = s.Table(1, 5, len(in.Cohort.Criteria)+1)
	s.Cap(2, 60)
}

// failuresSheet lists the files that could not be read, and those skipped, with why.
func failuresSheet(s *render.Sheet, v *view, in Input) {
	c := in.Cat
	s.Header(1, c.T("batch.col.file"), c.T("batch.col.error"))
	s.PrintTitle = 1
	for i, e := range v.Errors {
		s.Row(i+2, render.TextCell(e[0]), render.TextCell(e[1]))
	}
	for i, sk := range in.Skipped {
		s.Row(len(v.Errors)+i+2, render.TextCell(sk.Path), render.TextCell(c.T("batch.col.skipped")+": "+c.T("batch.skipped."+sk.Reason, msg.Args{"Count": 1})))
	}
	s.Cap(1, 40)
	s.Cap(2, 100)
	s.Measure(2, 60)
}

// reviewBookCells are the review columns of a scored submission as cells: the validated tier
// colored like the claimed one, the share as a percent, counts as numbers.
func reviewBookCells(b *render.Book, v *view, in Input, sub Submission) []render.Cell {
	cells := make([]render.Cell, len(v.Review.Headers))
	cells[6] = render.TextCell(strings.Join(sub.Reviews, ", "))
	val := sub.Brief.Validated
	if val == nil {
		return cells
	}
	cells[0] = render.TextCell(render.TierName(in.Rubric, in.Cat, val.Tier)).With(b.Styles.Tier[val.Tier])
	if val.Provisional {
		cells[1] = render.TextCell(v.L.Yes)
	}
	cells[2] = render.PercentCell(val.Percent())
	cells[3] = render.TextCell(in.Cat.T("revbatch.reviewed_of", msg.Args{"Reviewed": val.Reviewed, "Claimed": val.Claimed}))
	cells[4] = render.IntCell(val.Clarifications)
	if sub.Stale {
		cells[5] = render.TextCell(v.L.Yes)
	}
	return cells
}
