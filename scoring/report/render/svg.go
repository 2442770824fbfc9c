package render

import (
	"fmt"
	"html/template"
	"strings"

	"github.com/citydatakit/wwc/internal/i18n"
)

// The pieces of SVG the HTML documents draw their charts with: a scale, an axis, bars, a
// dot strip with its box, and the <svg> element around them with its title and description
// (what a screen reader, or a page read without pictures, gets). Each returns markup that
// html/template inserts as it is; every text given is escaped here.

// Scale maps values from Min..Max onto From..To, in the drawing's units; values outside are
// held at the ends.
type Scale struct{ Min, Max, From, To float64 }

// At is where v falls.
func (s Scale) At(v float64) float64 {
	if s.Max == s.Min {
		return s.From
	}
	v = min(max(v, min(s.Min, s.Max)), max(s.Min, s.Max))
	return s.From + (v-s.Min)/(s.Max-s.Min)*(s.To-s.From)
}

// Tick is a mark on an axis: a value and its label.
type Tick struct {
	Value float64
	Label string
}

// QuarterTicks mark the quarters of a 0–100 share axis ("0 %" .. "100 %"), in the language's
// marks: every chart of shares, on the page and on paper, has this axis.
func QuarterTicks(c *i18n.Catalog) []Tick {
	var ticks []Tick
	for _, v := range []float64{0, 25, 50, 75, 100} {
		ticks = append(ticks, Tick{Value: v, Label: c.PlainPercent(v)})
	}
	return ticks
}

// svgText escapes s for an SVG text node or attribute.
func svgText(s string) string { return template.HTMLEscapeString(s) }

// SVG is an <svg> element of width×height units, scaled to the width of its container, with
// title (its accessible name) and desc (what it shows, in words) and parts inside.
func SVG(width, height float64, class, title, desc string, parts ...template.HTML) template.HTML {
	var b strings.Builder
	if class != "" {
		class = ` class="` + svgText(class) + `"`
	}
	fmt.Fprintf(&b, `<svg%s width="100%%" viewBox="0 0 %.0f %.0f" role="img" aria-label="%s">`, class, width, height, svgText(title))
	fmt.Fprintf(&b, "<title>%s</title>", svgText(title))
	if desc != "" {
		fmt.Fprintf(&b, "<desc>%s</desc>", svgText(desc))
	}
	for _, p := range parts {
		b.WriteString(string(p))
	}
	b.WriteString("</svg>")
	return template.HTML(b.String())
}

// Axis draws a horizontal axis at y along s: a line, and each tick with a grid line up to
// top and its label below.
func Axis(s Scale, y, top float64, ticks []Tick) template.HTML {
	var b strings.Builder
	fmt.Fprintf(&b, `<g class="axis"><line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#9aa5b1"/>`, s.From, y, s.To, y)
	for _, t := range ticks {
		x := s.At(t.Value)
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#e4e9ef"/>`, x, top, x, y)
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle" font-size="11" fill="#5b6b7b">%s</text>`, x, y+14, svgText(t.Label))
	}
	b.WriteString("</g>")
	return template.HTML(b.String())
}

// Bar is one bar of a chart: its label, its length as a fraction of the whole (0 to 1), the
// figure printed after it, and its fill.
type Bar struct {
	Label, Value string
	Fraction     float64
	Color        string
}

// BarRows are horizontal bars, one per row of rowH units from y: the label at the left in
// labelW units, the bar on a light track of barW units, the figure after it. Each bar's
// title repeats its label and figure.
func BarRows(bars []Bar, y, rowH, labelW, barW float64) template.HTML {
	var b strings.Builder
	h := rowH * 0.66
	for i, bar := range bars {
		top := y + float64(i)*rowH
		w := min(max(bar.Fraction, 0), 1) * barW
		mid := top + h/2 + 4
		fmt.Fprintf(&b, `<g><title>%s: %s</title>`, svgText(bar.Label), svgText(bar.Value))
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="end" font-size="13">%s</text>`, labelW-8, mid, svgText(bar.Label))
		fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="#eef2f6" rx="3"/>`, labelW, top, barW, h)
		fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s" stroke="#1f2933" stroke-width=".5" rx="3"/>`, labelW, top, w, h, svgText(bar.Color))
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" font-size="12" font-weight="600">%s</text></g>`, labelW+w+6, mid, svgText(bar.Value))
	}
	return template.HTML(b.String())
}

// Meter is a small bar of width×height units filled to fraction (0 to 1), for a table cell;
// title says what it shows.
func Meter(fraction, width, height float64, color, title string) template.HTML {
	w := min(max(fraction, 0), 1) * width
	return template.HTML(fmt.Sprintf(`<svg class="meter" width="%.0f" height="%.0f" viewBox="0 0 %.0f %.0f" role="img" aria-label="%s">`+
		`<rect width="%.0f" height="%.0f" fill="#eef2f6" rx="2"/><rect width="%.1f" height="%.0f" fill="%s" stroke="#1f2933" stroke-width=".5" rx="2"/></svg>`,
		width, height, width, height, svgText(title), width, height, w, height, svgText(color)))
}

// Dot is a point of a strip: a value, its radius and its title.
type Dot struct {
	Value, R float64
	Title    string
}

// Box is a box plot's five figures.
type Box struct{ Min, Q1, Median, Q3, Max float64 }

// BoxPlot draws box along s, centred on y: whiskers from Min to Max, a box of height h from
// Q1 to Q3, and a thick mark at the median.
func BoxPlot(s Scale, y, h float64, box Box) template.HTML {
	var b strings.Builder
	x := s.At
	fmt.Fprintf(&b, `<g class="box"><line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#5b6b7b"/>`, x(box.Min), y, x(box.Max), y)
	for _, v := range []float64{box.Min, box.Max} {
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#5b6b7b"/>`, x(v), y-h/3, x(v), y+h/3)
	}
	fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="#dfe6ee" stroke="#5b6b7b"/>`, x(box.Q1), y-h/2, max(x(box.Q3)-x(box.Q1), 0), h)
	fmt.Fprintf(&b, `<line class="median" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#1f2933" stroke-width="3"/></g>`, x(box.Median), y-h/2-3, x(box.Median), y+h/2+3)
	return template.HTML(b.String())
}

// DotStrip draws dots along s on the line at y, each with its radius and title.
func DotStrip(s Scale, y float64, dots []Dot, color string) template.HTML {
	var b strings.Builder
	b.WriteString(`<g class="strip">`)
	for _, d := range dots {
		fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="%.1f" fill="%s" fill-opacity=".6" stroke="#1f2933" stroke-width=".6"><title>%s</title></circle>`,
			s.At(d.Value), y, d.R, svgText(color), svgText(d.Title))
	}
	b.WriteString("</g>")
	return template.HTML(b.String())
}

// Label is a line of text at x, y: anchor is start, middle or end.
func Label(x, y float64, anchor, text string, size float64, bold bool) template.HTML {
	weight := ""
	if bold {
		weight = ` font-weight="600"`
	}
	return template.HTML(fmt.Sprintf(`<text x="%.1f" y="%.1f" text-anchor="%s" font-size="%.0f"%s>%s</text>`, x, y, svgText(anchor), size, weight, svgText(text)))
}
