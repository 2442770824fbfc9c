package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestExportLoadsIntoSQLite loads wwc export's two CSV tables into a real consumer, the
// sqlite3 shell's .import, as an analyst would, and checks the row counts and, per
// submission, the points earned and the outcome metrics counted against wwc batch's summary.
// .ci/run installs sqlite3; without it the test is skipped with a message.
func TestExportLoadsIntoSQLite(t *testing.T) {
	sqlite, err := exec.LookPath("sqlite3")
	if err != nil {
		t.Skip("sqlite3 is not installed (Debian: apt-get install sqlite3); the export is not loaded into a consumer")
	}
	dir := t.TempDir()
	cities := filepath.Join("..", "..", "testdata", "cities")
	for _, args := range [][]string{
		{"export", cities, "-o", filepath.Join(dir, "criteria.csv")},
		{"export", cities, "--table", "outcomes", "-o", filepath.Join(dir, "outcomes.csv")},
		{"batch", cities, "-o", filepath.Join(dir, "summary.json")},
	} {
		var errOut bytes.Buffer
		if code := run(args, &streams{In: strings.NewReader(""), Out: &bytes.Buffer{}, ErrOut: &errOut}); code != exitOK {
			t.Fatalf("wwc %s: exit %d\n%s", strings.Join(args, " "), code, errOut.String())
		}
	}
	query := `.import --csv criteria.csv criteria
.import --csv outcomes.csv outcomes
.mode list
.separator |
SELECT 'criteria', COUNT(*) FROM criteria;
SELECT c.file, SUM(c.earned), COUNT(*),
  (SELECT COUNT(*) FROM outcomes o WHERE o.file = c.file AND o.counted = 'true')
  FROM criteria c GROUP BY c.file ORDER BY c.file;
`
	cmd := exec.Command(sqlite, ":memory:")
	cmd.Dir, cmd.Stdin = dir, strings.NewReader(query)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("sqlite3: %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	var summary struct {
		Submissions []struct {
			File            string `json:"file"`
			Met, Total      *int
			OutcomesCounted *int `json:"outcomes_counted"`
		} `json:"submissions"`
	}
	data, err := os.ReadFile(filepath.Join(dir, "summary.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &summary); err != nil {
		t.Fatal(err)
	}
	rubricSize := 43
	if want := "criteria|" + strconv.Itoa(rubricSize*len(summary.Submissions)); lines[0] != want {
		t.Errorf("sqlite3 counted %q, want %q", lines[0], want)
	}
	if len(lines)-1 != len(summary.Submissions) {
		t.Fatalf("sqlite3 found %d submissions, batch %d:\n%s", len(lines)-1, len(summary.Submissions), out)
	}
	for i, s := range summary.Submissions {
		want := strings.Join([]string{s.File, strconv.Itoa(*s.Met), strconv.Itoa(rubricSize), strconv.Itoa(*s.OutcomesCounted)}, "|")
		if lines[i+1] != want {
			t.Errorf("sqlite3: %q, wwc batch: %q", lines[i+1], want)
		}
	}
}
