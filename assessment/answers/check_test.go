package answers

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/typed"

	"github.com/citydatakit/wwc/internal/msg"
)

func TestAnswersFileNeverStoresAnEmptyID(t *testing.T) {
	rng := rand.New(rand.NewSource(10))
	for i := 0; i < 300; i++ {
		raw := strings.ReplaceAll(typed.SeparatorsOnly(rng), "\t", " ")
		doc := fmt.Sprintf("format: wwc-answers/1\nanswers:\n  DM1: yes\n  %q: yes\n", raw)
		a, err := Parse([]byte(doc), "a.yaml")
		if err == nil {
			t.Fatalf("%q accepted: %v", raw, a.Answers)
		}
		if want := fmt.Sprintf("a.yaml: line 4: \"%s\" is not a criterion ID", msg.Clean(raw, 0)); !strings.Contains(err.Error(), want) {
			t.Fatalf("%v; want %s", err, want)
		}
	}
}
