package render

import (
	"math"
	"strings"
	"testing"
	"time"
)

// TestClamp: a chart's figure is held to 0–100, and one that is not a number (which a
// PDF's drawing cannot take) is 0.
func TestClamp(t *testing.T) {
	for _, tc := range []struct{ in, want float64 }{
		{math.NaN(), 0}, {math.Inf(1), 100}, {math.Inf(-1), 0}, {-3, 0}, {250, 100}, {42.5, 42.5},
	} {
		if got := clamp(tc.in); got != tc.want {
			t.Errorf("clamp(%v) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestFit: a label is cut with … to the longest start that fits, whatever its length, and
// one that fits is left whole.
func TestFit(t *testing.T) {
	p := NewPDF("fit", "en", time.Time{})
	p.font(false, 9, ink)
	for _, n := range []int{0, 1, 5, 40, 41, 200, 20000} {
		text := strings.Repeat("Wi ", n)
		for _, w := range []float64{8, 20, 76} {
			got := p.fit(text, w)
			if got == text {
				if p.f.GetStringWidth(text) > w {
					t.Errorf("%d×%v: %q left whole", n, w, got)
				}
				continue
			}
			start := strings.TrimSuffix(got, "…")
			if !strings.HasPrefix(text, start) || p.f.GetStringWidth(got) > w {
				t.Errorf("%d×%v: %q", n, w, got)
			}
			if longer := []rune(text)[:len([]rune(start))+1]; p.f.GetStringWidth(string(longer)+"…") <= w {
				t.Errorf("%d×%v: %q is cut shorter than it needs", n, w, got)
			}
		}
	}
}
