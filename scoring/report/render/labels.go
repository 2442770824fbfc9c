package render

import "github.com/citydatakit/wwc/internal/i18n"

// Labels are the headings and column names the documents share, in one language.
type Labels struct {
	Report, Tier, Criteria, Outcomes, Unanswered, Practices, OutcomeMetrics, Caps,
	Next, StartWith, CriteriaList, Bands, WhatIf, ID, Practice, Criterion, Answer, Counts,
	Reason, Evidence, Notes, Metric, Unit, Baseline, Later, Direction, Met, Percent, Why,
	Yes, No, Value, Summary, Notices, Notice string
}

// NewLabels puts the labels into c's language.
func NewLabels(c *i18n.Catalog) Labels {
	return Labels{
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

// YesNo is the label for b.
func (l Labels) YesNo(b bool) string {
	if b {
		return l.Yes
	}
	return l.No
}
