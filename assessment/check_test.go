package assessment

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/questions/rubricfile"

	"github.com/citydatakit/wwc/internal/msg"
)

// separatorsOnly makes IDs that normalize to nothing: dots, dashes, underscores, spaces.
func separatorsOnly(rng *rand.Rand) string {
	parts := []string{".", "-", "_", " ", "\u00a0", "\t", "..", "-."}
	var b strings.Builder
	for n := 1 + rng.Intn(4); n > 0; n-- {
		b.WriteString(parts[rng.Intn(len(parts))])
	}
	if strings.TrimSpace(b.String()) == "" {
		return "." + b.String()
	}
	return b.String()
}

func TestTableNeverStoresAnAnswerUnderAnEmptyID(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	answers := []string{"0", "1", "sí", "no", "x", "tal vez", "en proceso"}
	cols := Columns{ColID: 0, ColAnswer: 1}
	for i := 0; i < 500; i++ {
		tr := NewTableReader("t.csv")
		raw := separatorsOnly(rng)
		line := 2 + rng.Intn(100)
		place := func(col int) msg.M {
			return msg.M{ID: "place.line", Args: msg.Args{"Line": line}}
		}
		tr.Criterion(cols, []string{"DM1", "yes"}, place)
		tr.Criterion(cols, []string{raw, answers[rng.Intn(len(answers))]}, place)
		if _, ok := tr.A.Answers[""]; ok {
			t.Fatalf("%q: an answer stored under an empty ID", raw)
		}
		err := tr.Err()
		if err == nil {
			t.Fatalf("%q accepted", raw)
		}
		want := fmt.Sprintf("t.csv: line %d: \"%s\" is not a criterion ID", line, msg.Clean(strings.TrimSpace(raw), 0))
		if !strings.Contains(err.Error(), want) {
			t.Fatalf("%q: %v; want %s", raw, err, want)
		}
	}
}

func TestAnswersFileNeverStoresAnEmptyID(t *testing.T) {
	rng := rand.New(rand.NewSource(10))
	for i := 0; i < 300; i++ {
		raw := strings.ReplaceAll(separatorsOnly(rng), "\t", " ")
		doc := fmt.Sprintf("format: wwc-answers/1\nanswers:\n  DM1: yes\n  %q: yes\n", raw)
		a, err := ParseAnswers([]byte(doc), "a.yaml")
		if err == nil {
			t.Fatalf("%q accepted: %v", raw, a.Answers)
		}
		if want := fmt.Sprintf("a.yaml: line 4: \"%s\" is not a criterion ID", msg.Clean(raw, 0)); !strings.Contains(err.Error(), want) {
			t.Fatalf("%v; want %s", err, want)
		}
	}
}

func TestCheckCapsProblems(t *testing.T) {
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, 1, MaxProblems, MaxProblems + 1, 5000} {
		a := New()
		a.Source = "many.csv"
		a.Answers["DM1"] = Answer{Value: Met, Checklist: map[string]Value{"NOPE": Met}}
		for i := 0; i < n-1; i++ {
			a.Answers[fmt.Sprintf("ZZ%d", i)] = Answer{Value: Met}
		}
		err := Check(a, r)
		if n == 0 {
			n = 1 // the checklist item
		}
		list, ok := err.(msg.List)
		if !ok {
			t.Fatalf("%d: %v", n, err)
		}
		want := min(n, MaxProblems)
		if n > MaxProblems {
			want++
			if last := list[len(list)-1].Error(); !strings.HasPrefix(last, fmt.Sprintf("many.csv: and %d more problem", n-MaxProblems)) {
				t.Errorf("%d: last line %q", n, last)
			}
		}
		if len(list) != want {
			t.Errorf("%d problems: %d lines, want %d", n, len(list), want)
		}
	}
}

// TestJoinProblemsCapsTheWholeFile joins a reader's problems and the check's, each possibly
// already capped, and checks that the file gets at most MaxProblems lines and one count of
// the rest, and that no problem is lost from the count.
func TestJoinProblemsCapsTheWholeFile(t *testing.T) {
	rng := rand.New(rand.NewSource(12))
	pass := func(n int) error {
		tr := NewTableReader("f.csv")
		for i := 0; i < n; i++ {
			tr.Problem(msg.M{ID: "place.line", Args: msg.Args{"Line": i}}, "table.bad_year", msg.Args{"Value": "x"})
		}
		return tr.Err()
	}
	for i := 0; i < 200; i++ {
		a, b := rng.Intn(120), rng.Intn(120)
		err := JoinProblems(pass(a), nil, pass(b))
		if a+b == 0 {
			if err != nil {
				t.Fatalf("no problems, yet %v", err)
			}
			continue
		}
		list := err.(msg.List)
		total := a + b
		want := min(total, MaxProblems)
		if total > MaxProblems {
			want++
			if last := list[len(list)-1].Error(); !strings.HasPrefix(last, fmt.Sprintf("f.csv: and %d more problem", total-MaxProblems)) {
				t.Fatalf("%d+%d: last line %q", a, b, last)
			}
		}
		if len(list) != want {
			t.Fatalf("%d+%d problems: %d lines, want %d", a, b, len(list), want)
		}
	}
}
