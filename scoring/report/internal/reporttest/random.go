package reporttest

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/questions"
)

// RandomAssessment answers every criterion at random (some unanswered, some with a text that
// starts like a formula) and gives 0 to 4 metrics whose values and years may be missing.
func RandomAssessment(rng *rand.Rand, r *questions.Rubric, i int) *assessment.Assessment {
	a := assessment.New()
	a.City = []string{"Maipú", "Recife", "Lakeside", "=Evil City", "São José dos Campos"}[i%5]
	a.Country = []string{"Chile", "Brasil", "", "United States"}[rng.IntN(4)]
	a.Year = []int{2024, 2025, 0, 2026}[rng.IntN(4)]
	values := []assessment.Value{assessment.Met, assessment.NotMet, assessment.InProgress, assessment.Unanswered}
	for _, p := range r.Practices {
		for _, q := range p.Questions {
			ans := assessment.Answer{Value: values[rng.IntN(len(values))]}
			switch rng.IntN(4) {
			case 0:
				ans.Evidence = "https://city.example/" + q.ID
			case 1:
				ans.Notes = "=SUM(A1:A9) " + strings.Repeat("long note ", rng.IntN(20))
			}
			a.Set(q.ID, ans)
		}
	}
	for k := rng.IntN(5); k > 0; k-- {
		m := assessment.Metric{Name: fmt.Sprintf("metric %d", k), Unit: "%", Direction: assessment.Increase}
		if rng.IntN(3) > 0 {
			v := float64(rng.IntN(200000)) / 8
			m.Baseline, m.BaselineYear = &v, 2015+rng.IntN(5)
		}
		if rng.IntN(3) > 0 {
			v := float64(rng.IntN(2000)) / 3
			m.Current = &v
			if rng.IntN(2) == 0 {
				m.CurrentYear = 2022 + rng.IntN(4)
			}
		}
		a.Outcomes = append(a.Outcomes, m)
	}
	return a
}
