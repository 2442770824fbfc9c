package cohort

import (
	"fmt"
	"sort"
	"strings"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/scoring/report/render"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
)

// view is the summary put into words once for every format.
type view struct {
	Headers  []string
	Rows     [][]string // one per submission, the cells of Headers
	Tiers    [][2]string
	Practice [][3]string // name, ID, average
	Criteria [][4]string // ID, title, met/of, rate
	Rarest   [][4]string
	Counts   string
	Dupes    []string
	Skipped  string
	Counted  string
	// Other says which submissions answer another rubric than the statistics', "" if none.
	Other  string
	Errors [][2]string
	L      render.Labels
	Title  string
	Date   string
	// Review is what reviews add; nil for a batch run without them.
	Review *reviewView
}

func newView(in Input) *view {
	c, r := in.Cat, in.Rubric
	v := &view{L: render.NewLabels(c), Title: c.T("batch.title"), Review: newReviewView(in)}
	if !in.Date.IsZero() {
		v.Date = c.Date(in.Date.Year(), int(in.Date.Month()), in.Date.Day())
	}
	v.Headers = []string{c.T("batch.col.file"), c.T("batch.col.city"), c.T("batch.col.country"), c.T("batch.col.year"),
		v.L.Met, c.T("batch.col.total"), v.L.Percent, v.L.Tier, v.L.Outcomes, v.L.Unanswered}
	for _, p := range r.Practices {
		v.Headers = append(v.Headers, p.ID)
	}
	if v.Review != nil {
		v.Headers = append(v.Headers, v.Review.Headers...)
	}
	v.Headers = append(v.Headers, c.T("batch.col.duplicate"), c.T("report.notices"), c.T("batch.col.error"))
	failed := 0
	for _, s := range in.Rows {
		row := []string{s.Path}
		if s.Err != nil {
			failed++
			row = append(row, make([]string, len(v.Headers)-4)...)
			row = append(row, "", "", msg.Text(c, s.Err))
			v.Errors = append(v.Errors, [2]string{s.Path, msg.Text(c, s.Err)})
			v.Rows = append(v.Rows, row)
			continue
		}
		b := s.Brief
		row = append(row, b.City, b.Country, render.Year(b.Year), fmt.Sprint(b.Met), fmt.Sprint(b.Total),
			c.Percent(b.Percent()), render.TierName(r, c, b.Tier), fmt.Sprint(b.OutcomesCounted), fmt.Sprint(b.Unanswered))
		for _, p := range b.Practices {
			row = append(row, c.Percent(p))
		}
		if v.Review != nil {
			row = append(row, reviewCells(in, v.L, s)...)
		}
		dup := ""
		if s.Duplicate {
			dup = v.L.Yes
		}
		row = append(row, dup, strings.Join(render.NoticeTexts(c, b.Notices), "\n"), "")
		v.Rows = append(v.Rows, row)
	}
	v.Counts = c.T("batch.counts", msg.Args{"Scored": len(in.Rows) - failed, "Failed": failed, "Count": len(in.Rows)})
	ids := append([]string{scoring.TierNone}, r.TierIDs()...)
	for i := len(ids) - 1; i >= 0; i-- {
		v.Tiers = append(v.Tiers, [2]string{render.TierName(r, c, ids[i]), fmt.Sprint(in.Cohort.Tiers[ids[i]])})
	}
	for _, p := range in.Cohort.Practices {
		v.Practice = append(v.Practice, [3]string{render.PracticeName(r, c, p.ID), p.ID, c.Percent(p.Percent)})
	}
	rates := append([]scoring.CriterionRate(nil), in.Cohort.Criteria...)
	for _, q := range rates {
		v.Criteria = append(v.Criteria, [4]string{q.ID, render.QuestionTitle(r, c, q.ID), fmt.Sprintf("%d/%d", q.Met, q.Of), c.Percent(q.Rate())})
	}
	sort.SliceStable(rates, func(i, j int) bool { return rates[i].Met < rates[j].Met })
	for i := 0; i < len(rates) && i < 5; i++ {
		q := rates[i]
		v.Rarest = append(v.Rarest, [4]string{q.ID, render.QuestionTitle(r, c, q.ID), fmt.Sprintf("%d/%d", q.Met, q.Of), c.Percent(q.Rate())})
	}
	for g, group := range in.Cohort.Duplicates {
		var files []string
		for _, i := range group {
			files = append(files, in.Rows[i].Path)
		}
		b := in.Rows[group[0]].Brief
		kept := in.Rows[group[len(group)-1]].Path
		if g < len(in.Cohort.Kept) {
			kept = in.Rows[in.Cohort.Kept[g]].Path
		}
		v.Dupes = append(v.Dupes, c.T("batch.duplicate_kept", msg.Args{"City": b.City, "Year": b.Year, "Files": strings.Join(files, ", "), "Kept": kept}))
	}
	if len(in.Cohort.Duplicates) > 0 {
		v.Counted = c.T("batch.counted", msg.Args{"Count": in.Cohort.Counted})
	}
	v.Skipped = skippedText(c, in.Skipped)
	v.Other = otherRubricText(in)
	return v
}

// skipReasons orders the reasons a file is skipped, as summaries list them.
var skipReasons = []string{"hidden", "lock", "temporary", "link_outside", "link_broken", "link_repeat", "special", "output", "other"}

// skippedText says how many files were skipped and why, or "" when none were.
func skippedText(c *i18n.Catalog, skipped []SkippedFile) string {
	if len(skipped) == 0 {
		return ""
	}
	counts := map[string]int{}
	for _, s := range skipped {
		counts[s.Reason]++
	}
	var parts []string
	for _, r := range skipReasons {
		if n := counts[r]; n > 0 {
			parts = append(parts, c.T("batch.skipped."+r, msg.Args{"Count": n}))
		}
	}
	return c.T("batch.skipped", msg.Args{"List": strings.Join(parts, ", ")})
}

// otherRubricText names the submissions scored against another rubric than the one the
// statistics compare, or is "" when there are none.
func otherRubricText(in Input) string {
	var files []string
	for _, i := range in.Cohort.OtherRubric {
		if i >= 0 && i < len(in.Rows) {
			files = append(files, in.Rows[i].Path)
		}
	}
	if len(files) == 0 {
		return ""
	}
	return in.Cat.T("cohort.other_rubric", msg.Args{"Count": len(files), "Files": strings.Join(files, ", "),
		"Rubric": strings.TrimSpace(in.Cohort.RubricID + " " + in.Cohort.RubricVersion)})
}
