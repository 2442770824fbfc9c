package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/assessment/reviewfile"
	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/internal/review"
	"github.com/citydatakit/wwc/questions"
)

// runReviewFrom reads the decisions of a filled review workbook (or a review file) for the
// submission, checks that it reviews that submission, and saves them as the review file.
func runReviewFrom(a *app, opts *reviewOptions) error {
	r, err := a.rubric()
	if err != nil {
		return err
	}
	sub, err := load.File(opts.File, load.Options{Rubric: r})
	if err != nil {
		return err
	}
	a.adoptFileLang(sub.Lang)
	out := opts.Output
	if out == "" {
		out = review.DefaultPath(opts.File, sub)
	}
	for _, in := range []string{opts.File, opts.From} {
		if fileio.SamePath(in, out) {
			return usage("usage.output_is_input", msg.Args{"File": out})
		}
	}
	got, err := review.Read(opts.From)
	if err != nil {
		return err
	}
	var earlier *assessment.Review
	if _, err := os.Stat(out); err == nil {
		if earlier, err = review.Load(out); err != nil {
			return err
		}
	}
	imp, err := review.Import(r, sub, opts.File, opts.From, got, earlier, opts.Reviewer, a.today().Format("2006-01-02"))
	if err != nil {
		return err
	}
	a.reviewWarnings(opts, imp)
	order := make([]string, 0, r.Count())
	for _, q := range r.Questions() {
		order = append(order, questions.NormalizeID(q.ID))
	}
	if err := reviewfile.Write(out, imp.Review, order); err != nil {
		return msg.Wrap(err, "file.write", msg.Args{"File": out, "Err": fileio.Reason(err)})
	}
	return a.reviewSummary(opts, out, r, sub, imp)
}

// reviewWarnings says what of the workbook was not taken as it stands.
func (a *app) reviewWarnings(opts *reviewOptions, imp *review.Imported) {
	switch {
	case imp.Changed && len(imp.Stale) > 0:
		a.warn(a.cat.T("revbook.stale", msg.Args{"File": opts.From, "Submission": opts.File, "Count": len(imp.Stale), "IDs": strings.Join(imp.Stale, ", ")}))
	case imp.Changed:
		a.warn(a.cat.T("revbook.stale_other", msg.Args{"File": opts.From, "Submission": opts.File}))
	}
	if imp.NoDetails {
		a.warn(a.cat.T("revbook.assumed", msg.Args{"File": opts.From, "Submission": opts.File}))
	}
	for _, p := range imp.Undecided {
		a.warn(a.cat.T("revbook.undecided", msg.Args{"File": opts.From, "Place": p}))
	}
}

// reviewSummary prints what was read, what the review now holds and the commands that use it.
func (a *app) reviewSummary(opts *reviewOptions, out string, r *questions.Rubric, sub *assessment.Assessment, imp *review.Imported) error {
	c := a.cat
	counts := map[assessment.Decision]int{}
	for _, it := range imp.Review.Criteria {
		counts[it.Decision]++
	}
	for _, it := range imp.Review.Metrics {
		counts[it.Decision]++
	}
	lines := []string{
		c.T("revbook.read", msg.Args{"File": opts.From, "Count": imp.Read}),
		c.T("revbook.per_decision", msg.Args{"Accepted": counts[assessment.Accepted], "NotAccepted": counts[assessment.NotAccepted], "Clarification": counts[assessment.Clarification]}),
		c.T("revbook.reviewed", msg.Args{"Count": r.Count(), "Criteria": len(imp.Review.Criteria), "Metrics": len(imp.Review.Metrics), "Given": len(sub.Outcomes)}),
	}
	if imp.Kept > 0 {
		lines = append(lines, c.T("revbook.kept", msg.Args{"File": out, "Count": imp.Kept}))
	}
	lines = append(lines, c.T("revbook.wrote", msg.Args{"File": out}), c.T("revbook.next"),
		"  wwc score "+opts.File+" --review "+out,
		"  wwc review "+opts.File+" --letter --review "+out)
	_, err := fmt.Fprintln(a.io.Out, strings.Join(lines, "\n"))
	return err
}
