package table

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/typed"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
)

func TestTableNeverStoresAnAnswerUnderAnEmptyID(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	answers := []string{"0", "1", "sí", "no", "x", "tal vez", "en proceso"}
	cols := Columns{ColID: 0, ColAnswer: 1}
	for i := 0; i < 500; i++ {
		tr := NewReader("t.csv")
		raw := typed.SeparatorsOnly(rng)
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

// TestJoinProblemsCapsTheWholeFile joins a reader's problems and the check's, each possibly
// already capped, and checks that the file gets at most assessment.MaxProblems lines and one count of
// the rest, and that no problem is lost from the count.
func TestJoinProblemsCapsTheWholeFile(t *testing.T) {
	rng := rand.New(rand.NewSource(12))
	pass := func(n int) error {
		tr := NewReader("f.csv")
		for i := 0; i < n; i++ {
			tr.Problem(msg.M{ID: "place.line", Args: msg.Args{"Line": i}}, "table.bad_year", msg.Args{"Value": "x"})
		}
		return tr.Err()
	}
	for i := 0; i < 200; i++ {
		a, b := rng.Intn(120), rng.Intn(120)
		err := assessment.JoinProblems(pass(a), nil, pass(b))
		if a+b == 0 {
			if err != nil {
				t.Fatalf("no problems, yet %v", err)
			}
			continue
		}
		list := err.(msg.List)
		total := a + b
		want := min(total, assessment.MaxProblems)
		if total > assessment.MaxProblems {
			want++
			if last := list[len(list)-1].Error(); !strings.HasPrefix(last, fmt.Sprintf("f.csv: and %d more problem", total-assessment.MaxProblems)) {
				t.Fatalf("%d+%d: last line %q", a, b, last)
			}
		}
		if len(list) != want {
			t.Fatalf("%d+%d problems: %d lines, want %d", a, b, len(list), want)
		}
	}
}
