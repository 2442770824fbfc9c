package benchmark

import (
	"strconv"
	"strings"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// view is a benchmark put into words once, in the report's language, for every writer but
// the JSON document (which keeps codes and numbers). Nothing in it is escaped: each writer
// escapes for its own format.
type view struct {
	Lang       string
	Title      string
	Heading    string
	Meta       string
	Disclaimer string
	Cohort     string
	// Standing is the city's tier and criteria met, as the score report gives them.
	Standing string
	// PercentileNote says what the percentile rank means.
	PercentileNote string
	// Notes say which submissions were left out of what, and why.
	Notes []string

	LPractices, LSteps, LLeads, LCity, LMedian, LMiddle, LPercentile, LRate, LInPlan string
	Rows                                                                             []row

	Steps    []stepView
	PlanNote string
	NoSteps  string
	Leads    []string
	NoLeads  string

	L render.Labels
}

// row is the overall share or one practice against the cohort.
type row struct {
	ID, Name                         string
	City, Median, Middle, Percentile string
	s                                scoring.Standing
}

// stepView is a criterion worth pursuing: its rate in the cohort, and whether the plan has it.
type stepView struct {
	ID, Title, Text string
	Rate            string
	InPlan          bool
}

func newView(in Input) *view {
	c, r, b, res := in.Cat, in.Rubric, in.B, in.City
	v := &view{
		Lang: c.Lang(), Title: c.T("benchmark.title"), Heading: render.Line(place(c, res)),
		Meta:           c.T("summary.rubric", msg.Args{"ID": res.RubricID, "Version": res.RubricVersion}),
		Disclaimer:     c.T("summary.disclaimer"),
		Cohort:         c.T("benchmark.cohort", msg.Args{"Count": b.Peers}),
		PercentileNote: c.T("benchmark.percentile_note"),
		LPractices:     c.T("benchmark.practices"), LSteps: c.T("benchmark.steps"), LLeads: c.T("benchmark.leads"),
		LCity: c.T("benchmark.col.city"), LMedian: c.T("benchmark.col.median"), LMiddle: c.T("benchmark.col.middle"),
		LPercentile: c.T("benchmark.col.percentile"), LRate: c.T("benchmark.col.rate"), LInPlan: c.T("benchmark.col.in_plan"),
		L: render.NewLabels(c),
	}
	if !in.Date.IsZero() {
		v.Meta += " · " + c.Date(in.Date.Year(), int(in.Date.Month()), in.Date.Day())
	}
	v.Notes = notes(in)
	v.Standing = v.L.Tier + ": " + render.TierName(r, c, res.Tier) + " · " + v.L.Criteria + ": " +
		c.T("summary.criteria_value", msg.Args{"Met": res.Met, "Total": res.Total, "Percent": c.Percent(res.Percent())})
	v.Rows = append(v.Rows, newRow(c, "", c.T("benchmark.overall"), b.Overall))
	for _, p := range b.Practices {
		v.Rows = append(v.Rows, newRow(c, p.ID, render.PracticeName(r, c, p.ID), p.Standing))
	}
	tier := render.TierName(r, c, b.NextTier)
	for _, s := range b.Steps {
		sv := stepView{ID: s.ID, Title: render.QuestionTitle(r, c, s.ID), Rate: c.Percent(s.Rate()), InPlan: s.InPlan}
		sv.Text = c.T("benchmark.step", msg.Args{"Rate": sv.Rate, "ID": s.ID, "Title": sv.Title})
		if b.CriteriaPeers == 0 {
			sv.Text = c.T("benchmark.step_plan_only", msg.Args{"ID": s.ID, "Title": sv.Title})
		}
		v.Steps = append(v.Steps, sv)
		if s.InPlan && v.PlanNote == "" {
			v.PlanNote = c.T("benchmark.plan_note", msg.Args{"Tier": tier})
		}
	}
	if len(v.Steps) == 0 {
		v.NoSteps = c.T("benchmark.no_steps")
	}
	for _, p := range b.Leads {
		v.Leads = append(v.Leads, c.T("benchmark.lead_practice", msg.Args{"ID": p.ID, "Practice": render.PracticeName(r, c, p.ID),
			"City": c.Percent(p.City), "Q3": c.Percent(p.Q3)}))
	}
	for _, q := range b.Rare {
		v.Leads = append(v.Leads, c.T("benchmark.lead_criterion", msg.Args{"ID": q.ID, "Title": render.QuestionTitle(r, c, q.ID), "Rate": c.Percent(q.Rate())}))
	}
	if len(v.Leads) == 0 {
		v.NoLeads = c.T("benchmark.no_leads")
	}
	return v
}

func newRow(c *i18n.Catalog, id, name string, s scoring.Standing) row {
	rw := row{ID: id, Name: name, City: c.Percent(s.City), Median: "—", Middle: "—", Percentile: "—", s: s}
	if len(s.Cohort) > 0 {
		rw.Median = c.Percent(s.Median)
		rw.Middle = c.Decimal(s.Q1, 1) + "–" + c.Percent(s.Q3)
		rw.Percentile = c.Decimal(s.Percentile, 0)
	}
	return rw
}

// notes say what was left out of the cohort: the city itself, repeats, another rubric.
func notes(in Input) []string {
	c, b, res := in.Cat, in.B, in.City
	var out []string
	if len(b.Self) > 0 {
		out = append(out, c.T("benchmark.self_left_out", msg.Args{"Files": strings.Join(lines(b.Self), ", "), "Count": len(b.Self)}))
	}
	if len(b.Repeats) > 0 {
		out = append(out, c.T("benchmark.repeats_left_out", msg.Args{"Files": strings.Join(lines(b.Repeats), ", "), "Count": len(b.Repeats)}))
	}
	if len(b.OtherRubric) > 0 {
		out = append(out, c.T("benchmark.other_rubric", msg.Args{"Files": strings.Join(lines(b.OtherRubric), ", "), "Count": len(b.OtherRubric),
			"Rubric": res.RubricID + " " + res.RubricVersion}))
	}
	if b.CriteriaPeers == 0 {
		out = append(out, c.T("benchmark.no_criteria", msg.Args{"Rubric": res.RubricID + " " + res.RubricVersion}))
	}
	return out
}

// maxNamed is how many files a note names; the count says how many there are in all.
const maxNamed = 5

// lines are the first maxNamed of ss, made safe to print, "…" standing for the rest.
func lines(ss []string) []string {
	var out []string
	for i, s := range ss {
		if i == maxNamed {
			return append(out, "…")
		}
		out = append(out, render.Line(s))
	}
	return out
}

// place is the city, its country and year, as the score report heads it.
func place(c *i18n.Catalog, res *scoring.Result) string {
	head := res.City
	if head == "" {
		head = c.T("summary.unnamed_city")
	}
	if res.Country != "" {
		head += ", " + res.Country
	}
	if res.Year != 0 {
		head += " · " + strconv.Itoa(res.Year)
	}
	return head
}
