package scoring

import "testing"

func TestMedian(t *testing.T) {
	for _, tc := range []struct {
		in   []float64
		want float64
		ok   bool
	}{
		{nil, 0, false},
		{[]float64{40}, 40, true},
		{[]float64{10, 30}, 20, true},
		{[]float64{30, 10, 20}, 20, true},
		{[]float64{5, 5, 5, 9}, 5, true},
		{[]float64{90, 10, 50, 70}, 60, true},
	} {
		got, ok := Median(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("Median(%v) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
	in := []float64{3, 1, 2}
	Median(in)
	if in[0] != 3 || in[1] != 1 || in[2] != 2 {
		t.Errorf("Median sorted its argument: %v", in)
	}
}

func TestPercentileRank(t *testing.T) {
	for _, tc := range []struct {
		in   []float64
		x    float64
		want float64
		ok   bool
	}{
		{nil, 50, 0, false},
		{[]float64{50}, 50, 50, true},             // a cohort of one, the city itself
		{[]float64{40}, 50, 100, true},            // above the only other
		{[]float64{60}, 50, 0, true},              // below it
		{[]float64{50, 50, 50, 50}, 50, 50, true}, // all tied
		{[]float64{10, 20, 30, 40}, 30, 62.5, true},
		{[]float64{10, 20, 30, 40}, 25, 50, true}, // between, not one of them
		{[]float64{10, 30, 30, 40}, 30, 50, true}, // ties counted half
	} {
		got, ok := PercentileRank(tc.in, tc.x)
		if got != tc.want || ok != tc.ok {
			t.Errorf("PercentileRank(%v, %v) = %v, %v; want %v, %v", tc.in, tc.x, got, ok, tc.want, tc.ok)
		}
	}
}

func TestQuartiles(t *testing.T) {
	for _, tc := range []struct {
		in         []float64
		q1, q2, q3 float64
		ok         bool
	}{
		{nil, 0, 0, 0, false},
		{[]float64{7}, 7, 7, 7, true},
		{[]float64{1, 3}, 1, 2, 3, true},
		{[]float64{5, 1, 3}, 1, 3, 5, true},
		{[]float64{1, 2, 3, 4}, 1.5, 2.5, 3.5, true},
		{[]float64{1, 2, 3, 4, 5}, 1.5, 3, 4.5, true},
		{[]float64{2, 2, 2, 2, 2}, 2, 2, 2, true},
	} {
		q1, q2, q3, ok := Quartiles(tc.in)
		if q1 != tc.q1 || q2 != tc.q2 || q3 != tc.q3 || ok != tc.ok {
			t.Errorf("Quartiles(%v) = %v %v %v %v; want %v %v %v %v", tc.in, q1, q2, q3, ok, tc.q1, tc.q2, tc.q3, tc.ok)
		}
	}
}
