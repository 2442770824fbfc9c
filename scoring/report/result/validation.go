package result

import (
	"strings"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// Reviewed is an evaluator's review applied to the result (wwc score --review): the
// validated figures beside the self-reported ones.
type Reviewed struct {
	Validation scoring.Validation
	// Review holds the reviewer's name and comments.
	Review *assessment.Review
	// Changed says the submission differs from the one reviewed (its digest changed): the
	// criteria whose answers changed are in Validation.Stale.
	Changed bool
}

// validationView is the validated result put into words, for every writer but JSON.
type validationView struct {
	Heading                string
	Reviewer               string
	TierID, TierName       string
	TierText               string // the tier's name, with "(provisional)" when it is
	Percent                float64
	PercentText            string
	Met, Total             int
	CriteriaText           string
	OutcomesText           string
	ReviewedText           string
	MetricsReviewedText    string
	Provisional            string // the sentence saying why the tier is provisional, or that it is not
	IsProvisional          bool
	Changed                string // the sentence about a submission changed since the review
	NotAccepted, Clarify   []commentView
	Stale                  []commentView
	MetricsOut, MetricsAsk []commentView
	// claimedMetrics and outcomesCounted are the metrics counted as claimed and as accepted.
	claimedMetrics, outcomesCounted int
	Metrics                         []commentView     // each metric decided or claimed: name, decision in words (Title), comment
	Decisions                       map[string]string // criterion ID → the decision in words
	Comments                        map[string]string // criterion ID → the reviewer's comment
	L                               validationLabels
}

// commentView is one claim of a list with the reviewer's comment ("" for none).
type commentView struct {
	ID, Title, Comment string
}

// validationLabels are the words of the validated section.
type validationLabels struct {
	Heading, Claimed, Validated, Reviewer, Reviewed, Decision, Comment, NoComment string
	NotAccepted, Clarifications, Stale, MetricsNotAccepted, MetricsClarifications string
}

func newValidationLabels(c *i18n.Catalog) validationLabels {
	return validationLabels{
		Heading: c.T("validation.heading"), Claimed: c.T("validation.claimed"), Validated: c.T("validation.validated"),
		Reviewer: c.T("validation.reviewer"), Reviewed: c.T("validation.reviewed_label"),
		Decision: c.T("validation.col.decision"), Comment: c.T("validation.col.comment"), NoComment: c.T("validation.no_comment"),
		NotAccepted: c.T("validation.not_accepted"), Clarifications: c.T("validation.clarifications"), Stale: c.T("validation.stale_heading"),
		MetricsNotAccepted: c.T("validation.metrics_not_accepted"), MetricsClarifications: c.T("validation.metrics_clarifications"),
	}
}

// newValidationView words the review applied to the result; nil without a review.
func newValidationView(in Input) *validationView {
	if in.Review == nil {
		return nil
	}
	res, c, r, val, rev := in.Result, in.Cat, in.Rubric, in.Review.Validation, in.Review.Review
	if rev == nil {
		rev = assessment.NewReview()
	}
	vv := &validationView{
		L: newValidationLabels(c), Reviewer: render.Line(rev.Reviewer),
		TierID: val.Tier, TierName: render.TierName(r, c, val.Tier),
		Percent: val.Percent(), PercentText: c.Percent(val.Percent()), Met: val.Met, Total: val.Total,
		IsProvisional: val.Provisional,
	}
	vv.Heading = vv.L.Heading
	vv.claimedMetrics, vv.outcomesCounted = val.MetricsClaimed, val.OutcomesCounted
	vv.TierText = vv.TierName
	if val.Provisional {
		vv.TierText = c.T("validation.provisional_tier", msg.Args{"Tier": vv.TierName})
	}
	vv.CriteriaText = c.T("validation.criteria_value", msg.Args{"Met": val.Met, "Total": val.Total, "Percent": vv.PercentText, "Claimed": res.Met})
	if val.MetricsClaimed == 0 {
		vv.OutcomesText = c.T("validation.outcomes_none")
	} else {
		vv.OutcomesText = c.T("validation.outcomes_value", msg.Args{"Counted": val.OutcomesCounted, "Count": val.MetricsClaimed})
	}
	vv.ReviewedText = c.T("validation.reviewed", msg.Args{"Reviewed": val.Reviewed, "Count": val.Claimed})
	vv.MetricsReviewedText = c.T("validation.metrics_reviewed", msg.Args{"Reviewed": val.MetricsReview, "Count": val.MetricsClaimed})
	vv.Provisional = provisionalText(c, val)
	if in.Review.Changed {
		if n := len(val.Stale); n > 0 {
			vv.Changed = c.T("validation.stale", msg.Args{"Count": n, "IDs": strings.Join(val.Stale, ", ")})
		} else {
			vv.Changed = c.T("validation.changed")
		}
	} else if n := len(val.Stale); n > 0 {
		vv.Changed = c.T("validation.stale", msg.Args{"Count": n, "IDs": strings.Join(val.Stale, ", ")})
	}
	criteria := func(ids []string) []commentView {
		var out []commentView
		for _, cm := range scoring.CriterionComments(rev, ids) {
			out = append(out, commentView{ID: cm.ID, Title: render.QuestionTitle(r, c, cm.ID), Comment: render.Lines(cm.Comment)})
		}
		return out
	}
	metrics := func(names []string) []commentView {
		var out []commentView
		for _, cm := range scoring.MetricComments(rev, names) {
			out = append(out, commentView{ID: render.Line(cm.ID), Comment: render.Lines(cm.Comment)})
		}
		return out
	}
	vv.NotAccepted, vv.Clarify, vv.Stale = criteria(val.NotAccepted), criteria(val.Clarifications), criteria(val.Stale)
	vv.MetricsOut, vv.MetricsAsk = metrics(val.MetricsNotAccepted), metrics(val.MetricsClarifications)
	vv.Decisions, vv.Comments = map[string]string{}, map[string]string{}
	stale := map[string]bool{}
	for _, id := range val.Stale {
		stale[id] = true
	}
	for _, q := range res.Questions {
		item := rev.Criteria[questions.NormalizeID(q.ID)]
		switch {
		case stale[q.ID]:
			vv.Decisions[q.ID] = c.T("validation.decision.stale")
		case item.Decision != assessment.Unreviewed:
			vv.Decisions[q.ID] = c.T("validation.decision." + item.Decision.String())
		case q.Counted():
			vv.Decisions[q.ID] = c.T("validation.decision.unreviewed")
		}
		vv.Comments[q.ID] = render.Lines(strings.TrimSpace(item.Comment))
	}
	for _, m := range res.Outcomes {
		item := rev.Metrics[strings.TrimSpace(m.Metric.Name)]
		if item.Decision == assessment.Unreviewed && !m.Counted() {
			continue
		}
		vv.Metrics = append(vv.Metrics, commentView{ID: render.Line(m.Metric.Name),
			Title: c.T("validation.decision." + item.Decision.String()), Comment: render.Lines(strings.TrimSpace(item.Comment))})
	}
	return vv
}

// summary is the validated figures as label and value pairs, for the layouts of rows; the
// sentences (provisional, changed) have no label.
func (vv *validationView) summary(l render.Labels) [][2]string {
	rows := [][2]string{
		{l.Tier, vv.TierText}, {l.Criteria, vv.CriteriaText}, {l.Outcomes, vv.OutcomesText},
		{vv.L.Reviewed, vv.ReviewedText + "; " + vv.MetricsReviewedText}, {"", vv.Provisional},
	}
	if vv.Reviewer != "" {
		rows = append([][2]string{{vv.L.Reviewer, vv.Reviewer}}, rows...)
	}
	if vv.Changed != "" {
		rows = append(rows, [2]string{"", vv.Changed})
	}
	return rows
}

// provisionalText says what is left to review, or that every claim is reviewed.
func provisionalText(c *i18n.Catalog, val scoring.Validation) string {
	criteria, metrics := val.Claimed-val.Reviewed, val.MetricsClaimed-val.MetricsReview
	cText := c.T("validation.unreviewed_criteria", msg.Args{"Count": criteria})
	mText := c.T("validation.unreviewed_metrics", msg.Args{"Count": metrics})
	switch {
	case criteria > 0 && metrics > 0:
		return c.T("validation.provisional_both", msg.Args{"Criteria": cText, "Metrics": mText})
	case criteria > 0:
		return c.T("validation.provisional_one", msg.Args{"What": cText})
	case metrics > 0:
		return c.T("validation.provisional_one", msg.Args{"What": mText})
	}
	return c.T("validation.complete")
}

// orNone is a comment, or the words saying there is none.
func (vv *validationView) orNone(comment string) string {
	if comment == "" {
		return vv.L.NoComment
	}
	return comment
}

// Lists is lists, for the HTML template.
func (vv *validationView) Lists() []commentList { return vv.lists() }

// lists are the validated section's lists with their headings, in the order reports show
// them; empty lists are left out.
func (vv *validationView) lists() []commentList {
	var out []commentList
	for _, l := range []commentList{
		{vv.L.NotAccepted, vv.NotAccepted, false}, {vv.L.Clarifications, vv.Clarify, false}, {vv.L.Stale, vv.Stale, false},
		{vv.L.MetricsNotAccepted, vv.MetricsOut, true}, {vv.L.MetricsClarifications, vv.MetricsAsk, true},
	} {
		if len(l.Items) > 0 {
			out = append(out, l)
		}
	}
	return out
}

// commentList is one list of the validated section.
type commentList struct {
	Heading string
	Items   []commentView
	Metrics bool
}
