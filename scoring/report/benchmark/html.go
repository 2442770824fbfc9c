package benchmark

import (
	_ "embed"
	"html/template"
	"io"
	"math"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring/report/render"
)

type htmlWriter struct{}

// body.tmpl is the benchmark's body, a dot strip per practice and the lists, in the page
// every document shares.
//
//go:embed body.tmpl
var bodyTemplate string

var page = render.NewHTMLPage(bodyTemplate)

// The strip chart's geometry, in SVG units: the plot runs from plotX to plotX+plotW, a row
// is rowH high, below a band of axis labels axisH high.
const (
	plotX, plotW = 250.0, 420.0
	rowH, axisH  = 36.0, 26.0
	chartW       = 760.0
)

type strip struct {
	Y, LabelY        float64
	Label, Title     string
	Dots             []dot
	Q1X, Q3X, MedX   float64
	CityX            float64
	CityText         string
	HasCohort, Bold  bool
	BandY, BandH     float64
	BandW            float64
	MedY1, MedY2     float64
	CityTextX, TextY float64
}

type dot struct{ X, Y, R float64 }

type tick struct {
	X     float64
	Label string
}

type stepRow struct {
	ID, Title, Rate string
	Width           float64
	InPlan          bool
}

// Write writes a page: the heading, a dot strip per practice (the cohort's shares, its
// middle half shaded, its median and the city marked), then the steps and the leads.
func (htmlWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	c := in.Cat
	x := func(pct float64) float64 { return plotX + plotW*pct/100 }
	var strips []strip
	for i, r := range v.Rows {
		y := axisH + rowH*float64(i) + rowH/2
		label := r.Name
		if r.ID != "" {
			label = r.ID + " · " + render.Cut(r.Name, 30)
		}
		st := strip{Y: y, LabelY: y + 4, Label: label, CityX: x(r.s.City), CityText: r.City, Bold: i == 0,
			BandY: y - 9, BandH: 18, MedY1: y - 13, MedY2: y + 13, CityTextX: plotX + plotW + 14, TextY: y + 4,
			Title: c.T("benchmark.strip_title", msg.Args{"Name": r.Name, "City": r.City, "Median": r.Median, "Percentile": r.Percentile})}
		if len(r.s.Cohort) > 0 {
			st.HasCohort = true
			st.Q1X, st.Q3X, st.MedX = x(r.s.Q1), x(r.s.Q3), x(r.s.Median)
			st.BandW = st.Q3X - st.Q1X
			st.Dots = dots(r.s.Cohort, x, y)
		}
		strips = append(strips, st)
	}
	var ticks []tick
	for _, t := range render.QuarterTicks(c) {
		ticks = append(ticks, tick{X: x(t.Value), Label: t.Label})
	}
	var steps []stepRow
	for i, s := range v.Steps {
		steps = append(steps, stepRow{ID: s.ID, Title: s.Title, Rate: s.Rate, Width: in.B.Steps[i].Rate(), InPlan: s.InPlan})
	}
	body := struct {
		V         *view
		Strips    []strip
		Ticks     []tick
		Steps     []stepRow
		H, PlotY2 float64
		PlotX     float64
		PlotX2    float64
		Legend    string
		Style     template.CSS
	}{V: v, Strips: strips, Ticks: ticks, Steps: steps, H: axisH + rowH*float64(len(strips)) + 8, PlotY2: axisH + rowH*float64(len(strips)),
		PlotX: plotX, PlotX2: plotX + plotW, Legend: c.T("benchmark.legend")}
	return page.Write(w, render.Page{Lang: c.Lang(), Title: v.Title + " · " + v.Heading, Accent: render.TierColor(in.City.Tier), Style: style, Body: body})
}

// style is what only this page needs: the step bars.
const style template.CSS = `.rate { display:inline-block; width:120px; height:10px; background:var(--line); border-radius:5px; vertical-align:middle; margin-right:8px; }
.rate span { display:block; height:10px; background:var(--accent); border-radius:5px; }
.star { color:#c9a227; font-weight:700; }
.notes p { color:var(--muted); margin:4px 0; }`

// dots is one dot per distinct share, its area growing with how many peers have it, so that
// a cohort of thousands stays a strip of a few dozen dots.
func dots(shares []float64, x func(float64) float64, y float64) []dot {
	count := map[float64]int{}
	var order []float64
	most := 0
	for _, s := range shares {
		if count[s] == 0 {
			order = append(order, s)
		}
		count[s]++
		most = max(most, count[s])
	}
	var out []dot
	for _, s := range order {
		out = append(out, dot{X: x(s), Y: y, R: 2.5 + 5*math.Sqrt(float64(count[s])/float64(most))})
	}
	return out
}
