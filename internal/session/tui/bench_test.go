package tui

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/internal/i18n"
)

// BenchmarkFirstFrame is the application's part of starting on a resumed file: reading a
// file with all 43 criteria answered (evidence and notes) and three metrics, scoring it and
// drawing the first frame at 120×40.
func BenchmarkFirstFrame(b *testing.B) {
	r := rubric()
	path := filepath.Join(b.TempDir(), "full.yaml")
	a := assessment.New()
	a.City, a.Country, a.Year, a.Population = "Maipú", "Chile", 2025, 578605
	a.Rubric = assessment.RubricRef{ID: r.ID, Version: r.Version}
	var order []string
	for i, q := range r.Questions() {
		order = append(order, q.ID)
		v := []assessment.Value{assessment.Met, assessment.NotMet, assessment.InProgress}[i%3]
		a.Set(q.ID, assessment.Answer{Value: v, Evidence: fmt.Sprintf("https://maipu.example/%s", q.ID), Notes: "revisado"})
	}
	for i := range 3 {
		base, cur := 10.0+float64(i), 20.0
		a.Outcomes = append(a.Outcomes, assessment.Metric{Name: fmt.Sprintf("m%d", i), Direction: assessment.Increase,
			BaselineYear: 2020, Baseline: &base, CurrentYear: 2024, Current: &cur})
	}
	if err := answers.Write(path, a, order); err != nil {
		b.Fatal(err)
	}
	cat := i18n.For("es")
	b.ResetTimer()
	for b.Loop() {
		got, err := answers.Read(path)
		if err != nil {
			b.Fatal(err)
		}
		m := New(Options{Rubric: r, Cat: cat, A: got, Resumed: true, Width: 120, Height: 40})
		if m.Frame() == "" {
			b.Fatal("no frame")
		}
	}
}
