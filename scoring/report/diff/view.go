package diff

import (
	"fmt"
	"strings"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/scoring/report/render"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
)

// view is a comparison put into words once.
type view struct {
	Heading, Rubric string
	// Meta is the rubric and the date; Disclaimer the self-estimate line every human
	// document carries.
	Meta, Disclaimer string
	// LOld, LNew and LChange head the practice table's figures: the two years and the
	// change in percentage points.
	LOld, LNew, LChange string
	Warnings            []string
	TierLine            string
	CriteriaLine        string
	OutcomesLine        string
	Practices           []practiceDiff
	Gained, Lost        []idTitle
	StillOpen           string
	Answers             []string
	Metrics             []string
	L                   render.Labels
	LGained, LLost      string
	LOpen, LAnswers     string
	LMetrics, LTitle    string
	NoChange            string
}

type practiceDiff struct {
	Name, Old, New, Delta string
	Up, Down              bool
	// OldW and NewW are the two shares as the widths of the HTML page's bars (0 to barWidth
	// pixels), -1 for a practice the file lacks.
	OldW, NewW float64
}

// barWidth is the width in pixels of a practice's bars on the HTML page (body.tmpl).
const barWidth = 160

type idTitle struct{ ID, Title string }

// joined writes each criterion as mark, its ID padded to idW, sep and its title.
func joined(items []idTitle, mark, sep string, idW int) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = mark + it.ID + strings.Repeat(" ", max(0, idW-len(it.ID))) + sep + it.Title
	}
	return out
}

// idWidth is the width of the longest ID of the lists, so that their titles line up.
func idWidth(lists ...[]idTitle) int {
	w := 0
	for _, l := range lists {
		for _, it := range l {
			w = max(w, len(it.ID))
		}
	}
	return w
}

func newView(in Input) *view {
	c := in.Cat
	v := &view{L: render.NewLabels(c), LTitle: c.T("diff.title")}
	v.headline(in)
	v.practices(in)
	v.criteria(in)
	v.answers(in)
	v.metrics(in)
	if !in.C.Changed() {
		v.NoChange = c.T("diff.nothing_changed")
	}
	return v
}

// headline says which city and years, the warnings, and the tier, criteria and outcome lines.
func (v *view) headline(in Input) {
	c, r, cmp := in.Cat, in.Rubric, in.C
	o, n := cmp.Old, cmp.New
	city, country := n.City, n.Country
	if city == "" {
		city = o.City
	}
	if country == "" {
		country = o.Country
	}
	if country != "" {
		city += ", " + country
	}
	v.Heading = render.Line(c.T("diff.heading", msg.Args{"City": city, "Old": yearOr(c, o.Year), "New": yearOr(c, n.Year)}))
	v.Rubric = c.T("summary.rubric", msg.Args{"ID": n.RubricID, "Version": n.RubricVersion})
	v.Meta, v.Disclaimer = v.Rubric, c.T("summary.disclaimer")
	if !in.Date.IsZero() {
		v.Meta += " · " + c.Date(in.Date.Year(), int(in.Date.Month()), in.Date.Day())
	}
	v.LOld, v.LNew, v.LChange = yearOr(c, o.Year), yearOr(c, n.Year), c.T("diff.col.points")
	if o.Year != 0 && n.Year != 0 && o.Year > n.Year {
		v.Warnings = append(v.Warnings, c.T("diff.newer_first", msg.Args{"Old": o.Year, "New": n.Year}))
	}
	if !cmp.SameRubric {
		v.Warnings = append(v.Warnings, c.T("diff.other_rubric", msg.Args{
			"Old": o.RubricID + " " + o.RubricVersion, "New": n.RubricID + " " + n.RubricVersion, "Shared": cmp.Shared,
			"OnlyOld": listOr(c, cmp.OnlyOld), "OnlyNew": listOr(c, cmp.OnlyNew)}))
	}
	if !cmp.SameCity {
		v.Warnings = append(v.Warnings, c.T("diff.other_city", msg.Args{"Old": o.City, "New": n.City}))
	}
	change := "diff.tier_kept"
	switch cmp.TierChange {
	case 1:
		change = "diff.tier_up"
	case -1:
		change = "diff.tier_down"
	}
	v.TierLine = c.T(change, msg.Args{"Old": render.TierName(r, c, o.Tier), "New": render.TierName(r, c, n.Tier)})
	pctOld, pctNew := share(cmp.MetOld, cmp.Shared), share(cmp.MetNew, cmp.Shared)
	v.CriteriaLine = c.T("diff.criteria", msg.Args{"Old": cmp.MetOld, "New": cmp.MetNew, "Total": cmp.Shared,
		"PercentOld": c.Percent(pctOld), "PercentNew": c.Percent(pctNew), "Delta": signed(cmp.MetNew - cmp.MetOld)})
	v.OutcomesLine = c.T("diff.outcomes", msg.Args{"Old": o.OutcomesCounted, "New": n.OutcomesCounted})
}

// practices puts each practice's share then and now, and the change.
func (v *view) practices(in Input) {
	c := in.Cat
	for _, p := range in.C.Practices {
		pd := practiceDiff{Name: render.PracticeName(in.Rubric, c, p.ID) + " (" + p.ID + ")"}
		pd.Old, pd.New, pd.OldW, pd.NewW = "—", "—", -1, -1
		if p.InOld {
			pd.Old, pd.OldW = fmt.Sprintf("%d/%d %s", p.MetOld, p.TotalOld, c.Percent(p.Old)), p.Old*barWidth/100
		}
		if p.InNew {
			pd.New, pd.NewW = fmt.Sprintf("%d/%d %s", p.MetNew, p.TotalNew, c.Percent(p.New)), p.New*barWidth/100
		}
		if p.InOld && p.InNew {
			d := p.New - p.Old
			pd.Delta = c.Decimal(d, 1)
			if d > 0 {
				pd.Delta = "+" + pd.Delta
			}
			pd.Up, pd.Down = d > 0.05, d < -0.05
		}
		v.Practices = append(v.Practices, pd)
	}
}

// criteria lists the criteria gained, lost and still open.
func (v *view) criteria(in Input) {
	c, r, cmp := in.Cat, in.Rubric, in.C
	for _, id := range cmp.Gained {
		v.Gained = append(v.Gained, idTitle{id, render.QuestionTitle(r, c, id)})
	}
	for _, id := range cmp.Lost {
		v.Lost = append(v.Lost, idTitle{id, render.QuestionTitle(r, c, id)})
	}
	v.LGained = c.T("diff.gained", msg.Args{"Count": len(cmp.Gained)})
	v.LLost = c.T("diff.lost", msg.Args{"Count": len(cmp.Lost)})
	v.LOpen = c.T("diff.still_open", msg.Args{"Count": len(cmp.StillOpen)})
	v.StillOpen = strings.Join(cmp.StillOpen, ", ")
}

// answers lists the other answers that changed, and evidence added or removed. The criteria
// gained and lost are listed by criteria: their answer's change is not "other".
func (v *view) answers(in Input) {
	c, cmp := in.Cat, in.C
	v.LAnswers = c.T("diff.other_changes")
	for _, a := range cmp.Answers {
		var parts []string
		if a.Change() == scoring.ChangeChanged && a.From != a.To {
			parts = append(parts, render.AnswerText(c, a.From)+" → "+render.AnswerText(c, a.To))
		}
		if a.EvidenceAdded {
			parts = append(parts, c.T("diff.evidence_added"))
		}
		if a.EvidenceRemoved {
			parts = append(parts, c.T("diff.evidence_removed"))
		}
		if len(parts) > 0 {
			v.Answers = append(v.Answers, a.ID+": "+strings.Join(parts, "; "))
		}
	}
}

// metrics lists the outcome metrics added, removed or changed.
func (v *view) metrics(in Input) {
	c := in.Cat
	v.LMetrics = c.T("summary.outcome_metrics")
	for _, m := range in.C.Metrics {
		if m.Kind == scoring.MetricSame {
			continue
		}
		line := c.T("diff.metric."+string(m.Kind), msg.Args{"Name": m.Name})
		side := m.New
		if side == nil {
			side = m.Old
		}
		if side != nil {
			line += ": " + render.ValueText(c, side.Metric.Baseline, side.Metric.BaselineYear) + " → " + render.ValueText(c, side.Metric.Current, side.Metric.CurrentYear)
		}
		v.Metrics = append(v.Metrics, line)
	}
}

func yearOr(c *i18n.Catalog, y int) string {
	if y == 0 {
		return "?"
	}
	return fmt.Sprint(y)
}

func listOr(c *i18n.Catalog, ids []string) string {
	if len(ids) == 0 {
		return "—"
	}
	return strings.Join(ids, ", ")
}

func share(met, total int) float64 {
	if total == 0 {
		return 0
	}
	return float64(met) * 100 / float64(total)
}

func signed(n int) string {
	if n > 0 {
		return fmt.Sprintf("+%d", n)
	}
	return fmt.Sprint(n)
}
