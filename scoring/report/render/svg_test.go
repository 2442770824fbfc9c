package render

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestScale: values map linearly, outside values are held at the ends, an empty domain
// gives its start, and a reversed range (a y axis) works the same.
func TestScale(t *testing.T) {
	tests := []struct {
		s    Scale
		v    float64
		want float64
	}{
		{Scale{0, 100, 10, 210}, 0, 10},
		{Scale{0, 100, 10, 210}, 50, 110},
		{Scale{0, 100, 10, 210}, 100, 210},
		{Scale{0, 100, 10, 210}, -5, 10},
		{Scale{0, 100, 10, 210}, 140, 210},
		{Scale{0, 100, 300, 20}, 25, 230},
		{Scale{5, 5, 40, 80}, 5, 40},
	}
	for _, tt := range tests {
		if got := tt.s.At(tt.v); got != tt.want {
			t.Errorf("%+v.At(%v) = %v, want %v", tt.s, tt.v, got, tt.want)
		}
	}
}

// TestSVGEscapes: generated labels, titles and values with markup never reach the drawing
// as markup, and every bar and dot carries its title (the text a page without pictures reads).
func TestSVGEscapes(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"<script>", `"`, "'", "&", "</svg>", "<a href=x>", "São", "Ñuñoa", "50 %"}
	word := func() string {
		var b strings.Builder
		for range 1 + rng.IntN(4) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
	for round := range 200 {
		var bars []Bar
		var dots []Dot
		for range rng.IntN(6) {
			bars = append(bars, Bar{Label: word(), Value: word(), Fraction: rng.Float64()*1.4 - 0.2, Color: word()})
			dots = append(dots, Dot{Value: rng.Float64() * 100, R: 3, Title: word()})
		}
		s := Scale{0, 100, 0, 500}
		out := string(SVG(600, 300, word(), word(), word(), BarRows(bars, 0, 30, 100, 400), DotStrip(s, 20, dots, word()),
			BoxPlot(s, 40, 10, Box{10, 20, 30, 40, 50}), Axis(s, 60, 0, []Tick{{50, word()}}), Label(1, 2, "start", word(), 12, true),
			Meter(rng.Float64(), 100, 10, word(), word())))
		for _, bad := range []string{"<script", "<a "} {
			if strings.Contains(out, bad) {
				t.Fatalf("round %d: %q reached the drawing:\n%s", round, bad, out)
			}
		}
		if strings.Count(out, "<svg") != 2 || strings.Count(out, "</svg>") != 2 {
			t.Fatalf("round %d: an <svg> opened or closed by a label:\n%s", round, out)
		}
		if got := strings.Count(out, "<title>"); got != 1+len(bars)+len(dots) {
			t.Fatalf("round %d: %d titles for %d bars and %d dots", round, got, len(bars), len(dots))
		}
	}
}
