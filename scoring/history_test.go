package scoring

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"testing"
)

// yearsOf makes one result per year; pattern[i] says, per criterion ID, whether it counts
// that year ('1'), not ('0'), or is missing from that year's rubric ('-').
func yearsOf(ids []string, start int, pattern ...string) []*Result {
	var rs []*Result
	for i, p := range pattern {
		r := &Result{Year: start + i, RubricID: "r", RubricVersion: "1"}
		for k, id := range ids {
			switch p[k] {
			case '1':
				r.Questions = append(r.Questions, QuestionResult{ID: id})
			case '0':
				r.Questions = append(r.Questions, QuestionResult{ID: id, Reason: ReasonNotMet})
			}
		}
		rs = append(rs, r)
	}
	return rs
}

func TestHistory(t *testing.T) {
	ev := func(pairs ...any) []HistoryEvent {
		var out []HistoryEvent
		for i := 0; i < len(pairs); i += 2 {
			out = append(out, HistoryEvent{Year: pairs[i].(int), Kind: pairs[i+1].(HistoryKind)})
		}
		return out
	}
	for _, tc := range []struct {
		name    string
		pattern []string // one letter per year for criterion X
		want    []HistoryEvent
	}{
		{"never met", []string{"0", "0", "0"}, nil},
		{"met from the start", []string{"1", "1", "1"}, ev(2022, HistoryFirstMet)},
		{"first met later", []string{"0", "0", "1"}, ev(2024, HistoryFirstMet)},
		{"lost and regained (DM7)", []string{"1", "0", "1"}, ev(2022, HistoryFirstMet, 2023, HistoryLost, 2024, HistoryRegained)},
		{"lost for good", []string{"1", "1", "0"}, ev(2022, HistoryFirstMet, 2024, HistoryLost)},
		{"lost twice", []string{"1", "0", "1", "0", "1"}, ev(2022, HistoryFirstMet, 2023, HistoryLost, 2024, HistoryRegained, 2025, HistoryLost, 2026, HistoryRegained)},
		{"missing year passed over", []string{"1", "-", "1"}, ev(2022, HistoryFirstMet)},
		{"missing year, then lost", []string{"1", "-", "0"}, ev(2022, HistoryFirstMet, 2024, HistoryLost)},
		{"missing first year", []string{"-", "0", "1"}, ev(2024, HistoryFirstMet)},
		{"one year, met", []string{"1"}, ev(2022, HistoryFirstMet)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := History(yearsOf([]string{"X"}, 2022, tc.pattern...))
			if len(h) != 1 || h[0].ID != "X" {
				t.Fatalf("history %v", h)
			}
			if !reflect.DeepEqual(h[0].Events, tc.want) {
				t.Errorf("events %v, want %v", h[0].Events, tc.want)
			}
		})
	}
	if History(nil) != nil {
		t.Error("history of no results")
	}
}

// TestHistoryAgreesWithEachYear: for generated paths of two to eight years with criteria met
// at random, replaying a criterion's history gives, for every year that has it, whether it
// counted that year; its first event is the first year it counted; events alternate between
// gained and lost.
func TestHistoryAgreesWithEachYear(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 17))
	ids := []string{"A1", "A2", "B1", "B2", "C1"}
	for round := range 300 {
		var pattern []string
		for range 2 + rng.IntN(7) {
			p := make([]byte, len(ids))
			for k := range p {
				p[k] = "01-"[rng.IntN(3)]
			}
			pattern = append(pattern, string(p))
		}
		last := []byte(pattern[len(pattern)-1])
		for k := range last {
			if last[k] == '-' {
				last[k] = '0' // the history follows the last year's criteria
			}
		}
		pattern[len(pattern)-1] = string(last)
		rs := yearsOf(ids, 2015, pattern...)
		hs := History(rs)
		for k, h := range hs {
			what := fmt.Sprintf("round %d %s %v", round, h.ID, pattern)
			met, first := false, 0
			e := 0
			for y, p := range pattern {
				if e < len(h.Events) && h.Events[e].Year == 2015+y {
					met = h.Events[e].Kind != HistoryLost
					e++
				}
				switch p[k] {
				case '1':
					if first == 0 {
						first = 2015 + y
					}
					if !met {
						t.Fatalf("%s: counted in %d, history says not", what, 2015+y)
					}
				case '0':
					if met {
						t.Fatalf("%s: not counted in %d, history says it is", what, 2015+y)
					}
				}
			}
			if h.FirstMet() != first {
				t.Fatalf("%s: first met %d, want %d", what, h.FirstMet(), first)
			}
			for i, ev := range h.Events {
				if (i%2 == 1) != (ev.Kind == HistoryLost) || (i > 1 && i%2 == 0 && ev.Kind != HistoryRegained) {
					t.Fatalf("%s: events out of turn %v", what, h.Events)
				}
			}
		}
	}
}
