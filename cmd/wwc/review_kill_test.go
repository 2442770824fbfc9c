package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/reviewfile"
)

// reviewedIDs are the first claims of maipu-2024.yaml that wwc review visits, in order.
var reviewedIDs = []string{"DM1", "DM2", "DM3", "DM5", "DM6", "DM7", "DM8", "LC1"}

// TestKilledReviewKeepsEveryDecision kills a real wwc review in line mode after it has taken
// N decisions with their comments and finds exactly those N in the review file, readable.
func TestKilledReviewKeepsEveryDecision(t *testing.T) {
	bin, err := exec.LookPath("wwc") // put on PATH by testscript.Main
	if err != nil {
		t.Skip("wwc is not on PATH")
	}
	sub, err := filepath.Abs(filepath.Join("..", "..", "testdata", "cities", "maipu-2024.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, 3, 7} {
		dir := t.TempDir()
		file := filepath.Join(dir, "killed-review.yaml")
		cmd := exec.Command(bin, "review", sub, "-o", file, "--accessible", "--lang", "es", "--reviewer", "Ana")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "LANG=C")
		stdin, err := cmd.StdinPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// A new review file is written before the first claim is asked.
		waitFor(t, func() bool { _, err := reviewfile.Read(file); return err == nil })
		words := []string{"aceptado", "2", "esclarecimento", "not accepted", "1", "3", "aceito"}
		want := []assessment.Decision{assessment.Accepted, assessment.NotAccepted, assessment.Clarification, assessment.NotAccepted, assessment.Accepted, assessment.Clarification, assessment.Accepted}
		for i := range n {
			fmt.Fprintf(stdin, "%s\ncomentario %d\n", words[i], i+1)
			waitFor(t, func() bool {
				r, err := reviewfile.Read(file)
				return err == nil && len(r.Criteria) == i+1 && r.Criteria[reviewedIDs[i]].Comment == fmt.Sprintf("comentario %d", i+1)
			})
		}
		// The next decision is taken, its comment half typed, then the process dies.
		fmt.Fprint(stdin, "1\nmedio comen")
		if err := cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		cmd.Wait()

		r, err := reviewfile.Read(file)
		if err != nil {
			t.Fatalf("n=%d: the review does not read after the kill: %v", n, err)
		}
		if len(r.Criteria) != n && len(r.Criteria) != n+1 {
			t.Fatalf("n=%d: %d decisions in the file", n, len(r.Criteria))
		}
		for i := range n {
			got := r.Criteria[reviewedIDs[i]]
			if got.Decision != want[i] || got.Comment != fmt.Sprintf("comentario %d", i+1) || got.Answer != assessment.Met || got.Date == "" {
				t.Errorf("n=%d: %s is %+v", n, reviewedIDs[i], got)
			}
		}
		if extra, ok := r.Criteria[reviewedIDs[n]]; ok && (extra.Decision != assessment.Accepted || extra.Comment != "") {
			t.Errorf("n=%d: the decision taken before the kill is %+v", n, extra)
		}
		if r.Reviewer != "Ana" || r.Submission.City != "Maipú" || r.Submission.Year != 2024 {
			t.Errorf("n=%d: %+v %q", n, r.Submission, r.Reviewer)
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if e.Name() != "killed-review.yaml" && !strings.HasPrefix(e.Name(), ".killed-review.yaml.tmp-") {
				t.Errorf("left behind: %s", e.Name())
			}
		}
	}
}
