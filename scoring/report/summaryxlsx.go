package report

import (
	"io"
	"strings"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
)

type xlsxSummary struct{}

// WriteSummary writes a Summary sheet (one row per submission, filterable, frozen header,
// tiers colored), a Cohort sheet (counts, tiers, practice averages), a Criteria sheet (the
// met rate of every criterion, filterable) and an Errors sheet. Figures are numbers: counts and years as integers, shares as percent cells;
// a file that could not be read has empty figures, not zeros.
func (xlsxSummary) WriteSummary(w io.Writer, in SummaryInput) error {
	v := newSummaryView(in)
	c := in.Cat
	b := newBook()
	b.submissions(b.sheet(c.T("batch.sheet.summary")), v, in)
	b.cohort(b.sheet(c.T("xlsx.sheet.cohort")), v, in)
	b.rates(b.sheet(c.T("batch.sheet.criteria")), v, in)
	b.failures(b.sheet(c.T("batch.sheet.errors")), v, in)
	return b.finish(w)
}

// submissions is the table of submissions, the columns of the view's headers.
func (b *xlsxBook) submissions(s *xlsxSheet, v *summaryView, in SummaryInput) {
	s.header(1, v.Headers...)
	s.printTitle = 1
	for i, sub := range in.Rows {
		n := i + 2
		if sub.Err != nil {
			cells := make([]xcell, len(v.Headers))
			cells[0] = textCell(sub.Path)
			cells[len(cells)-1] = textCell(msg.Text(in.Cat, sub.Err))
			s.row(n, cells...)
			continue
		}
		br := sub.Brief
		cells := []xcell{textCell(sub.Path), textCell(br.City), textCell(br.Country), yearCell(br.Year),
			intCell(br.Met), intCell(br.Total), percentCell(br.Percent()),
			textCell(TierName(in.Rubric, in.Cat, br.Tier)).with(b.tier[br.Tier]),
			intCell(br.OutcomesCounted), intCell(br.Unanswered)}
		for _, p := range br.Practices {
			cells = append(cells, percentCell(p))
		}
		dup := ""
		if sub.Duplicate {
			dup = v.L.Yes
		}
		cells = append(cells, textCell(dup), textCell(strings.Join(noticeTexts(in.Cat, br.Notices), "\n")), xcell{})
		s.row(n, cells...)
	}
	s.filter = s.table(1, len(v.Headers), len(in.Rows)+1)
	s.cap(1, 30)
	s.cap(len(v.Headers)-1, 40)
	s.cap(len(v.Headers), 40)
}

// cohort is the statistics of the batch: counts, duplicates, tiers and practice averages.
func (b *xlsxBook) cohort(s *xlsxSheet, v *summaryView, in SummaryInput) {
	c, r := in.Cat, in.Rubric
	s.title(1, v.Title, b.title)
	s.printTitle = 1
	n := 2
	for _, line := range append([]string{v.Date, v.Counts, v.Skipped, v.Counted}, v.Dupes...) {
		if line != "" {
			s.note(n, line)
			n++
		}
	}
	n++
	s.header(n, v.L.Tier, c.T("batch.col.cities"))
	n++
	ids := append([]string{scoring.TierNone}, r.TierIDs()...)
	for i := len(ids) - 1; i >= 0; i-- {
		s.row(n, textCell(TierName(r, c, ids[i])), intCell(in.Cohort.Tiers[ids[i]]))
		n++
	}
	n++
	s.header(n, v.L.Practice, v.L.ID, c.T("batch.col.average"))
	n++
	for _, p := range in.Cohort.Practices {
		s.row(n, textCell(PracticeName(r, c, p.ID)), textCell(p.ID), percentCell(p.Percent))
		n++
	}
	s.cap(1, 40)
	s.measure(3, 30) // room for the sentences above
}

// rates is the met rate of every criterion: the table, its header on every page.
func (b *xlsxBook) rates(s *xlsxSheet, v *summaryView, in SummaryInput) {
	c, r := in.Cat, in.Rubric
	s.header(1, v.L.ID, v.L.Criterion, v.L.Met, c.T("batch.col.total"), c.T("batch.col.rate"))
	s.printTitle = 1
	for i, q := range in.Cohort.Criteria {
		s.row(i+2, textCell(q.ID), textCell(QuestionTitle(r, c, q.ID)), intCell(q.Met), intCell(q.Of), percentCell(q.Rate()))
	}
	s.filter = s.table(1, 5, len(in.Cohort.Criteria)+1)
	s.cap(2, 60)
}

// failures lists the files that could not be read, and those skipped, with why.
func (b *xlsxBook) failures(s *xlsxSheet, v *summaryView, in SummaryInput) {
	c := in.Cat
	s.header(1, c.T("batch.col.file"), c.T("batch.col.error"))
	s.printTitle = 1
	for i, e := range v.Errors {
		s.row(i+2, textCell(e[0]), textCell(e[1]))
	}
	for i, sk := range in.Skipped {
		s.row(len(v.Errors)+i+2, textCell(sk.Path), textCell(c.T("batch.col.skipped")+": "+c.T("batch.skipped."+sk.Reason, msg.Args{"Count": 1})))
	}
	s.cap(1, 40)
	s.cap(2, 100)
	s.measure(2, 60)
}
