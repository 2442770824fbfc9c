package trend

import (
	_ "embed"
	"fmt"
	"io"

	"github.com/citydatakit/wwc/scoring/report/render"
)

type htmlWriter struct{}

// body.tmpl is the trend's body, a chart and the tables, in the page every document shares;
// history.tmpl the table of criteria over the years, which the panel's page shows per city.
var (
	//go:embed body.tmpl
	bodyTemplate string
	//go:embed history.tmpl
	historyTemplate string
)

var page = render.NewHTMLPage(bodyTemplate + historyTemplate)

type chartBand struct {
	Y, H, LabelY float64
	Color, Name  string
}

type chartTick struct {
	Y, TextY float64
	Label    string
}

type chartPoint struct {
	X, Y, LabelY float64
	Label        string
	Year         int
}

// Write writes a page with the share over the years, the tier bands shaded behind it.
func (htmlWriter) Write(w io.Writer, in Input) error {
	if in.Panel != nil {
		return writePanelHTML(w, in)
	}
	v := newView(in)
	c, r, t := in.Cat, in.Rubric, in.T
	const top, height = 20.0, 250.0
	y := func(pct float64) float64 { return top + height*(1-pct/100) }
	var bands []chartBand
	for i, tier := range r.Tiers {
		from := float64(tier.MinPercent) / 100
		to := 100.0
		if i+1 < len(r.Tiers) {
			to = float64(r.Tiers[i+1].MinPercent) / 100
		}
		bands = append(bands, chartBand{Y: y(to), H: y(from) - y(to), LabelY: y(to) + 14, Color: render.TierColor(tier.ID), Name: tier.Name.Get(c.Lang())})
	}
	var ticks []chartTick
	for _, pct := range []float64{0, 25, 50, 75, 100} {
		ticks = append(ticks, chartTick{Y: y(pct), TextY: y(pct) + 4, Label: c.Percent(pct)})
	}
	var points []chartPoint
	line := ""
	n := len(t.Results)
	for i, res := range t.Results {
		x := 360.0
		if n > 1 {
			x = 90 + 540*float64(i)/float64(n-1)
		}
		py := y(res.Percent())
		points = append(points, chartPoint{X: x, Y: py, LabelY: py - 10, Label: c.Percent(res.Percent()), Year: res.Year})
		line += fmt.Sprintf("%.1f,%.1f ", x, py)
	}
	body := struct {
		V      *view
		Bands  []chartBand
		Ticks  []chartTick
		Points []chartPoint
		Line   string
	}{v, bands, ticks, points, line}
	return page.Write(w, render.Page{Lang: c.Lang(), Title: v.LTitle + " · " + v.Heading, Accent: "#1f4e79", Body: body})
}
