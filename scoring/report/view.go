package report

import (
	"strconv"
	"strings"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
)

// WhatIf is the planning view: the result as if some criteria were met.
type WhatIf struct {
	IDs   []string
	After *scoring.Result
}

// view is a result put into words once, in the report's language, for the writers of human
// formats (Markdown, HTML, CSV, XLSX) to lay out. Nothing in it is escaped: each writer
// escapes for its own format.
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

	L labels
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
	ID, Name        string
	Met, Total      int
	Percent         float64
	PercentText     string
	Bar             string
	Good, Fair, Low bool
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
}

type suggestionView struct{ ID, Title, Why string }

// labels are the headings and column names of the human formats.
type labels struct {
	Report, Tier, Criteria, Outcomes, Unanswered, Practices, OutcomeMetrics, Caps,
	Next, StartWith, CriteriaList, Bands, WhatIf, ID, Practice, Criterion, Answer, Counts,
	Reason, Evidence, Notes, Metric, Unit, Baseline, Later, Direction, Met, Percent, Why,
	Yes, No, Value, Summary, Notices, Notice string
}

func newLabels(c *i18n.Catalog) labels {
	return labels{
		Report: c.T("report.title"), Tier: c.T("summary.tier"), Criteria: c.T("summary.criteria"),
		Outcomes: c.T("summary.outcomes"), Unanswered: c.T("summary.unanswered"), Practices: c.T("summary.practices"),
		OutcomeMetrics: c.T("summary.outcome_metrics"), Caps: c.T("summary.caps"), Next: c.T("summary.next"),
		StartWith: c.T("summary.start_with"), CriteriaList: c.T("report.criteria_list"), Bands: c.T("report.bands"),
		WhatIf: c.T("report.whatif_heading"), ID: c.T("report.col.id"), Practice: c.T("report.col.practice"),
		Criterion: c.T("report.col.criterion"), Answer: c.T("report.col.answer"), Counts: c.T("report.col.counts"),
		Reason: c.T("report.col.reason"), Evidence: c.T("report.col.evidence"), Notes: c.T("report.col.notes"),
		Metric: c.T("report.col.metric"), Unit: c.T("report.col.unit"), Baseline: c.T("report.col.baseline"),
		Later: c.T("report.col.later"), Direction: c.T("report.col.direction"), Met: c.T("report.col.met"),
		Percent: c.T("report.col.percent"), Why: c.T("report.col.why"), Yes: c.T("report.yes"), No: c.T("report.no"),
		Value: c.T("report.col.value"), Summary: c.T("report.summary"),
		Notices: c.T("report.notices"), Notice: c.T("report.col.notice"),
	}
}

// IsURL reports whether evidence is a web address a report may link to.
func IsURL(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return (strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")) && !strings.ContainsAny(s, " \t\n\"'<>")
}

func newView(in Input) *view {
	res, c, r := in.Result, in.Cat, in.Rubric
	v := &view{
		Lang: c.Lang(), Heading: place(c, res), City: res.City, Country: res.Country, Year: res.Year,
		Rubric:     c.T("summary.rubric", msg.Args{"ID": res.RubricID, "Version": res.RubricVersion}),
		Disclaimer: c.T("summary.disclaimer"),
		TierID:     res.Tier, TierName: TierName(r, c, res.Tier),
		Percent: res.Percent(), PercentText: c.Percent(res.Percent()), Met: res.Met, Total: res.Total,
		CriteriaText: c.T("summary.criteria_value", msg.Args{"Met": res.Met, "Total": res.Total, "Percent": c.Percent(res.Percent())}),
		OutcomesText: c.T("summary.outcomes_value", msg.Args{"Counted": res.OutcomesCounted, "Given": len(res.Outcomes)}),
		Cap:          CapText(in), Plan: PlanHeadline(in), L: newLabels(c),
	}
	if !in.Date.IsZero() {
		v.Date = c.Date(in.Date.Year(), int(in.Date.Month()), in.Date.Day())
	}
	if res.RequireEvidence {
		v.EvidenceMode = c.T("summary.evidence_mode")
	}
	v.Notices = NoticeTexts(c, res)
	v.Bands, v.BandsText = bands(in)
	for _, p := range res.Practices {
		pv := practiceView{ID: p.ID, Name: PracticeName(r, c, p.ID), Met: p.Met, Total: p.Total, Percent: p.Percent(), PercentText: c.Percent(p.Percent())}
		pv.Bar = plainBar(p)
		switch practiceStanding(r, p) {
		case standingGood:
			pv.Good = true
		case standingFair:
			pv.Fair = true
		default:
			pv.Low = true
		}
		v.Practices = append(v.Practices, pv)
	}
	for _, m := range res.Outcomes {
		mv := metricView{Name: m.Metric.Name, Unit: m.Metric.Unit, Counted: m.Counted(), Status: MetricReasonText(c, m), Evidence: m.Metric.Evidence, Line: OutcomeLine(c, m)}
		mv.Baseline = valueText(c, m.Metric.Baseline, m.Metric.BaselineYear)
		mv.Current = valueText(c, m.Metric.Current, m.Metric.CurrentYear)
		mv.Direction = c.T("direction.none")
		if d := m.Metric.Direction.String(); d != "" {
			mv.Direction = c.T("direction." + d)
		}
		v.Outcomes = append(v.Outcomes, mv)
	}
	for _, q := range res.Questions {
		cv := criterionView{
			ID: q.ID, Practice: q.Practice, PracticeName: PracticeName(r, c, q.Practice), Title: QuestionTitle(r, c, q.ID),
			Answer: AnswerText(c, q.Answer), AnswerToken: q.Answer.String(), Counted: q.Counted(), Evidence: q.Evidence, Notes: q.Notes,
			EvidenceURL: IsURL(q.Evidence),
		}
		if q.Counted() {
			cv.Status = c.T("metric.counted")
		} else {
			cv.Status = ReasonText(c, q)
		}
		v.Criteria = append(v.Criteria, cv)
	}
	if res.Next != nil {
		for _, s := range res.Next.Suggested {
			v.Suggestions = append(v.Suggestions, suggestionView{ID: s.ID, Title: QuestionTitle(r, c, s.ID), Why: WhyText(c, s)})
		}
	}
	if in.WhatIf != nil {
		v.WhatIf = WhatIfText(in)
	}
	return v
}

// NoticeTexts renders the result's notices in the catalog's language, one text each.
func NoticeTexts(c *i18n.Catalog, res *scoring.Result) []string {
	return noticeTexts(c, res.Notices)
}

func noticeTexts(c *i18n.Catalog, notices []assessment.Notice) []string {
	out := make([]string, len(notices))
	for i, n := range notices {
		out[i] = n.Localize(c)
	}
	return out
}

func valueText(c *i18n.Catalog, p *float64, year int) string {
	if p == nil {
		return "—"
	}
	s := c.Number(*p)
	if year != 0 {
		s += " (" + strconv.Itoa(year) + ")"
	}
	return s
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
			out = append(out, band{ID: scoring.TierNone, Name: c.T("tier.none"), From: 0, To: from, Range: c.T("report.band_below", msg.Args{"Percent": t.MinPercent.String()})})
			first = false
		} else {
			out[len(out)-1].To = from
			out[len(out)-1].Range = c.T("report.band_range", msg.Args{"From": strconv.FormatFloat(prev, 'f', -1, 64), "To": t.MinPercent.String()})
		}
		out = append(out, band{ID: t.ID, Name: t.Name.Get(c.Lang()), From: from, To: 100,
			Range:          c.T("report.band_above", msg.Args{"Percent": t.MinPercent.String()}),
			OutcomesNeeded: c.T("report.band_outcomes", msg.Args{"Count": t.MinOutcomes})})
		prev = from
	}
	pct := "%"
	if c.Lang() != "en" {
		pct = "\u00a0%"
	}
	for i := range out {
		from, to := strconv.FormatFloat(out[i].From, 'f', -1, 64), strconv.FormatFloat(out[i].To, 'f', -1, 64)
		switch {
		case i == 0:
			out[i].Short = "< " + to + pct
		case i == len(out)-1:
			out[i].Short = "≥ " + from + pct
		default:
			out[i].Short = from + "–" + to + pct
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
func WhatIfText(in Input) string {
	c, r, before, after := in.Cat, in.Rubric, in.Result, in.WhatIf.After
	return c.T("report.whatif", msg.Args{
		"IDs": strings.Join(in.WhatIf.IDs, ", "), "Before": TierName(r, c, before.Tier), "After": TierName(r, c, after.Tier),
		"MetBefore": before.Met, "MetAfter": after.Met, "Total": after.Total,
		"PercentBefore": c.Percent(before.Percent()), "PercentAfter": c.Percent(after.Percent()),
	})
}
