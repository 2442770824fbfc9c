package scoring

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
)

// TestCohortCountsEachCityYearOnce: for many generated cohorts with cities submitted one to
// four times (names in other case and spacing), the statistics equal those of the cohort with
// only the last submission of each city and year, and every repeat is still flagged.
func TestCohortCountsEachCityYearOnce(t *testing.T) {
	r := defaultRubric(t)
	rng := rand.New(rand.NewPCG(7, 11))
	for round := 0; round < 200; round++ {
		var briefs, unique []Brief
		lastOf := map[string]int{}
		want := map[string][]int{}
		cities := 1 + rng.IntN(6)
		for c := 0; c < cities; c++ {
			for k := 1 + rng.IntN(4); k > 0; k-- {
				a := city(r, rng.IntN(44), rng.IntN(3))
				a.City, a.Country, a.Year = fmt.Sprintf("City %d", c), "Chile", 2024
				if rng.IntN(2) == 0 {
					a.City = fmt.Sprintf(" CITY %d ", c)
				}
				key := fmt.Sprint(c)
				want[key] = append(want[key], len(briefs))
				lastOf[key] = len(briefs)
				briefs = append(briefs, Score(r, a, Options{}).Brief())
			}
		}
		// Shuffle so that repeats are not next to each other.
		perm := rng.Perm(len(briefs))
		shuffled := make([]Brief, len(briefs))
		for i, p := range perm {
			shuffled[i] = briefs[p]
		}
		kept := map[string]int{}
		for i, p := range perm {
			for key, idx := range want {
				for _, j := range idx {
					if j == p {
						kept[key] = i // the last position wins
					}
				}
			}
		}
		for i := range shuffled {
			for _, k := range kept {
				if k == i {
					unique = append(unique, shuffled[i])
				}
			}
		}
		got, base := Summarize(shuffled), Summarize(unique)
		if got.Scored != len(shuffled) || got.Counted != len(unique) {
			t.Fatalf("round %d: scored %d counted %d, want %d and %d", round, got.Scored, got.Counted, len(shuffled), len(unique))
		}
		if !reflect.DeepEqual(got.Tiers, base.Tiers) || !reflect.DeepEqual(got.Criteria, base.Criteria) || !reflect.DeepEqual(got.Practices, base.Practices) {
			t.Fatalf("round %d: statistics count repeats:\n%v\n%v", round, got.Tiers, base.Tiers)
		}
		repeats := 0
		for _, idx := range want {
			if len(idx) > 1 {
				repeats++
			}
		}
		if len(got.Duplicates) != repeats || len(got.Kept) != repeats {
			t.Fatalf("round %d: %d duplicate groups, %d kept, want %d", round, len(got.Duplicates), len(got.Kept), repeats)
		}
		for g, group := range got.Duplicates {
			if got.Kept[g] != group[len(group)-1] {
				t.Fatalf("round %d: kept %d of %v, want the last", round, got.Kept[g], group)
			}
		}
	}
}
