package scoring

import "slices"

// Median is the middle of values (the mean of the two middle ones for an even count); ok is
// false for no values. values is not changed.
func Median(values []float64) (m float64, ok bool) {
	n := len(values)
	if n == 0 {
		return 0, false
	}
	s := slices.Sorted(slices.Values(values))
	if n%2 == 1 {
		return s[n/2], true
	}
	return (s[n/2-1] + s[n/2]) / 2, true
}

// PercentileRank is where x stands among values, in percent: the share of values below x,
// with values equal to x counted half (the mid-rank definition), so that a city level with
// the whole cohort stands at 50 and ties never favour anyone. ok is false for no values.
func PercentileRank(values []float64, x float64) (p float64, ok bool) {
	if len(values) == 0 {
		return 0, false
	}
	var below, equal int
	for _, v := range values {
		switch {
		case v < x:
			below++
		case v == x:
			equal++
		}
	}
	return (float64(below) + float64(equal)/2) * 100 / float64(len(values)), true
}

// Quartiles are the first quartile, the median and the third quartile of values, each the
// median of its half (the lower and upper halves leave the median out for an odd count);
// ok is false for no values. A cohort of one has all three equal to its value.
func Quartiles(values []float64) (q1, q2, q3 float64, ok bool) {
	n := len(values)
	if n == 0 {
		return 0, 0, 0, false
	}
	s := slices.Sorted(slices.Values(values))
	q2, _ = Median(s)
	if n == 1 {
		return q2, q2, q2, true
	}
	q1, _ = Median(s[:n/2])
	q3, _ = Median(s[(n+1)/2:])
	return q1, q2, q3, true
}
