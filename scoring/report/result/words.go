package result

import (
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// CapText says, in words, what holds the tier below what the criteria alone reach, or ""
// when nothing does.
func CapText(in Input) string {
	res, c := in.Result, in.Cat
	if !res.Capped() {
		return ""
	}
	t := in.Rubric.Tier(res.PercentTier)
	if t == nil {
		return ""
	}
	return c.T("cap.outcomes", msg.Args{
		"Tier":    t.Name.Get(c.Lang()),
		"Percent": t.MinPercent.String(),
		"Needed":  t.MinOutcomes,
		"Count":   res.OutcomesCounted,
		"Reached": render.TierName(in.Rubric, c, res.Tier),
	})
}

// PlanHeadline says what the next tier needs in one sentence.
func PlanHeadline(in Input) string {
	res, c := in.Result, in.Cat
	nt := res.Next
	if nt == nil {
		return c.T("plan.top", msg.Args{"Tier": render.TierName(in.Rubric, c, res.Tier)})
	}
	tier := render.TierName(in.Rubric, c, nt.Tier)
	points := c.T(pointsID(in), msg.Args{"Count": nt.PointsNeeded})
	outcomes := c.T("plan.outcomes", msg.Args{"Count": nt.OutcomesNeeded})
	switch {
	case nt.PointsNeeded > 0 && nt.OutcomesNeeded > 0:
		return c.T("plan.needs_both", msg.Args{"Tier": tier, "Points": points, "Outcomes": outcomes})
	case nt.PointsNeeded > 0:
		return c.T("plan.needs_one", msg.Args{"Tier": tier, "What": points})
	case nt.OutcomesNeeded > 0:
		return c.T("plan.needs_one", msg.Args{"Tier": tier, "What": outcomes})
	}
	return c.T("plan.needs_nothing", msg.Args{"Tier": tier})
}

// pointsID picks "criteria" wording, or "points" when the rubric weighs criteria unequally.
func pointsID(in Input) string {
	if in.Rubric.TotalPoints() != in.Rubric.Count() {
		return "plan.points"
	}
	return "plan.criteria"
}

// OutcomeLine describes one metric: its values, direction and whether it counts.
func OutcomeLine(c *i18n.Catalog, m scoring.MetricResult) string {
	unit := ""
	if m.Metric.Unit != "" {
		unit = " (" + m.Metric.Unit + ")"
	}
	return c.T("metric.line", msg.Args{
		"Name":     m.Metric.Name,
		"Baseline": render.ValueText(c, m.Metric.Baseline, m.Metric.BaselineYear),
		"Current":  render.ValueText(c, m.Metric.Current, m.Metric.CurrentYear),
		"Unit":     unit,
		"Dir":      render.DirectionText(c, m.Metric.Direction),
		"Reason":   render.MetricReasonText(c, m),
	})
}
