package result

import (
	"strconv"
	"strings"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// view is a result put into words once, in the report's language, for every writer but the
// JSON document (which keeps codes, not words) to lay out. Nothing in it is escaped: each
// writer escapes for its own format.
type view struct {
	Lang          string
	Heading       string
	City, Country string
	Year          int
	Rubric        string
	Date          string
	Disclaimer    string
	EvidenceMode  string

	TierID, TierName string
	Percent          float64
	PercentText      string
	Met, Total       int
	CriteriaText     string
	OutcomesText     string
	Unanswered       []string
	Bands            []band
	BandsText        string

	Practices []practiceView
	Outcomes  []metricView
	Criteria  []criterionView
	Cap       string
	Plan      string
	// Notices are the reader's warnings about how the file was read, rendered.
	Notices     []string
	Suggestions []suggestionView
	WhatIf      string
	// Validation is the result as the evaluator's review confirms it; nil without a review.
	Validation *validationView

	L render.Labels
}

type band struct {
	ID, Name       string
	Short          string  // "51–68 %": the range where space is short
	From, To       float64 // percent
	Range          string
	Current        bool
	OutcomesNeeded string
}

type practiceView struct {
	ID, Name    string
	Met, Total  int
	Percent     float64
	PercentText string
	Bar         string
	Good, Fair  bool
}

type metricView struct {
	Name, Unit, Baseline, Current, Direction, Status, Evidence string
	Counted                                                    bool
	Line                                                       string
}

type criterionView struct {
	ID, Practice, PracticeName, Title, Answer, Status, Evidence, Notes string
	AnswerToken                                                        string
	Counted                                                            bool
	EvidenceURL                                                        bool
	// Decision and Comment are the evaluator's, with a review (wwc score --review).
	Decision, Comment string
}

type suggestionView struct{ ID, Title, Why string }

func newView(in Input) *view {
	res, c, r := in.Result, in.Cat, in.Rubric
	when := ""
	if res.Year != 0 {
		when = strconv.Itoa(res.Year)
	}
	h := render.NewHeader(c, res.City, res.Country, when, []render.RubricDoc{{ID: res.RubricID, Version: res.RubricVersion}}, in.Date)
	v := &view{
		Lang: c.Lang(), Heading: h.Heading, City: render.Line(res.City), Country: render.Line(res.Country), Year: res.Year,
		Rubric: h.Rubric, Date: h.Date, Disclaimer: h.Disclaimer,
		TierID: res.Tier, TierName: render.TierName(r, c, res.Tier),
		Percent: res.Percent(), PercentText: c.Percent(res.Percent()), Met: res.Met, Total: res.Total,
		CriteriaText: c.T("summary.criteria_value", msg.Args{"Met": res.Met, "Total": res.Total, "Percent": c.Percent(res.Percent())}),
		OutcomesText: c.T("summary.outcomes_value", msg.Args{"Counted": res.OutcomesCounted, "Given": len(res.Outcomes)}),
		Cap:          CapText(in), Plan: PlanHeadline(in), L: render.NewLabels(c),
		Unanswered: res.Unanswered,
	}
	if len(res.Outcomes) == 0 {
		v.OutcomesText = c.T("summary.outcomes_none") // not "0 of 0 show progress"
	}
	if res.RequireEvidence {
		v.EvidenceMode = c.T("summary.evidence_mode")
	}
	v.Notices = render.NoticeTexts(c, res.Notices)
	v.Bands, v.BandsText = bands(in)
	for _, p := range res.Practices {
		pv := practiceView{ID: p.ID, Name: render.PracticeName(r, c, p.ID), Met: p.Met, Total: p.Total, Percent: p.Percent(), PercentText: c.Percent(p.Percent())}
		pv.Bar = plainBar(p)
		switch practiceStanding(r, p) {
		case standingGood:
			pv.Good = true
		case standingFair:
			pv.Fair = true
		}
		v.Practices = append(v.Practices, pv)
	}
	for _, m := range res.Outcomes {
		mv := metricView{Name: render.Line(m.Metric.Name), Unit: render.Line(m.Metric.Unit), Counted: m.Counted(), Status: render.MetricReasonText(c, m), Evidence: render.Line(m.Metric.Evidence), Line: OutcomeLine(c, m)}
		mv.Baseline = render.ValueText(c, m.Metric.Baseline, m.Metric.BaselineYear)
		mv.Current = render.ValueText(c, m.Metric.Current, m.Metric.CurrentYear)
		mv.Direction = render.DirectionText(c, m.Metric.Direction)
		v.Outcomes = append(v.Outcomes, mv)
	}
	for _, q := range res.Questions {
		cv := criterionView{
			ID: q.ID, Practice: q.Practice, PracticeName: render.PracticeName(r, c, q.Practice), Title: render.QuestionTitle(r, c, q.ID),
			Answer: render.AnswerText(c, q.Answer), AnswerToken: q.Answer.String(), Counted: q.Counted(), Evidence: render.Line(q.Evidence), Notes: render.Lines(q.Notes),
			EvidenceURL: render.IsURL(q.Evidence),
		}
		if q.Counted() {
			cv.Status = c.T("metric.counted")
		} else {
			cv.Status = render.ReasonText(c, q)
		}
		v.Criteria = append(v.Criteria, cv)
	}
	if res.Next != nil {
		for _, s := range res.Next.Suggested {
			v.Suggestions = append(v.Suggestions, suggestionView{ID: s.ID, Title: render.QuestionTitle(r, c, s.ID), Why: render.WhyText(c, s)})
		}
	}
	if in.WhatIf != nil {
		v.WhatIf = WhatIfText(in)
	}
	v.Validation = newValidationView(in)
	if vv := v.Validation; vv != nil {
		for i := range v.Criteria {
			c := &v.Criteria[i]
			c.Decision, c.Comment = vv.Decisions[c.ID], vv.Comments[c.ID]
		}
	}
	return v
}

// bands lists the tier bands from "none" up, marking the one the result's share falls in,
// and says where the result sits.
func bands(in Input) ([]band, string) {
	res, c, r := in.Result, in.Cat, in.Rubric
	tiers := append([]questions.Tier(nil), r.Tiers...)
	var out []band
	prev := 0.0
	first := true
	for _, t := range tiers {
		from := float64(t.MinPercent) / 100
		if first {
			out = append(out, band{ID: scoring.TierNone, Name: c.T("tier.none"), From: 0, To: from, Range: c.T("report.band_below", msg.Args{"Percent": c.Plain(from)})})
			first = false
		} else {
			out[len(out)-1].To = from
			out[len(out)-1].Range = c.T("report.band_range", msg.Args{"From": c.Plain(prev), "To": c.Plain(from)})
		}
		out = append(out, band{ID: t.ID, Name: t.Name.Get(c.Lang()), From: from, To: 100,
			Range:          c.T("report.band_above", msg.Args{"Percent": c.Plain(from)}),
			OutcomesNeeded: c.T("report.band_outcomes", msg.Args{"Count": t.MinOutcomes})})
		prev = from
	}
	for i := range out {
		switch {
		case i == 0:
			out[i].Short = "< " + c.PlainPercent(out[i].To)
		case i == len(out)-1:
			out[i].Short = "≥ " + c.PlainPercent(out[i].From)
		default:
			out[i].Short = c.Plain(out[i].From) + "–" + c.PlainPercent(out[i].To)
		}
	}
	current := 0
	for i := range out {
		if out[i].ID == res.PercentTier {
			current = i
		}
	}
	if len(out) > 0 {
		out[current].Current = true
	}
	text := ""
	if len(out) > 0 {
		text = c.T("report.bands_position", msg.Args{"Percent": c.Percent(res.Percent()), "Band": out[current].Name, "Range": out[current].Range})
	}
	return out, text
}

// WhatIfText says what the planned criteria would change.
// Then, when some planned criteria already count, it names them; when the outcome metrics
// rather than the criteria hold the planned tier, it says so and how many more metrics the
// tier the share reaches needs.
func WhatIfText(in Input) string {
	c, r, before, wi := in.Cat, in.Rubric, in.Result, in.WhatIf
	after := wi.After
	text := c.T("report.whatif", msg.Args{
		"IDs": strings.Join(wi.IDs, ", "), "Before": render.TierName(r, c, before.Tier), "After": render.TierName(r, c, after.Tier),
		"MetBefore": before.Met, "MetAfter": after.Met, "Total": after.Total,
		"PercentBefore": c.Percent(before.Percent()), "PercentAfter": c.Percent(after.Percent()),
	})
	if len(wi.AlreadyMet) > 0 {
		text += " " + c.T("report.whatif_already_met", msg.Args{"IDs": strings.Join(wi.AlreadyMet, ", "), "Count": len(wi.AlreadyMet)})
	}
	if wi.HeldFrom != "" {
		text += " " + c.T("report.whatif_held", msg.Args{"Share": render.TierName(r, c, wi.HeldFrom), "Tier": render.TierName(r, c, after.Tier), "Count": wi.OutcomesNeeded})
	}
	return text
}
