package answers

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment"
)

// TestRewritingKeepsTheHeader: the comments a person put at the top of an answers file
// survive every rewrite (wwc assess saves after each answer), once each, under the editor
// line; a file with none gets none; JSON is written as it is.
func TestRewritingKeepsTheHeader(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	dir := t.TempDir()
	for i := 0; i < 40; i++ {
		var header []string
		for n := rng.Intn(4); n > 0; n-- {
			header = append(header, fmt.Sprintf("# note %d: Maipú, revisado por %c", rng.Intn(100), 'A'+rune(rng.Intn(26))))
		}
		path := filepath.Join(dir, fmt.Sprintf("c%d.yaml", i))
		text := strings.Join(header, "\n")
		if text != "" {
			text += "\n"
		}
		if rng.Intn(2) == 0 {
			text = EditorLine + "\n" + text
		}
		text += "format: wwc-answers/1\ncity: Maipú\nanswers:\n  DM1: sí  # inline, not kept\n"
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		for round := 0; round < 3; round++ {
			a, err := Read(path)
			if err != nil {
				t.Fatalf("%s round %d: %v", path, round, err)
			}
			a.Set("DM2", assessment.Answer{Value: assessment.NotMet})
			if err := Write(path, a, nil); err != nil {
				t.Fatal(err)
			}
		}
		got, _ := os.ReadFile(path)
		lines := strings.Split(string(got), "\n")
		if lines[0] != EditorLine {
			t.Errorf("%s: first line %q", path, lines[0])
		}
		for j, h := range header {
			if lines[1+j] != h {
				t.Errorf("%s: line %d is %q, want %q\n%s", path, 2+j, lines[1+j], h, got)
			}
		}
		if !strings.HasPrefix(lines[1+len(header)], "format:") {
			t.Errorf("%s: after the header: %q", path, lines[1+len(header)])
		}
	}
}
