package cohort

import (
	"html/template"
	"strings"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// htmlReview is what a batch run with reviews adds to the cohort page: the section near the
// top with what was read and what did not fit, the badge and sentence that head the
// statistics with the view they count, and the chart of claimed and validated tiers.
type htmlReview struct {
	H        string
	Lines    []string
	Problems []string
	// Badge names the view the statistics count on each of their headings; StatsLine says
	// it in the text summary's words.
	Badge, StatsLine string
	Validated        bool

	PairH, PairDesc string
	PairChart       template.HTML
}

// reviewCols are the review cells of a scored submission's row on the page.
type reviewCols struct {
	Tier, TierColor, Share, Reviewed, Clarifications string
	Files                                            string
	Flags                                            []string
}

// reviewSection puts the batch's reviews into the page's words; nil when it had none.
func (d *htmlData) reviewSection(in Input) {
	if d.Review == nil {
		return
	}
	c := in.Cat
	// The sentences name files a stranger named: cleaned like every name on the page.
	rv := &htmlReview{H: c.T("revbatch.section"), Lines: cleaned(d.Review.Lines), Problems: cleaned(d.Review.Problems),
		Validated: in.Cohort.View == scoring.ViewValidated}
	if rv.Validated {
		rv.Badge, rv.StatsLine = c.T("cohortrev.badge.validated"), c.T("revbatch.view.validated")
	} else {
		rv.Badge, rv.StatsLine = c.T("cohortrev.badge.claimed"), c.T("revbatch.view.claimed")
	}
	d.Rev = rv
	d.tierPairs(in)
}

// reviewHeadersHTML are the review columns of the page's table of submissions.
func reviewHeadersHTML(in Input) []string {
	c := in.Cat
	return []string{c.T("revbatch.col.validated"), c.T("revbatch.col.validated_share"), c.T("revbatch.col.reviewed"),
		c.T("revbatch.col.clarifications"), c.T("revbatch.col.review")}
}

// reviewColsOf are s's review cells: the validated tier with "provisional" in words, its
// share, the claimed criteria reviewed, the clarifications pending, and the review's file,
// flagged when it is stale or when the submission is reviewed twice.
func reviewColsOf(in Input, s Submission) *reviewCols {
	c := in.Cat
	rc := &reviewCols{Files: render.Line(strings.Join(s.Reviews, ", "))}
	if len(s.Reviews) > 1 {
		rc.Flags = append(rc.Flags, c.T("cohortrev.twice"))
	}
	v := s.Brief.Validated
	if v == nil {
		return rc
	}
	rc.Tier, rc.TierColor = render.TierName(in.Rubric, c, v.Tier), render.TierColor(v.Tier)
	if v.Provisional {
		rc.Tier = c.T("validation.provisional_tier", msg.Args{"Tier": rc.Tier})
	}
	rc.Share = c.Percent(v.Percent())
	rc.Reviewed = c.T("revbatch.reviewed_of", msg.Args{"Reviewed": c.Number(float64(v.Reviewed)), "Claimed": c.Number(float64(v.Claimed))})
	rc.Clarifications = c.Number(float64(v.Clarifications))
	if s.Stale {
		rc.Flags = append(rc.Flags, c.T("revbatch.col.stale"))
	}
	return rc
}

// cleaned is every sentence of lines made safe to show (see render.Lines).
func cleaned(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = render.Lines(l)
	}
	return out
}
