package answers

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
)

// aliasFile writes an answers file in which some values are anchored and others refer back
// to them, in answers, in checklist items, in outcome metrics and at the top level; it
// returns the file and the lines of its aliases.
func aliasFile(rng *rand.Rand) (string, []int) {
	var b strings.Builder
	var lines []int
	line := 0
	w := func(s string) { b.WriteString(s + "\n"); line++ }
	w("format: wwc-answers/1")
	w("city: &c Maipú")
	if rng.Intn(2) == 0 {
		w("country: *c")
		lines = append(lines, line)
	}
	w("answers:")
	n := 1 + rng.Intn(12)
	for i := 1; i <= n; i++ {
		switch rng.Intn(4) {
		case 0:
			w(fmt.Sprintf("  DM%d: &a%d yes", i, i))
		case 1:
			if i > 1 {
				w(fmt.Sprintf("  DM%d: *a1", i))
				lines = append(lines, line)
			} else {
				w("  DM1: &a1 no")
			}
		case 2:
			w(fmt.Sprintf("  DM%d:", i))
			w("    answer: &m yes")
			w("    notes: *m")
			lines = append(lines, line)
		default:
			w(fmt.Sprintf("  DM%d: {answer: yes, evidence: &e%d http://x}", i, i))
		}
	}
	w("outcomes:")
	w("  - &metric {name: Leaks, direction: decrease, baseline: 10, current: 5}")
	for i := rng.Intn(4); i > 0; i-- {
		w("  - *metric")
		lines = append(lines, line)
	}
	// A merge key refers too.
	if rng.Intn(2) == 0 {
		w("  - <<: *metric")
		lines = append(lines, line)
		w("    name: Other")
	}
	return b.String(), lines
}

func TestAnswersFileRefusesAliasesNamingTheirLines(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for i := 0; i < 300; i++ {
		doc, lines := aliasFile(rng)
		// Anchors alone are harmless; only references are refused. Answers "DM1: *a1" with
		// no &a1 before are a YAML error the decoder reports.
		_, err := Parse([]byte(doc), "a.yaml")
		if len(lines) == 0 {
			if err != nil && strings.Contains(err.Error(), "alias") {
				t.Fatalf("no alias, yet: %v\n%s", err, doc)
			}
			continue
		}
		if err == nil {
			t.Fatalf("aliases accepted:\n%s", doc)
		}
		text := err.Error()
		if strings.Contains(text, "unknown anchor") || strings.Contains(text, "refers to content elsewhere in the file") {
			continue
		}
		for _, l := range lines {
			if !strings.Contains(text, fmt.Sprintf("a.yaml: line %d: *", l)) {
				t.Fatalf("line %d not named:\n%s\n%s", l, text, doc)
			}
		}
		if got := strings.Count(text, "\n") + 1; got != len(lines) {
			t.Fatalf("%d messages for %d aliases:\n%s", got, len(lines), text)
		}
	}
}

// TestAliasBombsAreRefusedCheaply builds the exponential documents that once took gigabytes
// (aliases of aliases in outcome metrics and in answers) and checks that they are refused
// with a bounded list of problems.
func TestAliasBombsAreRefusedCheaply(t *testing.T) {
	for _, where := range []string{"outcomes", "answers", "notes"} {
		var b strings.Builder
		b.WriteString("format: wwc-answers/1\n")
		b.WriteString("x0: &x0 [{name: m, direction: up, baseline: 1, current: 2}]\n")
		for i := 1; i < 30; i++ {
			fmt.Fprintf(&b, "x%d: &x%d [*x%d, *x%d, *x%d, *x%d, *x%d, *x%d, *x%d, *x%d, *x%d]\n", i, i, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1)
		}
		switch where {
		case "outcomes":
			b.WriteString("outcomes: *x29\n")
		case "answers":
			b.WriteString("answers:\n")
			for i := 1; i <= 9; i++ {
				fmt.Fprintf(&b, "  DM%d: *x29\n", i)
			}
		case "notes":
			b.WriteString("answers:\n  DM1: {answer: yes, notes: *x29}\n")
		}
		_, err := Parse([]byte(b.String()), "bomb.yaml")
		list, ok := err.(msg.List)
		if !ok {
			t.Fatalf("%s: %v", where, err)
		}
		if len(list) != assessment.MaxProblems+1 || !strings.Contains(list[len(list)-1].Error(), "more problems") {
			t.Errorf("%s: %d problems, want %d and a count of the rest", where, len(list), assessment.MaxProblems+1)
		}
		if !strings.Contains(list[0].Error(), "bomb.yaml: line 3: *x0 repeats content") {
			t.Errorf("%s: %v", where, list[0])
		}
	}
}

func TestAnswersFileProblemsAreCapped(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	for _, n := range []int{1, assessment.MaxProblems - 1, assessment.MaxProblems, assessment.MaxProblems + 1, 500, 10000} {
		var b strings.Builder
		b.WriteString("format: wwc-answers/1\nanswers:\n")
		for i := 0; i < n; i++ {
			switch rng.Intn(3) {
			case 0:
				fmt.Fprintf(&b, "  Q%d: tal vez\n", i)
			case 1:
				fmt.Fprintf(&b, "  Q%d: {answer: quizás}\n", i)
			default:
				fmt.Fprintf(&b, "  Q%d: {answer: yes, checklist: {a: hmm}}\n", i)
			}
		}
		_, err := Parse([]byte(b.String()), "many.yaml")
		list, ok := err.(msg.List)
		if !ok {
			t.Fatalf("%d: %v", n, err)
		}
		want := min(n, assessment.MaxProblems)
		if n > assessment.MaxProblems {
			want++
			if last := list[len(list)-1].Error(); !strings.Contains(last, fmt.Sprintf("and %d more problem", n-assessment.MaxProblems)) {
				t.Errorf("%d: last line %q", n, last)
			}
		}
		if len(list) != want {
			t.Errorf("%d problems: %d lines, want %d", n, len(list), want)
		}
	}
	// Unknown keys, reported by our decoder in the same list, are capped too.
	var b strings.Builder
	b.WriteString("format: wwc-answers/1\nanswers:\n")
	for i := 0; i < 300; i++ {
		fmt.Fprintf(&b, "  Q%d: {answer: yes, typo%d: x}\n", i, i)
	}
	_, err := Parse([]byte(b.String()), "keys.yaml")
	if list, ok := err.(msg.List); !ok || len(list) != assessment.MaxProblems+1 {
		t.Errorf("unknown keys: %d lines", len(list))
	}
}
