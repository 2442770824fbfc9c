package letter

import (
	"slices"
	"strings"
	"time"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// view is the letter put into words once: every string is in the reader's language, and the
// city's and reviewer's text is cleaned (render.Line) but not escaped for any format.
type view struct {
	Title, Date, Greeting string
	Intro                 []string
	StandingHeading       string
	Standing              []string
	Sections              []section
	Closing               []string
	Regards               string
	Signature             []string
}

// section is one group of claims the letter asks about, each with what would settle it.
type section struct {
	Heading, Intro string
	Items          []item
}

// item is one claim: its name, then labelled lines (the reviewer's comment, the evidence
// that would settle it, how the answer changed).
type item struct {
	Name  string
	Lines []labelled
}

// labelled is a line of an item, its label apart so that each format can set it off.
type labelled struct{ Label, Text string }

func newView(in Input) *view {
	c, res, v, rev := in.Cat, in.Result, in.Validation, in.Review
	city := render.Line(res.City)
	args := msg.Args{"City": city, "Year": res.Year, "File": in.File}
	w := &view{
		Title:    c.T("letter.title", args),
		Date:     lastDate(c, rev),
		Greeting: c.T("letter.greeting", args),
		Intro:    []string{c.T("letter.intro", args)},
	}
	if in.Changed {
		w.Intro = append(w.Intro, c.T("letter.changed"))
	}
	w.StandingHeading = c.T("letter.standing")
	w.Standing = standing(in)
	w.Sections = sections(in)
	switch {
	case !decided(rev):
		w.Intro = append(w.Intro, c.T("letter.nothing_reviewed"))
	case len(v.NotAccepted)+len(v.Clarifications)+len(v.MetricsNotAccepted)+len(v.MetricsClarifications)+len(v.Stale) == 0:
		w.Intro = append(w.Intro, c.T("letter.nothing_asked"))
	}
	switch {
	case v.Provisional:
		w.Closing = []string{c.T("letter.closing.provisional")}
	case len(v.Clarifications)+len(v.MetricsClarifications) > 0:
		w.Closing = []string{c.T("letter.closing.clarify")}
	default:
		w.Closing = []string{c.T("letter.closing.final")}
	}
	w.Regards = c.T("letter.regards")
	if name := strings.TrimSpace(rev.Reviewer); name != "" {
		w.Signature = []string{render.Line(name), c.T("letter.role")}
	} else {
		w.Signature = []string{c.T("letter.team")}
	}
	return w
}

// standing is where the review stands: the tier reported, the tier validated so far, the
// metrics, how much is reviewed and what is still to review.
func standing(in Input) []string {
	c, res, v, r := in.Cat, in.Result, in.Validation, in.Rubric
	out := []string{
		c.T("letter.tier_claimed", msg.Args{"Tier": render.TierName(r, c, res.Tier), "Met": res.Met, "Total": res.Total}),
		c.T("letter.tier_validated", msg.Args{"Tier": render.TierName(r, c, v.Tier), "Met": v.Met, "Total": v.Total, "Provisional": v.Provisional}),
		c.T("letter.metrics", msg.Args{"Claimed": res.OutcomesCounted, "Accepted": v.OutcomesCounted}),
		c.T("letter.reviewed", msg.Args{"Reviewed": v.Reviewed, "Count": v.Claimed}),
	}
	if todo := toReview(in); len(todo) > 0 {
		out = append(out, c.T("letter.to_review", msg.Args{"IDs": strings.Join(todo, ", "), "Count": len(todo)}))
	}
	return out
}

// toReview lists the counted claims no decision applies to yet (never decided, or stale),
// then the counted metrics not decided, in rubric and file order.
func toReview(in Input) []string {
	var out []string
	for _, q := range in.Result.Questions {
		if !q.Counted() {
			continue
		}
		item := in.Review.Criteria[questions.NormalizeID(q.ID)]
		if item.Decision == assessment.Unreviewed || slices.Contains(in.Validation.Stale, q.ID) {
			out = append(out, q.ID)
		}
	}
	for _, m := range in.Result.Outcomes {
		if m.Counted() && in.Review.Metrics[strings.TrimSpace(m.Metric.Name)].Decision == assessment.Unreviewed {
			out = append(out, render.Line(m.Metric.Name))
		}
	}
	return out
}

// sections are the groups the letter asks about, those with nothing left out.
func sections(in Input) []section {
	c, v := in.Cat, in.Validation
	var out []section
	add := func(key string, items []item) {
		if n := (msg.Args{"Count": len(items)}); len(items) > 0 {
			out = append(out, section{Heading: c.T("letter."+key+".heading", n), Intro: c.T("letter."+key+".intro", n), Items: items})
		}
	}
	add("clarify", criteria(in, v.Clarifications))
	add("rejected", criteria(in, v.NotAccepted))
	add("metrics_clarify", metrics(in, v.MetricsClarifications))
	add("metrics_rejected", metrics(in, v.MetricsNotAccepted))
	add("stale", stale(in))
	return out
}

// criteria are the items for criterion IDs: the reviewer's comment and the rubric's guidance.
func criteria(in Input, ids []string) []item {
	c, r := in.Cat, in.Rubric
	var out []item
	for _, cm := range scoring.CriterionComments(in.Review, ids) {
		id := cm.ID
		it := item{Name: id + " " + render.QuestionTitle(r, c, id)}
		it.Lines = append(it.Lines, comment(c, cm.Comment))
		guidance := c.T("letter.guidance_none")
		if q := r.Question(questions.NormalizeID(id)); q != nil && !q.Guidance.IsZero() {
			guidance = q.Guidance.Get(c.Lang())
		}
		it.Lines = append(it.Lines, labelled{c.T("letter.label.guidance"), guidance})
		out = append(out, it)
	}
	return out
}

// metrics are the items for metric names: the comment and what settles a metric.
func metrics(in Input, names []string) []item {
	c := in.Cat
	var out []item
	for _, cm := range scoring.MetricComments(in.Review, names) {
		out = append(out, item{Name: render.Line(cm.ID), Lines: []labelled{
			comment(c, cm.Comment),
			{c.T("letter.label.guidance"), c.T("letter.metric_guidance")},
		}})
	}
	return out
}

// stale are the criteria whose answer changed after the decision: the answer then and now.
func stale(in Input) []item {
	c, r := in.Cat, in.Rubric
	now := map[string]assessment.Value{}
	for _, q := range in.Result.Questions {
		now[q.ID] = q.Answer
	}
	var out []item
	for _, id := range in.Validation.Stale {
		was := in.Review.Criteria[questions.NormalizeID(id)]
		out = append(out, item{Name: id + " " + render.QuestionTitle(r, c, id), Lines: []labelled{
			{c.T("letter.label.answer"), c.T("letter.answer_changed", msg.Args{"Old": render.AnswerText(c, was.Answer), "New": render.AnswerText(c, now[id])})},
			{c.T("letter.label.decision"), c.T("reviewdoc.decision." + was.Decision.String())},
		}})
	}
	return out
}

// comment is the reviewer's comment as a labelled line, or the word for none.
func comment(c *i18n.Catalog, s string) labelled {
	s = strings.TrimSpace(s)
	if s == "" {
		return labelled{c.T("letter.label.comment"), c.T("letter.no_comment")}
	}
	return labelled{c.T("letter.label.comment"), render.Lines(s)}
}

// decided says the review holds at least one decision.
func decided(rev *assessment.Review) bool {
	for _, m := range []map[string]assessment.ReviewItem{rev.Criteria, rev.Metrics} {
		for _, it := range m {
			if it.Decision != assessment.Unreviewed {
				return true
			}
		}
	}
	return false
}

// lastDate is the day of the review's latest decision, written out; "" when no decision
// carries a date.
func lastDate(c *i18n.Catalog, rev *assessment.Review) string {
	last := ""
	for _, m := range []map[string]assessment.ReviewItem{rev.Criteria, rev.Metrics} {
		for _, it := range m {
			if it.Decision != assessment.Unreviewed && it.Date > last {
				last = it.Date
			}
		}
	}
	d, err := time.Parse(time.DateOnly, last)
	if err != nil {
		return ""
	}
	return c.Date(d.Year(), int(d.Month()), d.Day())
}
