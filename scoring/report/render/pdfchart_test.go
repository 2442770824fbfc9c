package render_test

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// TestPDFChartsTakeAnyFigures: line charts, box plots, bars and meter columns drawn from
// generated figures (below 0, above 100, NaN, infinite, a box upside down), with labels from
// empty to very long and in scripts the font lacks, over many rows and pages: the PDF
// parses, every label's start is in its text, and a bar's label long
// enough to run into its bar is cut with an ellipsis.
func TestPDFChartsTakeAnyFigures(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 4))
	figure := func() float64 {
		switch rng.IntN(8) {
		case 0:
			return math.NaN()
		case 1:
			return math.Inf(1 - 2*rng.IntN(2))
		case 2:
			return -50 + rng.Float64()*250
		}
		return rng.Float64() * 100
	}
	label := func(i int) string {
		return fmt.Sprintf("L%03d ", i) + reporttest.LongName(rng, rng.IntN(140)) + []string{"", " 東京", " 🏙"}[rng.IntN(3)]
	}
	for round := range 12 {
		p := render.NewPDF("charts", "en", reporttest.Date)
		var wants []string
		var points []render.PDFPoint
		for i := range rng.IntN(15) {
			points = append(points, render.PDFPoint{Label: fmt.Sprint(2010 + i), Value: figure(), Text: fmt.Sprint(i)})
		}
		ticks := []render.Tick{{Value: 0, Label: "0%"}, {Value: 50, Label: "50%"}, {Value: 100, Label: "100%"}}
		p.LineChart(points, []render.PDFBand{{From: 50, To: 68, Name: label(900), Color: "#9aa5b1"}, {From: 68, To: 100, Name: "x", Color: "bad"}}, ticks)
		var boxes []render.PDFBox
		for i := range rng.IntN(40) {
			boxes = append(boxes, render.PDFBox{Label: label(i), Min: figure(), Q1: figure(), Median: figure(), Q3: figure(), Max: figure(),
				MedianText: "median", MiddleText: label(500 + i)})
			wants = append(wants, fmt.Sprintf("L%03d", i))
		}
		p.BoxPlots(boxes, ticks)
		var bars []render.PDFBar
		long := 0
		for i := range rng.IntN(60) {
			l := label(100 + i)
			if len([]rune(l)) > 60 {
				long++
			}
			bars = append(bars, render.PDFBar{Label: l, Value: figure(), Before: -1, Color: "#1f4e79", Text: "t"})
			wants = append(wants, fmt.Sprintf("L%03d", 100+i))
		}
		p.Bars(bars)
		table := render.PDFTable{Header: []string{"a", "b", "c"}, Widths: []float64{0.3, 0.4, 0.3}, MeterCol: 2}
		for i := range rng.IntN(80) {
			table.Rows = append(table.Rows, []string{fmt.Sprintf("L%03d", 300+i), "never written", label(700 + i)})
			table.Meters = append(table.Meters, figure())
			wants = append(wants, fmt.Sprintf("L%03d", 300+i))
		}
		p.Table(table)
		var buf bytes.Buffer
		if err := p.Finish(&buf); err != nil {
			t.Fatal(err)
		}
		got := reporttest.ReadPDF(t, buf.Bytes())
		for _, w := range wants {
			if !strings.Contains(got.Text, w) {
				t.Errorf("round %d: %s is not in the PDF", round, w)
			}
		}
		if strings.Contains(got.Text, "never written") {
			t.Errorf("round %d: a meter column's text was written", round)
		}
		// The ellipsis reads back as its low byte (PDFFold).
		if long > 0 && !strings.Contains(got.Text, reporttest.PDFFold("…")) {
			t.Errorf("round %d: %d long bar labels and none cut", round, long)
		}
	}
}
