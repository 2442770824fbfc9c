package cohort

import (
	"fmt"
	"strings"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// reviewView is what a batch run with reviews adds to the summary, in words once for every
// format: the review columns of the table of submissions, the sentences that say what was
// read and which view the statistics show, and the problems (reviewed twice, stale, a review
// of no submission, files that are not reviews).
type reviewView struct {
	Headers  []string
	Lines    []string
	Problems []string
}

// reviewHeaders are the review columns of the table of submissions.
func reviewHeaders(c *i18n.Catalog) []string {
	return []string{c.T("revbatch.col.validated"), c.T("revbatch.col.provisional"), c.T("revbatch.col.validated_share"),
		c.T("revbatch.col.reviewed"), c.T("revbatch.col.clarifications"), c.T("revbatch.col.stale"), c.T("revbatch.col.review")}
}

// newReviewView puts the reviews of in into words; nil when the batch had none.
func newReviewView(in Input) *reviewView {
	if in.Reviews == nil {
		return nil
	}
	c, rs := in.Cat, in.Reviews
	v := &reviewView{Headers: reviewHeaders(c)}
	v.Lines = append(v.Lines, c.T("revbatch.reviews_read", msg.Args{"Count": rs.Read, "Dir": rs.Dir}))
	if in.Cohort.View == scoring.ViewValidated {
		v.Lines = append(v.Lines, c.T("revbatch.view.validated"), c.T("revbatch.unreviewed_left_out", msg.Args{"Count": unreviewed(in)}))
	} else {
		v.Lines = append(v.Lines, c.T("revbatch.view.claimed"), c.T("revbatch.unreviewed", msg.Args{"Count": unreviewed(in)}))
	}
	v.Problems = ReviewProblems(in)
	return v
}

// unreviewed counts the scored submissions the statistics count that no review applies to
// (in the validated view, Cohort.Unreviewed: those left out).
func unreviewed(in Input) int {
	n := 0
	for _, s := range in.Rows {
		if s.Err == nil && !s.Dropped && s.Brief.Validated == nil {
			n++
		}
	}
	return n
}

// ReviewProblems are the sentences about reviews a user must hear of, in the order of the
// submissions then of the reviews: submissions reviewed twice, stale reviews, reviews that
// match no submission, and files among the reviews that are not ones. wwc batch prints them
// on standard error too.
func ReviewProblems(in Input) []string {
	if in.Reviews == nil {
		return nil
	}
	c := in.Cat
	var out []string
	for _, s := range in.Rows {
		switch {
		case len(s.Reviews) > 1:
			out = append(out, c.T("revbatch.twice", msg.Args{"File": s.Path, "Reviews": strings.Join(s.Reviews, ", ")}))
		case s.Stale && s.Brief.Validated != nil:
			out = append(out, c.T("revbatch.stale", msg.Args{"File": s.Path, "Review": s.Reviews[0], "Count": s.Brief.Validated.Stale}))
		}
	}
	for _, f := range in.Reviews.Unmatched {
		out = append(out, c.T("revbatch.unmatched", msg.Args{"File": f}))
	}
	for _, o := range in.Reviews.Outranked {
		out = append(out, c.T("revbatch.outranked", msg.Args{"File": o.Review, "Submission": o.Submission, "By": strings.Join(o.By, ", ")}))
	}
	for _, sk := range in.Reviews.Skipped {
		out = append(out, c.T("revbatch.review_skipped", msg.Args{"Note": msg.Text(c, sk.Reason)}))
	}
	return out
}

// reviewCells are a scored submission's review columns: empty when no review applies, the
// files when it is reviewed twice.
func reviewCells(in Input, l render.Labels, s Submission) []string {
	cells := make([]string, 7)
	cells[6] = strings.Join(s.Reviews, ", ")
	v := s.Brief.Validated
	if v == nil {
		return cells
	}
	cells[0] = render.TierName(in.Rubric, in.Cat, v.Tier)
	if v.Provisional {
		cells[1] = l.Yes
	}
	cells[2] = in.Cat.Percent(v.Percent())
	// "31 of 35", not "31/35", which a spreadsheet opening the CSV could take for a date.
	cells[3] = in.Cat.T("revbatch.reviewed_of", msg.Args{"Reviewed": v.Reviewed, "Claimed": v.Claimed})
	cells[4] = fmt.Sprint(v.Clarifications)
	if s.Stale {
		cells[5] = l.Yes
	}
	return cells
}
