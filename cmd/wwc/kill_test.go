package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/citydatakit/wwc/assessment"
)

// TestKilledSessionKeepsEveryAnswer kills a real wwc assess process after it has taken N
// answers and finds exactly those N answers in the file, readable.
func TestKilledSessionKeepsEveryAnswer(t *testing.T) {
	bin, err := exec.LookPath("wwc") // put on PATH by testscript.Main
	if err != nil {
		t.Skip("wwc is not on PATH")
	}
	const n = 7
	dir := t.TempDir()
	file := filepath.Join(dir, "killed.yaml")
	cmd := exec.Command(bin, "assess", file, "--accessible", "--lang", "en", "--city", "Killtown", "--year", "2025")
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
	defer cmd.Process.Kill()
	// City and year from flags; country and population typed.
	fmt.Fprint(stdin, "\nNowhere\n\n1000\n")
	answers := []string{"1", "2", "3", "1", "2", "1", "3"}
	for i := 0; i < n; i++ {
		fmt.Fprintf(stdin, "%s\nproof %d\nnote %d\n", answers[i], i+1, i+1)
		// Wait until the answer's last field is on disk before sending the next: the test
		// is about what a kill leaves, not about speed, so the wait is generous.
		waitFor(t, func() bool {
			a, err := assessment.ReadAnswersFile(file)
			return err == nil && len(a.Answers) == i+1 && a.Answers[fmt.Sprint(questionID(i))].Notes == fmt.Sprintf("note %d", i+1)
		})
	}
	// Half of the next answer is typed, then the process dies.
	fmt.Fprint(stdin, "1\nhalf")
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	a, err := assessment.ReadAnswersFile(file)
	if err != nil {
		t.Fatalf("the file does not read after the kill: %v", err)
	}
	if len(a.Answers) < n || len(a.Answers) > n+1 {
		t.Fatalf("%d answers in the file, want %d (or %d with the answer typed before the kill)", len(a.Answers), n, n+1)
	}
	for i := 0; i < n; i++ {
		got := a.Answers[questionID(i)]
		if got.Evidence != fmt.Sprintf("proof %d", i+1) || got.Notes != fmt.Sprintf("note %d", i+1) {
			t.Errorf("%s: %+v", questionID(i), got)
		}
	}
	if a.City != "Killtown" || a.Country != "Nowhere" || a.Population != 1000 {
		t.Errorf("details: %+v", a)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		// A kill during a write may leave its temporary file; never a second answers file.
		if e.Name() != "killed.yaml" && !strings.HasPrefix(e.Name(), ".killed.yaml.tmp-") {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

func questionID(i int) string {
	return []string{"DM1", "DM2", "DM3", "DM4", "DM5", "DM6", "DM7", "DM8"}[i]
}

func waitFor(t *testing.T, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatal("the session did not save the answer")
		}
		time.Sleep(10 * time.Millisecond)
	}
}
