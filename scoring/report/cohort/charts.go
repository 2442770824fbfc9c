package cohort

import (
	"fmt"
	"html/template"
	"math"
	"sort"
	"strings"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// The drawing's width in SVG units; the page scales it to the column.
const chartW = 760.0

// meterColor fills the criteria's bars: one dark blue, so that they read the same in grey.
const meterColor = "#3f7cb8"

// tiers draws how many counted submissions reach each tier, the highest first, each bar a
// share of the counted ones with the count and the share printed after it.
func (d *htmlData) tiers(in Input) {
	c, r := in.Cat, in.Rubric
	counted := in.Cohort.Counted
	d.TiersH = c.T("cohort.html.tiers")
	d.TiersDesc = c.T("cohort.html.tiers_desc", msg.Args{"Count": counted, "Number": c.Number(float64(counted))})
	ids := append([]string{scoring.TierNone}, r.TierIDs()...)
	var bars []render.Bar
	var words []string
	for i := len(ids) - 1; i >= 0; i-- {
		n := in.Cohort.Tiers[ids[i]]
		share := 0.0
		if counted > 0 {
			share = float64(n) * 100 / float64(counted)
		}
		value := c.Number(float64(n)) + " · " + c.Percent(share)
		name := render.TierName(r, c, ids[i])
		bars = append(bars, render.Bar{Label: name, Value: value, Fraction: share / 100, Color: render.TierColor(ids[i])})
		words = append(words, name+": "+value)
	}
	const rowH, labelW = 34.0, 150.0
	h := float64(len(bars))*rowH + 4
	d.TiersChart = render.SVG(chartW, h, "tiers", d.TiersDesc, strings.Join(words, "; "),
		render.BarRows(bars, 4, rowH, labelW, chartW-labelW-130))
}

// practices draws each practice's spread: its name, a box plot with a dot per share reached
// (its area by how many reach it) over a 0–100 % axis, and the median and middle half
// printed at the right.
func (d *htmlData) practices(in Input) {
	c, r := in.Cat, in.Rubric
	d.PracticesH, d.PracticesNote = c.T("cohort.html.practices"), c.T("cohort.html.practices_note")
	d.Compared = c.T("cohort.html.compared", msg.Args{"Count": in.Cohort.Compared, "Number": c.Number(float64(in.Cohort.Compared)),
		"Rubric": comparedRubric(in)})
	const rowH, top, textW = 64.0, 8.0, 200.0
	scale := render.Scale{Min: 0, Max: 100, From: 16, To: chartW - textW}
	var parts []string
	var drawing []template.HTML
	for i, s := range in.Cohort.Spreads {
		y := top + float64(i)*rowH
		name := render.PracticeName(r, c, s.ID)
		median := c.T("cohort.html.median", msg.Args{"Median": c.Percent(s.Median)})
		middle := c.T("cohort.html.middle", msg.Args{"Q1": c.Percent(s.Q1), "Q3": c.Percent(s.Q3)})
		parts = append(parts, c.T("cohort.html.spread_desc", msg.Args{"Practice": name, "Median": c.Percent(s.Median),
			"Q1": c.Percent(s.Q1), "Q3": c.Percent(s.Q3), "Min": c.Percent(s.Min), "Max": c.Percent(s.Max)}))
		drawing = append(drawing, render.Label(scale.From, y+13, "start", name+" ("+s.ID+")", 13, true),
			render.DotStrip(scale, y+29, dots(c, s), "#1f4e79"),
			render.BoxPlot(scale, y+48, 10, render.Box{Min: s.Min, Q1: s.Q1, Median: s.Median, Q3: s.Q3, Max: s.Max}),
			render.Label(chartW-textW+14, y+33, "start", median, 12, true),
			render.Label(chartW-textW+14, y+49, "start", middle, 11, false))
	}
	axisY := top + float64(len(in.Cohort.Spreads))*rowH + 2
	ticks := render.QuarterTicks(c)
	d.PracticesChart = render.SVG(chartW, axisY+22, "spreads", d.PracticesH, strings.Join(parts, "; "),
		append([]template.HTML{render.Axis(scale, axisY, top, ticks)}, drawing...)...)
}

// dots are a spread's distinct shares, each a dot whose area grows with how many
// submissions reach it, from 2 units of radius for none to 8 for the most.
func dots(c *i18n.Catalog, s scoring.PracticeSpread) []render.Dot {
	most := float64(s.MaxCount())
	var out []render.Dot
	for _, v := range s.Values {
		r := 2 + 6*math.Sqrt(float64(v.Count)/most)
		out = append(out, render.Dot{Value: v.Value, R: r, Title: c.T("cohort.html.dot",
			msg.Args{"Count": v.Count, "Number": c.Number(float64(v.Count)), "Percent": c.Percent(v.Value)})})
	}
	return out
}

// criteria lays out every criterion's met rate, grouped by the rubric's practices and, within
// each, the most often met first (rubric order on a tie).
func (d *htmlData) criteria(in Input) {
	c, r := in.Cat, in.Rubric
	d.CriteriaH, d.CriteriaNote = c.T("batch.criteria_rates"), c.T("cohort.html.criteria_note")
	practiceOf := map[string]int{}
	for p, practice := range r.Practices {
		for _, q := range practice.Questions {
			practiceOf[q.ID] = p
		}
	}
	groups := make([][]scoring.CriterionRate, len(r.Practices)+1)
	for _, q := range in.Cohort.Criteria {
		p, ok := practiceOf[q.ID]
		if !ok {
			p = len(r.Practices)
		}
		groups[p] = append(groups[p], q)
	}
	for p, rates := range groups {
		if len(rates) == 0 {
			continue
		}
		sort.SliceStable(rates, func(i, j int) bool { return rates[i].Rate() > rates[j].Rate() })
		g := criteriaGroup{Name: "—"}
		if p < len(r.Practices) {
			g.Name = render.PracticeName(r, c, r.Practices[p].ID) + " (" + r.Practices[p].ID + ")"
		}
		for _, q := range rates {
			rate := c.Percent(q.Rate())
			g.Rows = append(g.Rows, criterionRow{ID: q.ID, Title: render.QuestionTitle(r, c, q.ID), MetOf: fmt.Sprintf("%s/%s", c.Number(float64(q.Met)), c.Number(float64(q.Of))),
				Rate: rate, Meter: render.Meter(q.Rate()/100, 120, 12, meterColor, q.ID+": "+rate)})
		}
		d.Groups = append(d.Groups, g)
	}
}

// tierPairs draws, for the counted submissions a review applies to, how many claim each
// tier beside how many are validated at it: two bars per tier, the claimed one grey, the
// validated one in the tier's colour, each a share of the reviewed submissions.
func (d *htmlData) tierPairs(in Input) {
	c, r := in.Cat, in.Rubric
	claimed, validated := map[string]int{}, map[string]int{}
	n := 0
	for _, s := range in.Rows {
		if s.Err != nil || s.Dropped || s.Brief.Validated == nil {
			continue
		}
		n++
		claimed[s.Brief.Tier]++
		validated[s.Brief.Validated.Tier]++
	}
	if n == 0 {
		return
	}
	rv := d.Rev
	rv.PairH = c.T("cohortrev.pairs")
	rv.PairDesc = c.T("cohortrev.pairs_desc", msg.Args{"Count": n, "Number": c.Number(float64(n))})
	ids := append([]string{scoring.TierNone}, r.TierIDs()...)
	var bars []render.Bar
	var words []string
	for i := len(ids) - 1; i >= 0; i-- {
		name := render.TierName(r, c, ids[i])
		for _, side := range []struct {
			key, color string
			count      int
		}{{"cohortrev.pairs.claimed", claimedColor, claimed[ids[i]]}, {"cohortrev.pairs.validated", render.TierColor(ids[i]), validated[ids[i]]}} {
			share := float64(side.count) * 100 / float64(n)
			label := c.T(side.key, msg.Args{"Tier": name})
			value := c.Number(float64(side.count)) + " · " + c.Percent(share)
			bars = append(bars, render.Bar{Label: label, Value: value, Fraction: share / 100, Color: side.color})
			words = append(words, label+": "+value)
		}
	}
	const rowH, labelW, gap = 26.0, 290.0, 8.0
	var parts []template.HTML
	for i := 0; i < len(bars); i += 2 {
		parts = append(parts, render.BarRows(bars[i:i+2], 4+float64(i/2)*(2*rowH+gap), rowH, labelW, chartW-labelW-130))
	}
	h := float64(len(bars)/2)*(2*rowH+gap) + 4
	rv.PairChart = render.SVG(chartW, h, "pairs", rv.PairDesc, strings.Join(words, "; "), parts...)
}

// claimedColor fills the bar of what the cities claim, beside the validated tier's colour.
const claimedColor = "#c9d2dc"
