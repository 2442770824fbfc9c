package scoring

import "testing"

func BenchmarkScore(b *testing.B) {
	r := defaultRubric(b)
	a := city(r, 30, 2)
	b.ReportAllocs()
	for b.Loop() {
		Score(r, a, Options{})
	}
}
