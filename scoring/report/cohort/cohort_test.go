package cohort

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// TestFailedRowsCarryNullsAndErrors: in the JSON summary a file that could not be read has
// null figures and its problems as a list of strings.
func TestFailedRowsCarryNullsAndErrors(t *testing.T) {
	res, r := reporttest.Score(t, "lakeside-2025.yaml", scoring.Options{})
	list := msg.List{errors.New("first problem"), errors.New("second problem")}
	in := Input{Rows: []Submission{{Path: "a.xlsx", Brief: res.Brief()}, {Path: "b.xlsx", Err: list}},
		Cohort: scoring.Summarize([]scoring.Brief{res.Brief()}), Rubric: r, Cat: i18n.English(),
		Skipped: []SkippedFile{{Path: ".hidden.xlsx", Reason: "hidden"}, {Path: "env.csv", Reason: "link_outside"}}}
	var buf bytes.Buffer
	if err := (jsonWriter{}).Write(&buf, in); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{`"met": null`, `"total": null`, `"percent": null`, `"errors": [
        "first problem",
        "second problem"
      ]`, `"met": 39`, `"reason": "link_outside"`} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %s:\n%s", want, out)
		}
	}
}

// TestTerminalTableFits: the table of submissions fits any terminal width from 60 columns,
// long names cut with …, and shows every file.
func TestTerminalTableFits(t *testing.T) {
	res, r := reporttest.Score(t, "lakeside-2025.yaml", scoring.Options{})
	long := strings.Repeat("very-long-folder-name/", 6) + "submission-of-a-city.xlsx"
	rows := []Submission{{Path: long, Brief: res.Brief()}, {Path: "short.csv", Err: errors.New("short.csv: " + strings.Repeat("a long problem ", 12))}}
	for width := 60; width <= 200; width += 7 {
		var buf bytes.Buffer
		in := Input{Rows: rows, Cohort: scoring.Summarize([]scoring.Brief{res.Brief()}), Rubric: r, Cat: i18n.English(), Width: width}
		if err := (textWriter{}).Write(&buf, in); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		table := out[strings.Index(out, "Submissions\n"):strings.Index(out, "\nTier")]
		for _, line := range strings.Split(table, "\n") {
			if n := len([]rune(line)); n > width {
				t.Errorf("width %d: a line of %d: %q", width, n, line)
			}
		}
		if !strings.Contains(table, "Lakeside") || !strings.Contains(table, "short.csv") || !strings.Contains(table, "Silver") {
			t.Errorf("width %d: table lacks a row:\n%s", width, table)
		}
		if width < 100 && !strings.Contains(table, "…") {
			t.Errorf("width %d: nothing cut:\n%s", width, table)
		}
	}
}

// TestTerminalTableTellsFilesApart: generated batches whose files share long folders (the
// folder of a round, a producer's folder) and differ only in their names keep every file's
// name in its row at widths from 60 to 200, in every language: a path is cut from the left.
func TestTerminalTableTellsFilesApart(t *testing.T) {
	res, r := reporttest.Score(t, "lakeside-2025.yaml", scoring.Options{})
	rng := rand.New(rand.NewPCG(4, 2))
	folders := []string{"testdata", "producers", "libreoffice", "rodada-2024", "postulaciones de la ronda", "São José dos Campos", "x"}
	for n := range 60 {
		prefix := ""
		for range 1 + rng.IntN(5) {
			prefix += folders[rng.IntN(len(folders))] + "/"
		}
		var rows []Submission
		for i := range 1 + rng.IntN(8) {
			dir := prefix
			if rng.IntN(3) == 0 {
				dir += folders[rng.IntN(len(folders))] + "/"
			}
			path := fmt.Sprintf("%sc%d-%d.xlsx", dir, n, i)
			if rng.IntN(5) == 0 {
				rows = append(rows, Submission{Path: path, Err: errors.New(path + ": " + strings.Repeat("a long problem ", 8))})
				continue
			}
			rows = append(rows, Submission{Path: path, Brief: res.Brief()})
		}
		width := 60 + rng.IntN(141)
		lang := []string{"en", "es", "pt"}[n%3]
		in := Input{Rows: rows, Cohort: scoring.Summarize([]scoring.Brief{res.Brief()}), Rubric: r, Cat: i18n.For(lang), Width: width}
		table := submissionTable(in, render.NewLabels(in.Cat))
		lines := strings.Split(strings.TrimSuffix(table, "\n"), "\n")[1:]
		for i, s := range rows {
			base := s.Path[strings.LastIndex(s.Path, "/")+1:]
			if !strings.Contains(lines[i], base) {
				t.Fatalf("%s at %d: row %d lacks its file name %q:\n%s", lang, width, i, base, table)
			}
		}
	}
}
