package trend

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/citydatakit/wwc/scoring/report/render"
)

// panel.tmpl is the panel's body: a small chart per city, then the tables.
//
//go:embed panel.tmpl
var panelTemplate string

var panelPage = render.NewHTMLPage(panelTemplate + historyTemplate)

// panelStyle lays the small charts out in a grid that fills the page's width.
const panelStyle template.CSS = `.multiples { display:grid; grid-template-columns: repeat(auto-fill, minmax(210px, 1fr)); gap:14px; margin:18px 0; }
.multiples figure { margin:0; padding:8px; border:1px solid var(--line); border-radius:6px; break-inside: avoid; }
.multiples figcaption { font-weight:600; font-size:14px; }
.multiples .tiers { margin:2px 0 0; color:var(--muted); font-size:12px; }
h3 { font-size:16px; margin:22px 0 6px; }`

// smallChart is one city's chart: its share by year, each point in its tier's color, on the
// axes every city shares.
type smallChart struct {
	Name, Label string
	Line        string
	Points      []smallPoint
	Last        *smallLabel
	// Tiers says the tier of each year in words, for those who do not read the colors.
	Tiers string
}

type smallPoint struct {
	X, Y               float64
	Color, Tier, Label string
	Year               int
}

type smallLabel struct {
	X, LabelY     float64
	Anchor, Label string
}

type htmlTable struct {
	Title, Note string
	Headers     []string
	Rows        [][]string
}

// The small charts' plot area, in the units of their viewBox.
const (
	smallLeft, smallWidth = 44.0, 184.0
	smallTop, smallHeight = 10.0, 118.0
)

// writePanelHTML writes the panel's page: the header, a small chart per city with the same
// axes (the panel's years across, 0 to 100 % up, the tier bands shaded), then the tables and
// each city's criteria over the years.
func writePanelHTML(w io.Writer, in Input) error {
	v := newPanelView(in)
	c, r, p := in.Cat, in.Rubric, in.Panel
	y := func(pct float64) float64 { return smallTop + smallHeight*(1-pct/100) }
	var bands []chartBand
	for i, tier := range r.Tiers {
		from, to := float64(tier.MinPercent)/100, 100.0
		if i+1 < len(r.Tiers) {
			to = float64(r.Tiers[i+1].MinPercent) / 100
		}
		bands = append(bands, chartBand{Y: y(to), H: y(from) - y(to), Color: render.TierColor(tier.ID)})
	}
	var ticks []chartTick
	for _, pct := range []float64{0, 50, 100} {
		ticks = append(ticks, chartTick{Y: y(pct), TextY: y(pct) + 3, Label: c.PlainPercent(pct)})
	}
	first, last := p.Years[0].Year, p.Years[len(p.Years)-1].Year
	x := func(year int) float64 {
		return smallLeft + smallWidth*float64(year-first)/float64(max(last-first, 1))
	}
	type yearTick struct {
		X     float64
		Label string
	}
	var yearTicks []yearTick
	for _, cy := range p.Years {
		// Every year when they fit, else the first and the last.
		if len(p.Years) <= 6 || cy.Year == first || cy.Year == last {
			yearTicks = append(yearTicks, yearTick{X: x(cy.Year), Label: fmt.Sprint(cy.Year)})
		}
	}
	var charts []smallChart
	for i, city := range p.Cities {
		ch := smallChart{Name: v.Cities[i].Name}
		var line, tiers []string
		for _, res := range city.Results {
			pt := smallPoint{X: x(res.Year), Y: y(res.Percent()), Color: render.TierColor(res.Tier), Tier: render.TierName(r, c, res.Tier), Label: c.Percent(res.Percent()), Year: res.Year}
			ch.Points = append(ch.Points, pt)
			line = append(line, fmt.Sprintf("%.1f,%.1f", pt.X, pt.Y))
			tiers = append(tiers, fmt.Sprintf("%d %s", res.Year, pt.Tier))
		}
		if len(line) > 1 {
			ch.Line = strings.Join(line, " ")
		}
		end := ch.Points[len(ch.Points)-1]
		lbl := &smallLabel{X: end.X, LabelY: end.Y - 8, Anchor: "middle", Label: end.Label}
		if end.Y < smallTop+12 {
			lbl.LabelY = end.Y + 16
		}
		if end.X > smallLeft+smallWidth-20 {
			lbl.Anchor = "end"
		}
		ch.Last = lbl
		ch.Tiers = strings.Join(tiers, " · ")
		ch.Label = ch.Name + ": " + ch.Tiers
		charts = append(charts, ch)
	}
	body := struct {
		V      *panelView
		Bands  []chartBand
		Ticks  []chartTick
		Years  []yearTick
		Charts []smallChart
		Tables []htmlTable
	}{v, bands, ticks, yearTicks, charts, []htmlTable{
		{Title: v.LCities, Headers: v.CityHeaders, Rows: v.CityRows},
		{Title: v.LByYear, Headers: v.YearHeaders, Rows: v.YearRows},
		{Title: v.LCriteria, Headers: v.CriteriaHeaders, Rows: v.CriteriaRows, Note: v.OtherRubric},
	}}
	return panelPage.Write(w, render.Page{Lang: c.Lang(), Title: v.LTitle + " · " + v.Heading, Accent: "#1f4e79", Style: panelStyle, Body: body})
}
