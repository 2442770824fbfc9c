package tui

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/citydatakit/wwc/assessment"
)

// TestArrowsLeaveTheEvidence is the walkthrough's keys: after 1 the evidence opens, and a
// user who goes on down the list with ↓ must not type the next answers into it. Answering
// already moves the selection on (the README says so), so the ↓ after 2 and after 3 each pass
// one criterion: what matters is that no digit lands in an evidence, and where the keys go.
func TestArrowsLeaveTheEvidence(t *testing.T) {
	for _, lang := range []string{"en", "es", "pt"} {
		d := start(t, lang, nil, Options{})
		d.press("1", "down", "2", "down", "3", "down", "1", "0")
		a := d.saved()
		want := map[string]assessment.Value{"DM1": assessment.Met, "DM2": assessment.NotMet, "DM3": assessment.Unanswered,
			"DM4": assessment.InProgress, "DM5": assessment.Unanswered, "DM6": assessment.Met}
		for id, v := range want {
			if got := a.Answers[id]; got.Value != v || got.Evidence != "" {
				t.Errorf("%s: %s is %+v, want %v without evidence", lang, id, got, v)
			}
		}
		// The last 0 is typed into DM6's evidence, which is open and says so on two lines.
		if d.m.edit != editEvidence || d.selected() != "DM6" || d.m.input.Value() != "0" {
			t.Fatalf("%s: edit %d on %s holding %q", lang, d.m.edit, d.selected(), d.m.input.Value())
		}
		f := d.frame()
		if !strings.Contains(f, "\nDM6 > 0") || !strings.Contains(f, d.m.c.T("tui.input.evidence", map[string]any{"ID": "DM6"})[:12]) {
			t.Errorf("%s: the open evidence does not name DM6:\n%s", lang, f)
		}
		// The keys a user types who lets the answers move on: DM1 to DM4, and so on.
		d = start(t, lang, nil, Options{})
		d.press("1", "down", "2", "3", "1", "down", "2", "1", "https://x.example/dm7", "down", "3")
		a = d.saved()
		for id, v := range map[string]assessment.Value{"DM1": assessment.Met, "DM2": assessment.NotMet, "DM3": assessment.InProgress,
			"DM4": assessment.Met, "DM5": assessment.NotMet, "DM6": assessment.Met, "DM7": assessment.InProgress} {
			if got := a.Answers[id]; got.Value != v {
				t.Errorf("%s: %s is %v, want %v", lang, id, got.Value, v)
			}
		}
		if ev := a.Answers["DM6"].Evidence; ev != "https://x.example/dm7" {
			t.Errorf("%s: DM6's evidence is %q", lang, ev)
		}
		if d.selected() != "DM8" || d.m.edit != editNone {
			t.Errorf("%s: %s selected, edit %d", lang, d.selected(), d.m.edit)
		}
	}
}

// TestTextInputClosesOnMoves opens the evidence or the notes in many states (after met or
// with e and n; overview or criterion view; only open or all; 80 or 120 columns), types a
// text and leaves with ↑, ↓ or Tab: the text is saved, the input closed, and the selection
// where the key goes from that criterion.
func TestTextInputClosesOnMoves(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 11))
	values := []assessment.Value{assessment.Met, assessment.NotMet, assessment.InProgress, assessment.Unanswered}
	for n := range 120 {
		a := assessment.New()
		a.City, a.Year = "Maipú", 2025
		for _, q := range rubric().Questions() {
			if v := values[rng.IntN(4)]; v != assessment.Unanswered {
				a.Set(q.ID, assessment.Answer{Value: v})
			}
		}
		o := Options{Resumed: true, Width: []int{80, 120}[rng.IntN(2)], Height: 30, OnlyOpen: rng.IntN(3) == 0}
		d := start(t, []string{"en", "es", "pt"}[n%3], a, o)
		if rng.IntN(3) == 0 {
			d.press("enter")
		}
		for range rng.IntN(40) {
			d.press([]string{"down", "j", "k"}[rng.IntN(3)])
		}
		if d.m.header != "" {
			d.press("down")
		}
		if d.m.header != "" {
			continue
		}
		i, open := d.m.sel, []string{"1", "e", "n"}[rng.IntN(3)]
		text := fmt.Sprintf("acta %d-%d", n, rng.IntN(1000))
		leave := []string{"up", "down", "tab"}[rng.IntN(3)]
		// The selection the key leads to, worked out before: the list as it will be once the
		// answer is given.
		d.press(open)
		if d.m.edit == editNone {
			t.Fatalf("case %d: %s opened nothing", n, open)
		}
		want := expectedAfter(d.m, i, leave)
		d.press(text, leave)
		what := map[string]string{"1": "evidence", "e": "evidence", "n": "notes"}[open]
		got := d.saved().Answer(d.m.id(i))
		if (what == "evidence" && got.Evidence != text) || (what == "notes" && got.Notes != text) || d.m.edit != editNone {
			t.Fatalf("case %d: %s then %s on %s: %+v, edit %d", n, open, leave, d.m.qs[i].ID, got, d.m.edit)
		}
		if d.m.sel != want || d.m.header != "" {
			t.Fatalf("case %d (%s, screen %d, only open %v): %s from %s selected %s, want %s\n%s", n, open, d.m.screen, d.m.onlyOpen,
				leave, d.m.qs[i].ID, d.m.qs[d.m.sel].ID, d.m.qs[want].ID, ansi.Strip(d.m.Frame()))
		}
	}
}

// expectedAfter is where ↑, ↓ or Tab lead from criterion i, worked out from the rules: in
// the criterion view the neighbour; in the overview the nearest criterion shown (past folded
// practices and the "only open" filter); Tab the next open one, wrapping around.
func expectedAfter(m *Model, i int, key string) int {
	n := len(m.qs)
	visible := func(j int) bool {
		return m.screen == screenCriterion || (m.shown(j) && !m.collapsed[m.qs[j].Practice])
	}
	switch key {
	case "down":
		for j := i + 1; j < n; j++ {
			if visible(j) {
				return j
			}
		}
	case "up":
		for j := i - 1; j >= 0; j-- {
			if visible(j) {
				return j
			}
		}
	case "tab":
		for k := 1; k <= n; k++ {
			if j := (i + k) % n; m.open(j) && (m.screen != screenOverview || m.shown(j)) {
				return j
			}
		}
	}
	return i
}
