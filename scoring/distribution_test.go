package scoring

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
)

// TestSpread: the five figures and the distinct shares, with ties, a cohort of one and none.
func TestSpread(t *testing.T) {
	tests := []struct {
		name   string
		values []float64
		want   PracticeSpread
	}{
		{"none", nil, PracticeSpread{ID: "DM"}},
		{"one", []float64{40}, PracticeSpread{ID: "DM", Of: 1, Min: 40, Q1: 40, Median: 40, Q3: 40, Max: 40, Values: []ValueCount{{40, 1}}}},
		{"all tied", []float64{50, 50, 50, 50}, PracticeSpread{ID: "DM", Of: 4, Min: 50, Q1: 50, Median: 50, Q3: 50, Max: 50, Values: []ValueCount{{50, 4}}}},
		{"two", []float64{100, 0}, PracticeSpread{ID: "DM", Of: 2, Min: 0, Q1: 0, Median: 50, Q3: 100, Max: 100, Values: []ValueCount{{0, 1}, {100, 1}}}},
		{"ties in halves", []float64{20, 0, 20, 60, 20, 100, 60}, PracticeSpread{ID: "DM", Of: 7, Min: 0, Q1: 20, Median: 20, Q3: 60, Max: 100,
			Values: []ValueCount{{0, 1}, {20, 3}, {60, 2}, {100, 1}}}},
		{"even", []float64{25, 75, 50, 0, 100, 50}, PracticeSpread{ID: "DM", Of: 6, Min: 0, Q1: 25, Median: 50, Q3: 75, Max: 100,
			Values: []ValueCount{{0, 1}, {25, 1}, {50, 2}, {75, 1}, {100, 1}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := append([]float64(nil), tt.values...)
			if got := Spread("DM", tt.values); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Spread(%v) = %+v, want %+v", tt.values, got, tt.want)
			}
			if !reflect.DeepEqual(in, tt.values) {
				t.Errorf("Spread changed its values: %v", tt.values)
			}
		})
	}
}

// TestSpreadProperties: for generated cohorts of shares (few distinct values, as a practice
// gives), the counts add up to the cohort, the values ascend, and min ≤ q1 ≤ median ≤ q3 ≤ max.
func TestSpreadProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 9))
	for round := range 300 {
		n := 1 + rng.IntN(60)
		criteria := 1 + rng.IntN(9)
		values := make([]float64, n)
		for i := range values {
			values[i] = float64(rng.IntN(criteria+1)) * 100 / float64(criteria)
		}
		s := Spread("X", values)
		total := 0
		for i, v := range s.Values {
			total += v.Count
			if i > 0 && v.Value <= s.Values[i-1].Value {
				t.Fatalf("round %d: values not ascending: %v", round, s.Values)
			}
		}
		if total != n || s.Of != n || s.MaxCount() < 1 || len(s.Values) > criteria+1 {
			t.Fatalf("round %d: counts %d of %d, %d values: %+v", round, total, n, len(s.Values), s)
		}
		if !(s.Min <= s.Q1 && s.Q1 <= s.Median && s.Median <= s.Q3 && s.Q3 <= s.Max) {
			t.Fatalf("round %d: figures out of order: %+v", round, s)
		}
	}
}

// TestCohortOfOne: a single submission is its own median, quartiles and rates.
func TestCohortOfOne(t *testing.T) {
	r := defaultRubric(t)
	res := Score(r, city(r, 20, 1), Options{})
	c := Summarize([]Brief{res.Brief()})
	if c.Counted != 1 || c.Compared != 1 || len(c.OtherRubric) != 0 || c.RubricID != r.ID || c.RubricVersion != r.Version {
		t.Fatalf("cohort of one: %+v", c)
	}
	for j, s := range c.Spreads {
		p := res.Practices[j].Percent()
		if s.Of != 1 || s.Min != p || s.Q1 != p || s.Median != p || s.Q3 != p || s.Max != p || s.ID != res.Practices[j].ID {
			t.Errorf("practice %s: %+v, want all %v", res.Practices[j].ID, s, p)
		}
	}
	for _, q := range c.Criteria {
		if q.Of != 1 {
			t.Errorf("%s counted over %d", q.ID, q.Of)
		}
	}
}

// TestCohortMixedRubrics: generated cohorts where some submissions were scored against
// another rubric version (saved results of an older round). The statistics of criteria and
// practices equal those of the cohort without them, the tiers count them, and every one of
// them, duplicates included, is reported. The reference is the rubric most counted briefs
// answer, the first given on a tie, or the rubric SummarizeFor is given when any answers it.
func TestCohortMixedRubrics(t *testing.T) {
	r := defaultRubric(t)
	rng := rand.New(rand.NewPCG(5, 17))
	versions := []string{r.Version, "2021.9-draft", "2019"}
	for round := range 200 {
		var briefs []Brief
		n := 1 + rng.IntN(12)
		for i := range n {
			b := Score(r, city(r, rng.IntN(44), rng.IntN(3)), Options{}).Brief()
			b.City, b.Year = fmt.Sprintf("City %d", i), 2024
			if rng.IntN(3) == 0 {
				b.RubricVersion = versions[1+rng.IntN(2)]
			}
			if rng.IntN(5) == 0 { // a shorter rubric: fewer practices and criteria
				b.RubricVersion = "2019"
				b.PracticeIDs, b.Practices = b.PracticeIDs[:5], b.Practices[:5]
				b.CriterionIDs, b.Counted = b.CriterionIDs[:30], b.Counted[:30]
			}
			briefs = append(briefs, b)
		}
		count := map[string]int{}
		first := map[string]int{}
		for i, b := range briefs {
			if _, ok := count[b.RubricVersion]; !ok {
				first[b.RubricVersion] = i
			}
			count[b.RubricVersion]++
		}
		want := briefs[0].RubricVersion
		for v, k := range count {
			if k > count[want] || k == count[want] && first[v] < first[want] {
				want = v
			}
		}
		var same []Brief
		var other []int
		for i, b := range briefs {
			if b.RubricVersion == want {
				same = append(same, b)
			} else {
				other = append(other, i)
			}
		}
		got, base := Summarize(briefs), Summarize(same)
		if got.RubricVersion != want || !reflect.DeepEqual(got.OtherRubric, other) {
			t.Fatalf("round %d: reference %q, others %v; want %q, %v", round, got.RubricVersion, got.OtherRubric, want, other)
		}
		if got.Counted != n || got.Compared != len(same) {
			t.Fatalf("round %d: counted %d compared %d, want %d and %d", round, got.Counted, got.Compared, n, len(same))
		}
		if !reflect.DeepEqual(got.Criteria, base.Criteria) || !reflect.DeepEqual(got.Practices, base.Practices) || !reflect.DeepEqual(got.Spreads, base.Spreads) {
			t.Fatalf("round %d: other rubrics counted in the statistics:\n%+v\n%+v", round, got.Criteria, base.Criteria)
		}
		// Given the batch's rubric, the statistics compare its submissions when there are any,
		// however few.
		var current []Brief
		for _, b := range briefs {
			if b.RubricVersion == r.Version {
				current = append(current, b)
			}
		}
		pref := SummarizeFor(briefs, r.ID, r.Version)
		switch {
		case len(current) > 0 && (pref.RubricVersion != r.Version || pref.Compared != len(current) ||
			!reflect.DeepEqual(pref.Criteria, Summarize(current).Criteria) || len(pref.OtherRubric) != n-len(current)):
			t.Fatalf("round %d: given %s, compared %d under %q, want %d", round, r.Version, pref.Compared, pref.RubricVersion, len(current))
		case len(current) == 0 && !reflect.DeepEqual(pref.Criteria, got.Criteria):
			t.Fatalf("round %d: no submission of %s, and not the majority's statistics", round, r.Version)
		}
		tiers := 0
		for _, k := range got.Tiers {
			tiers += k
		}
		if tiers != n {
			t.Fatalf("round %d: tiers count %d of %d", round, tiers, n)
		}
	}
}

// TestCohortSpreadsSkipDuplicates: a city and year submitted twice counts once in the
// spreads, as in the averages.
func TestCohortSpreadsSkipDuplicates(t *testing.T) {
	r := defaultRubric(t)
	low, high := Score(r, city(r, 0, 0), Options{}).Brief(), Score(r, city(r, 43, 3), Options{}).Brief()
	for _, b := range []*Brief{&low, &high} {
		b.City, b.Country, b.Year = "Maipú", "Chile", 2024
	}
	c := Summarize([]Brief{low, high})
	for _, s := range c.Spreads {
		if s.Of != 1 || s.Median != 100 {
			t.Errorf("practice %s: %+v, want the kept submission only", s.ID, s)
		}
	}
}
