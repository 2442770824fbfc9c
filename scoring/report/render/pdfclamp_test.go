package render

import (
	"math"
	"testing"
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
