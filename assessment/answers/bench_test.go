package answers

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// benchDocs are the files the benchmarks read: a real sample city (YAML and the JSON wwc
// writes), a file near MaxFileSize with long notes on many answers, and one full of problems.
func benchDocs(b *testing.B) map[string][]byte {
	b.Helper()
	city, err := os.ReadFile("../../testdata/cities/maipu-2024.yaml")
	if err != nil {
		b.Fatal(err)
	}
	a, err := Parse(city, "maipu.yaml")
	if err != nil {
		b.Fatal(err)
	}
	jsonCity, err := MarshalJSON(a, nil)
	if err != nil {
		b.Fatal(err)
	}
	var large strings.Builder
	large.WriteString("format: wwc-answers/1\ncity: Maipú\nyear: 2024\nanswers:\n")
	for i := 0; large.Len() < MaxFileSize-2000; i++ {
		fmt.Fprintf(&large, "  Q%d:\n    answer: met\n    evidence: https://example.org/q%d\n    notes: %s\n", i, i, strings.Repeat("Comité de datos ", 30))
	}
	var bad strings.Builder
	bad.WriteString("format: wwc-answers/1\nanswers:\n")
	for i := 0; i < 2000; i++ {
		fmt.Fprintf(&bad, "  Q%d: {answer: tal vez, evidense: x}\n", i)
	}
	return map[string][]byte{"city": city, "city-json": jsonCity, "large": []byte(large.String()), "problems": []byte(bad.String())}
}

func BenchmarkParse(b *testing.B) {
	docs := benchDocs(b)
	for _, name := range []string{"city", "city-json", "large", "problems"} {
		data := docs[name]
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				_, _ = Parse(data, "bench.yaml")
			}
		})
	}
}
