package scoring

import (
	"slices"
	"testing"
)

// TestWhatIfPlan: what a planner is told beside the planned result: the criteria planned that
// already count, and whether the outcome metrics, not the criteria, hold the tier (69.8 %
// with one metric showing progress is gold by its share and silver by the gate).
func TestWhatIfPlan(t *testing.T) {
	r := defaultRubric(t)
	for _, tc := range []struct {
		name       string
		met, k     int
		plan       []string
		tier, held string
		needed     int
		already    []string
	}{
		{"share reaches gold, one metric holds it at silver", 28, 1, []string{"RDC4", "RDC5"}, "silver", "gold", 1, nil},
		{"share and metrics reach gold", 28, 2, []string{"RDC4", "RDC5"}, "gold", "", 0, nil},
		{"a planned criterion already met", 28, 2, []string{"DM1", "RDC4"}, "silver", "", 0, []string{"DM1"}},
		{"everything met, no metric", 42, 0, []string{"EVAL4"}, "none", "platinum", 3, nil},
		{"everything planned already met", 43, 3, []string{"DM1", "DM2"}, "platinum", "", 0, []string{"DM1", "DM2"}},
	} {
		a := city(r, tc.met, tc.k)
		before := Score(r, a, Options{})
		p := WhatIfPlan(r, a, before, tc.plan, Options{})
		if p.After.Tier != tc.tier || p.HeldFrom != tc.held || p.OutcomesNeeded != tc.needed || !slices.Equal(p.AlreadyMet, tc.already) {
			t.Errorf("%s: tier %s held from %q needing %d, already met %v; want %s, %q, %d, %v",
				tc.name, p.After.Tier, p.HeldFrom, p.OutcomesNeeded, p.AlreadyMet, tc.tier, tc.held, tc.needed, tc.already)
		}
	}
}
