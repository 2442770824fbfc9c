package assessment

import (
	"fmt"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/questions/rubricfile"

	"github.com/citydatakit/wwc/internal/msg"
)

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
