package tui

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/questions"
)

// TestOneKeyAnswers answers with 1, 2, 3 and 0: each is on disk at once, met opens the
// evidence (Enter leaves it empty), and the selection moves to the next criterion.
func TestOneKeyAnswers(t *testing.T) {
	d := start(t, "en", nil, Options{})
	if d.selected() != "DM1" {
		t.Fatalf("selected %s at the start, want DM1", d.selected())
	}
	d.press("1")
	if d.m.edit != editEvidence || d.selected() != "DM1" {
		t.Fatalf("met did not open DM1's evidence (edit %d, %s)", d.m.edit, d.selected())
	}
	if got := d.saved().Answers["DM1"]; got.Value != assessment.Met {
		t.Fatalf("DM1 not saved as met before its evidence: %+v", got)
	}
	d.press("enter")
	if got := d.saved().Answers["DM1"]; got.Value != assessment.Met || got.Evidence != "" {
		t.Errorf("DM1: %+v", got)
	}
	if d.selected() != "DM2" {
		t.Fatalf("after DM1, %s is selected", d.selected())
	}
	d.press("1", "https://maipu.example/inventario", "enter")
	if got := d.saved().Answers["DM2"]; got.Value != assessment.Met || got.Evidence != "https://maipu.example/inventario" {
		t.Errorf("DM2: %+v", got)
	}
	d.press("2")
	d.press("3")
	if d.selected() != "DM5" || d.m.edit != editNone {
		t.Fatalf("not met and in progress ask nothing more and move on: %s, edit %d", d.selected(), d.m.edit)
	}
	a := d.saved()
	if a.Answers["DM3"].Value != assessment.NotMet || a.Answers["DM4"].Value != assessment.InProgress {
		t.Errorf("DM3, DM4: %+v %+v", a.Answers["DM3"], a.Answers["DM4"])
	}
	d.press("up", "up", "0")
	if _, ok := d.saved().Answers["DM3"]; ok {
		t.Errorf("0 did not clear DM3: %+v", d.saved().Answers["DM3"])
	}
	// Esc in the evidence after met keeps what there was.
	d.press("k", "k", "1", "lost", "esc")
	if got := d.saved().Answers["DM2"]; got.Evidence != "https://maipu.example/inventario" {
		t.Errorf("Esc changed the evidence: %+v", got)
	}
}

// TestEveryKeyIsSavedAtOnce drives many random sessions: after every key the file holds
// exactly what the application holds, and an answer key changes only the criterion that was
// selected.
func TestEveryKeyIsSavedAtOnce(t *testing.T) {
	keys := []string{"1", "2", "3", "0", "up", "down", "j", "k", "g", "G", "tab", "o", "left", "right", "enter", "esc", "e", "n"}
	for seed := range 12 {
		rng := rand.New(rand.NewPCG(uint64(seed), 7))
		d := start(t, []string{"en", "es", "pt"}[seed%3], nil, Options{Width: []int{80, 120}[seed%2], Height: 30})
		for step := range 60 {
			k := keys[rng.IntN(len(keys))]
			before := d.m.sel
			header := d.m.header
			editingBefore := d.m.edit
			d.press(k)
			if d.m.edit != editNone && rng.IntN(2) == 0 {
				d.press(fmt.Sprintf("text %d-%d", seed, step), []string{"enter", "esc"}[rng.IntN(2)])
			}
			if d.m.edit != editNone {
				d.press("enter")
			}
			if d.saves == 0 {
				continue
			}
			got := d.saved()
			if !sameAnswers(got.Answers, d.m.a.Answers) {
				t.Fatalf("seed %d step %d (%s): the file differs from the application", seed, step, k)
			}
			if strings.Contains("1230", k) && header == "" && editingBefore == editNone {
				want := map[string]assessment.Value{"1": assessment.Met, "2": assessment.NotMet, "3": assessment.InProgress, "0": assessment.Unanswered}[k]
				if v := got.Answers[questions.NormalizeID(d.m.qs[before].ID)].Value; v != want {
					t.Fatalf("seed %d step %d: %s pressed on %s saved %v", seed, step, k, d.m.qs[before].ID, v)
				}
			}
		}
	}
}

func sameAnswers(a, b map[string]assessment.Answer) bool {
	count := func(m map[string]assessment.Answer) int {
		n := 0
		for _, v := range m {
			if v.Value != assessment.Unanswered || v.Evidence != "" || v.Notes != "" {
				n++
			}
		}
		return n
	}
	if count(a) != count(b) {
		return false
	}
	for id, x := range b {
		y := a[id]
		if x.Value != y.Value || x.Evidence != y.Evidence || x.Notes != y.Notes {
			return false
		}
	}
	return true
}

// TestResumeSelectsFirstOpen resumes many files answered in random patterns: the first open
// criterion (unanswered or in progress) is selected, in the overview.
func TestResumeSelectsFirstOpen(t *testing.T) {
	r := rubric()
	qs := r.Questions()
	for seed := range 60 {
		rng := rand.New(rand.NewPCG(uint64(seed), 11))
		a := assessment.New()
		a.City, a.Year = "Recife", 2025
		want := ""
		for _, q := range qs {
			v := []assessment.Value{assessment.Met, assessment.NotMet, assessment.InProgress, assessment.Unanswered}[rng.IntN(4)]
			if rng.IntN(3) > 0 && want == "" {
				v = []assessment.Value{assessment.Met, assessment.NotMet}[rng.IntN(2)]
			}
			if v != assessment.Unanswered {
				a.Set(q.ID, assessment.Answer{Value: v})
			}
			if want == "" && (v == assessment.Unanswered || v == assessment.InProgress) {
				want = q.ID
			}
		}
		d := start(t, "pt", a, Options{Resumed: true})
		if want != "" && d.selected() != want {
			t.Errorf("seed %d: %s selected, want %s", seed, d.selected(), want)
		}
		if d.m.screen != screenOverview || d.saves != 0 {
			t.Errorf("seed %d: resumed on screen %d with %d saves", seed, d.m.screen, d.saves)
		}
	}
}

// TestQuitAndInterrupt: q quits (exit 0), Ctrl-C interrupts (130) and keeps the evidence
// being typed.
func TestQuitAndInterrupt(t *testing.T) {
	d := start(t, "en", nil, Options{})
	d.press("q")
	if !d.m.done || d.m.Outcome() != Quit {
		t.Fatalf("q: done %v outcome %v", d.m.done, d.m.Outcome())
	}
	d = start(t, "en", nil, Options{})
	d.press("1", "half typ", "ctrl+c")
	if !d.m.done || d.m.Outcome() != Interrupted {
		t.Fatalf("ctrl+c: done %v outcome %v", d.m.done, d.m.Outcome())
	}
	if got := d.saved().Answers["DM1"]; got.Evidence != "half typ" {
		t.Errorf("the evidence typed before Ctrl-C: %+v", got)
	}
	// q typed in a text is text.
	d = start(t, "en", nil, Options{})
	d.press("n", "quick", "enter")
	if d.m.done || d.saved().Answers["DM1"].Notes != "quick" {
		t.Errorf("q in the notes: done %v, %+v", d.m.done, d.saved().Answers["DM1"])
	}
}

// TestCriterionView: Enter opens it; e and n edit with the value prefilled, Esc cancels,
// Enter keeps; ←/→ move; Tab goes to the next open criterion; Esc goes back.
func TestCriterionView(t *testing.T) {
	a := assessment.New()
	a.City, a.Year = "Bogotá", 2025
	a.Set("DM1", assessment.Answer{Value: assessment.Met, Evidence: "acta", Notes: "ok"})
	a.Set("DM2", assessment.Answer{Value: assessment.NotMet})
	a.Set("DM4", assessment.Answer{Value: assessment.Met})
	d := start(t, "es", a, Options{Resumed: true})
	d.press("g", "enter")
	if d.m.screen != screenCriterion || d.selected() != "DM1" {
		t.Fatalf("screen %d on %s", d.m.screen, d.selected())
	}
	if d.m.edit != editNone {
		t.Fatal("an input is open without e or n")
	}
	d.press("e")
	if d.m.input.Value() != "acta" {
		t.Errorf("the evidence is not prefilled: %q", d.m.input.Value())
	}
	d.press(" 2025", "enter")
	d.press("n", "backspace", "backspace", "nada", "esc")
	got := d.saved().Answers["DM1"]
	if got.Evidence != "acta 2025" || got.Notes != "ok" {
		t.Errorf("DM1: %+v", got)
	}
	d.press("right")
	if d.selected() != "DM2" {
		t.Errorf("→ went to %s", d.selected())
	}
	d.press("left", "left")
	if d.selected() != "DM1" {
		t.Errorf("← went to %s", d.selected())
	}
	d.press("tab")
	if d.selected() != "DM3" {
		t.Errorf("tab went to %s, want DM3 (the next open)", d.selected())
	}
	d.press("tab")
	if d.selected() != "DM5" {
		t.Errorf("tab went to %s, want DM5", d.selected())
	}
	d.press("2")
	if d.selected() != "DM6" || d.saved().Answers["DM5"].Value != assessment.NotMet {
		t.Errorf("answering in the criterion view: %s, %+v", d.selected(), d.saved().Answers["DM5"])
	}
	f := d.frame()
	for _, want := range []string{"DM6 ·", "Respuesta: ○ sin responder", "Evidencia: —", "Notas: —", "Evidencia sugerida:"} {
		if !strings.Contains(f, want) {
			t.Errorf("the criterion view lacks %q:\n%s", want, f)
		}
	}
	d.press("esc")
	if d.m.screen != screenOverview {
		t.Errorf("esc: screen %d", d.m.screen)
	}
}

// TestFilterOnlyOpenAndFolding: / filters by code or words of the title in the session's
// language; o shows only open criteria; g/G go to the first and last; ← folds a practice.
func TestFilterOnlyOpenAndFolding(t *testing.T) {
	d := start(t, "es", nil, Options{})
	d.press("/", "RDC", "enter")
	rows := d.m.rows()
	if len(rows) != 9 || rows[0].practice != "RDC" || d.selected() != "RDC1" {
		t.Fatalf("filter RDC: %d rows, selected %s", len(rows), d.selected())
	}
	d.press("/", "backspace", "backspace", "backspace", "OD", "esc")
	if d.m.filter != "RDC" || d.m.edit != editNone {
		t.Errorf("esc in the filter input did not bring RDC back: %q", d.m.filter)
	}
	d.press("G")
	if d.selected() != "RDC8" {
		t.Errorf("G: %s", d.selected())
	}
	d.press("esc")
	if d.m.filter != "" || len(d.m.rows()) != 43+8 {
		t.Errorf("esc did not clear the filter: %q, %d rows", d.m.filter, len(d.m.rows()))
	}
	// Words of the Spanish title, without accents or case.
	d.press("/", "datos abiertos", "enter")
	for _, r := range d.m.rows() {
		if r.q >= 0 && !strings.Contains(strings.ToLower(d.m.qs[r.q].Title.Get("es")), "datos abiertos") {
			t.Errorf("%s does not match", d.m.qs[r.q].ID)
		}
	}
	d.press("esc", "g", "1", "enter", "2", "o")
	for _, r := range d.m.rows() {
		if r.q >= 0 && !d.m.open(r.q) {
			t.Errorf("o shows %s, answered", d.m.qs[r.q].ID)
		}
	}
	if d.selected() != "DM3" {
		t.Errorf("only open: %s selected", d.selected())
	}
	d.press("o", "g", "left")
	if !d.m.collapsed["DM"] || d.m.header != "DM" || len(d.m.rows()) != 43+8-9 {
		t.Errorf("← did not fold DM: %v %q %d", d.m.collapsed, d.m.header, len(d.m.rows()))
	}
	d.press("1") // on a header: nothing
	if d.saved().Answers["DM3"].Value != assessment.Unanswered {
		t.Error("an answer on a practice's header")
	}
	d.press("enter", "down")
	if d.m.collapsed["DM"] || d.selected() != "DM1" {
		t.Errorf("enter did not unfold DM: %v %s", d.m.collapsed["DM"], d.selected())
	}
}

// TestStartViews: --practice, --only-open and --review open on their view.
func TestStartViews(t *testing.T) {
	d := start(t, "en", nil, Options{Practice: "od"})
	if d.selected() != "OD1" || !d.m.collapsed["DM"] || d.m.collapsed["OD"] {
		t.Errorf("--practice OD: %s, %v", d.selected(), d.m.collapsed)
	}
	d = start(t, "en", nil, Options{Review: true})
	if d.m.screen != screenCriterion || d.selected() != "DM1" {
		t.Errorf("--review: screen %d on %s", d.m.screen, d.selected())
	}
	d = start(t, "en", nil, Options{OnlyOpen: true})
	if !d.m.onlyOpen {
		t.Error("--only-open")
	}
}

// TestCityDetailsFirst: a new session without a city asks the details first; the city is
// required, the file exists from it on, the population is optional and read in thousands.
func TestCityDetailsFirst(t *testing.T) {
	d := start(t, "pt", assessment.New(), Options{})
	if d.m.screen != screenForm {
		t.Fatalf("screen %d, want the details", d.m.screen)
	}
	d.press("enter")
	if d.saves != 0 || !strings.Contains(d.frame(), "a cidade") {
		t.Fatalf("an empty city was taken:\n%s", d.frame())
	}
	d.press("esc")
	if d.m.screen != screenForm {
		t.Fatal("esc left the details without a city")
	}
	d.press("Recife", "enter")
	if d.saved().City != "Recife" {
		t.Fatal("the city is not saved at once")
	}
	d.press("Brasil", "tab", "dois mil", "enter")
	if d.m.form.focus != 2 || !strings.Contains(d.frame(), "dois mil") {
		t.Fatalf("a bad year was taken:\n%s", d.frame())
	}
	d.press("ctrl+u", "2025", "enter", "1.488.920", "enter")
	a := d.saved()
	if a.Country != "Brasil" || a.Year != 2025 || a.Population != 1488920 {
		t.Errorf("details: %+v", a)
	}
	if d.m.screen != screenOverview || d.selected() != "DM1" {
		t.Errorf("after the details: screen %d on %s", d.m.screen, d.selected())
	}
	d.press("c")
	if d.m.screen != screenForm || d.m.form.fields[0].input.Value() != "Recife" {
		t.Error("c does not open the details prefilled")
	}
}

// TestSaveFailureIsShown: a failed save says so and keeps the answer; the next save that
// works clears the message.
func TestSaveFailureIsShown(t *testing.T) {
	d := start(t, "es", nil, Options{Resumed: true})
	fail := true
	save := d.m.o.Save
	d.m.o.Save = func(a *assessment.Assessment) error {
		if fail {
			return errors.New("disk full")
		}
		return save(a)
	}
	d.press("2")
	if !strings.Contains(d.frame(), "no se guardó: disk full") || d.m.a.Answers["DM1"].Value != assessment.NotMet {
		t.Fatalf("a failed save:\n%s", d.frame())
	}
	fail = false
	d.press("2")
	if strings.Contains(d.frame(), "no se guardó") || d.saved().Answers["DM1"].Value != assessment.NotMet {
		t.Errorf("the next save did not write everything:\n%s", d.frame())
	}
}
