package assessment

import (
	"errors"
	"fmt"
	"testing"

	"github.com/citydatakit/wwc/internal/msg"
)

// TestProblemsCapAndJoin: any number of problems, added one by one or as lists from other
// passes (their own "N more" lines included), come out as at most MaxProblems and one line
// counting every other; none gives nil.
func TestProblemsCapAndJoin(t *testing.T) {
	var none Problems
	none.Add(nil)
	none.Add(msg.List(nil))
	if err := none.Err(); err != nil {
		t.Fatalf("no problems gave %v", err)
	}
	for _, counts := range [][]int{{1}, {49}, {50}, {51}, {500}, {30, 30}, {50, 50, 1}, {0, 7}, {120, 3, 0, 60}} {
		var all Problems
		total := 0
		for pass, n := range counts {
			var one Problems
			for i := 0; i < n; i++ {
				one.E("answers.unknown_id", msg.Args{"File": "f.yaml", "ID": fmt.Sprintf("P%dQ%d", pass, i)})
			}
			all.Add(one.Err())
			total += n
		}
		list, _ := all.Err().(msg.List)
		kept := min(total, MaxProblems)
		wantLen := kept
		if total > MaxProblems {
			wantLen++
		}
		if len(list) != wantLen {
			t.Fatalf("%v: %d lines, want %d", counts, len(list), wantLen)
		}
		if total > MaxProblems {
			var last *msg.Error
			if !errors.As(list[len(list)-1], &last) || last.ID != moreProblems || last.Args["Count"] != total-MaxProblems || last.Args["File"] != "f.yaml" {
				t.Errorf("%v: last line %v", counts, list[len(list)-1])
			}
		}
	}
}
