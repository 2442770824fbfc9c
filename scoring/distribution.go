package scoring

import (
	"cmp"
	"slices"
)

// PracticeSpread is how one practice's share of points is spread across a cohort: the five
// figures of a box plot and every distinct share with how many submissions have it (a
// practice of n criteria has at most n+1 distinct shares, so a cohort of thousands stays a
// handful of values).
type PracticeSpread struct {
	ID string
	// Of is how many submissions the spread counts.
	Of int
	// Min, Q1, Median, Q3 and Max are in percent (Quartiles); all zero when Of is zero.
	Min, Q1, Median, Q3, Max float64
	// Values are the distinct shares, ascending, each with its count.
	Values []ValueCount
}

// ValueCount is a share and how many submissions have it.
type ValueCount struct {
	Value float64
	Count int
}

// Spread is the spread of values, the shares of the practice called id.
func Spread(id string, values []float64) PracticeSpread {
	s := PracticeSpread{ID: id, Of: len(values)}
	q1, q2, q3, ok := Quartiles(values)
	if !ok {
		return s
	}
	s.Q1, s.Median, s.Q3 = q1, q2, q3
	counts := map[float64]int{}
	for _, v := range values {
		counts[v]++
	}
	for v, n := range counts {
		s.Values = append(s.Values, ValueCount{Value: v, Count: n})
	}
	slices.SortFunc(s.Values, func(a, b ValueCount) int { return cmp.Compare(a.Value, b.Value) })
	s.Min, s.Max = s.Values[0].Value, s.Values[len(s.Values)-1].Value
	return s
}

// MaxCount is the largest count of any share, for scaling a dot strip; 0 for no values.
func (s PracticeSpread) MaxCount() int {
	m := 0
	for _, v := range s.Values {
		m = max(m, v.Count)
	}
	return m
}

// practiceSpreads is the spread of each practice of ids over the briefs keep accepts.
func practiceSpreads(briefs []Brief, ids []string, keep func(i int) bool) []PracticeSpread {
	values := make([][]float64, len(ids))
	for i, b := range briefs {
		if !keep(i) {
			continue
		}
		for j, p := range b.Practices {
			if j < len(values) {
				values[j] = append(values[j], p)
			}
		}
	}
	out := make([]PracticeSpread, len(ids))
	for j, id := range ids {
		out[j] = Spread(id, values[j])
	}
	return out
}

// reference is the rubric a cohort's statistics are about and who answers another.
type reference struct {
	id, version string
	// first is the index of the first counted brief of the reference rubric.
	first    int
	other    []int
	isOther  map[int]bool
	compared int
}

// referenceRubric picks the rubric id at version when a counted brief (one not dropped)
// answers it, else the one most counted briefs answer, the first given on a tie, and lists
// the briefs of any other.
func referenceRubric(briefs []Brief, dropped map[int]bool, id, version string) reference {
	type key struct{ id, version string }
	count := map[key]int{}
	firstAt := map[key]int{}
	var order []key
	for i, b := range briefs {
		if dropped[i] {
			continue
		}
		k := key{b.RubricID, b.RubricVersion}
		if _, seen := count[k]; !seen {
			order = append(order, k)
			firstAt[k] = i
		}
		count[k]++
	}
	best := order[0]
	for _, k := range order[1:] {
		if count[k] > count[best] {
			best = k
		}
	}
	if preferred := (key{id, version}); id != "" && count[preferred] > 0 {
		best = preferred
	}
	ref := reference{id: best.id, version: best.version, first: firstAt[best], isOther: map[int]bool{}, compared: count[best]}
	for i, b := range briefs {
		if b.RubricID != best.id || b.RubricVersion != best.version {
			ref.other = append(ref.other, i)
			ref.isOther[i] = true
		}
	}
	return ref
}
