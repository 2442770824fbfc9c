package result

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"math"

	"github.com/citydatakit/wwc/scoring/report/render"
)

// htmlWriter writes one self-contained page: inline CSS and SVG, nothing fetched, so that it
// opens offline and can be emailed; html/template escapes everything the city typed.
type htmlWriter struct{}

// body.tmpl is the report's body in the page every document shares.
//
//go:embed body.tmpl
var bodyTemplate string

var page = render.NewHTMLPage(bodyTemplate)

// htmlData is the view plus the drawing of its charts.
type htmlData struct {
	*view
	NoOutcomes string
	TierColor  string
	// ValidatedColor is the validated tier's color; "" without a review.
	ValidatedColor string
	Gauge          gauge
	Bars           []bar
	BarsH          int
	Radar          radar
}

type gauge struct {
	Segments []segment
	MarkerX  float64
	Label    string
}

type segment struct {
	X, W    float64
	Color   string
	Name    string
	Range   string
	Current bool
	LabelX  float64
}

type bar struct {
	Y        int
	Label    string
	W        float64
	Value    string
	Class    string
	TextY    int
	ValueX   float64
	PercentY int
}

type radar struct {
	Levels  []string
	Axes    []axis
	Polygon string
	Dots    []point
}

type axis struct {
	X2, Y2, LX, LY float64
	Label          string
	Anchor         string
}

type point struct{ X, Y float64 }

// Write renders the report as HTML.
func (htmlWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	d := htmlData{view: v, TierColor: render.TierColor(v.TierID), NoOutcomes: in.Cat.T("summary.no_outcomes")}
	d.Gauge = newGauge(v)
	d.Bars, d.BarsH = newBars(v)
	d.Radar = newRadar(v)
	p := render.Page{Lang: v.Lang, Title: v.L.Report + " · " + v.Heading, Accent: d.TierColor, Body: d}
	if v.Validation != nil {
		d.ValidatedColor = render.TierColor(v.Validation.TierID)
		p.Style, p.Body = validationStyle, d
	}
	return page.Write(w, p)
}

// validationStyle lays out the claimed and validated tiers side by side; only a report with
// a review carries it.
const validationStyle template.CSS = `.tiers { display:grid; grid-template-columns: 1fr 1fr; gap:12px; margin:18px 0 8px; }
.tierbox { background:var(--bg); border-radius:8px; padding:12px 14px; }
.tierbox .k { color:var(--muted); font-size:13px; text-transform:uppercase; letter-spacing:.04em; }
.tierbox .t { font-size:24px; font-weight:700; border-left:6px solid; padding-left:10px; margin:6px 0; }
.tierbox.provisional .t { border-left-style:dashed; }
.tierbox .s { color:var(--muted); font-size:14px; }
td.comment { white-space:pre-line; }
@media (max-width: 760px) { .tiers { grid-template-columns: 1fr; } }
`

const gaugeW = 640.0

func newGauge(v *view) gauge {
	var g gauge
	for _, b := range v.Bands {
		x, w := b.From/100*gaugeW, (b.To-b.From)/100*gaugeW
		g.Segments = append(g.Segments, segment{X: x, W: w, Color: render.TierColor(b.ID), Name: b.Name, Range: b.Short, Current: b.Current, LabelX: x + w/2})
	}
	g.MarkerX = math.Min(math.Max(v.Percent/100*gaugeW, 0), gaugeW)
	g.Label = v.PercentText
	return g
}

func newBars(v *view) ([]bar, int) {
	const rowH, barMax, labelW = 30, 240.0, 330
	var out []bar
	for i, p := range v.Practices {
		class := "low"
		switch {
		case p.Good:
			class = "good"
		case p.Fair:
			class = "fair"
		}
		w := p.Percent / 100 * barMax
		out = append(out, bar{Y: i*rowH + 6, TextY: i*rowH + 22, Label: p.Name, W: w, ValueX: labelW + w + 8,
			Value: fmt.Sprintf("%d/%d · %s", p.Met, p.Total, p.PercentText), Class: class})
	}
	return out, len(v.Practices)*rowH + 10
}

func newRadar(v *view) radar {
	const cx, cy, r = 180.0, 170.0, 110.0
	n := len(v.Practices)
	var rd radar
	if n < 3 {
		return rd
	}
	angle := func(i int) float64 { return -math.Pi/2 + float64(i)*2*math.Pi/float64(n) }
	for _, lvl := range []float64{0.25, 0.5, 0.75, 1} {
		s := ""
		for i := 0; i < n; i++ {
			s += fmt.Sprintf("%.1f,%.1f ", cx+r*lvl*math.Cos(angle(i)), cy+r*lvl*math.Sin(angle(i)))
		}
		rd.Levels = append(rd.Levels, s)
	}
	poly := ""
	for i, p := range v.Practices {
		a := angle(i)
		ax := axis{X2: cx + r*math.Cos(a), Y2: cy + r*math.Sin(a), LX: cx + (r+18)*math.Cos(a), LY: cy + (r+18)*math.Sin(a) + 4, Label: p.ID, Anchor: "middle"}
		switch c := math.Cos(a); {
		case c > 0.3:
			ax.Anchor = "start"
		case c < -0.3:
			ax.Anchor = "end"
		}
		rd.Axes = append(rd.Axes, ax)
		x, y := cx+r*p.Percent/100*math.Cos(a), cy+r*p.Percent/100*math.Sin(a)
		poly += fmt.Sprintf("%.1f,%.1f ", x, y)
		rd.Dots = append(rd.Dots, point{x, y})
	}
	rd.Polygon = poly
	return rd
}
