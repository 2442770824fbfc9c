package cohort

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
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

// TestTextSummaryFitsTheWidth: generated batches (cities submitted up to a dozen times under
// paths longer than a line, files that failed with long problems, files skipped) written in
// English, Spanish and Portuguese at 60, 80 and 120 columns: no line of the text summary is
// wider than the terminal, every rarest criterion's rate ends its line, and the list of a
// city's duplicate files goes on indented.
func TestTextSummaryFitsTheWidth(t *testing.T) {
	var results []scoring.Brief
	var r *questions.Rubric
	for _, f := range []string{"lakeside-2025.yaml", "maipu-2024.yaml", "recife-2024.yaml"} {
		res, rub := reporttest.Score(t, f, scoring.Options{})
		results, r = append(results, res.Brief()), rub
	}
	rng := rand.New(rand.NewPCG(6, 1))
	folders := []string{"testdata", "producers", "libreoffice", "postulaciones de la ronda 2024", "São José dos Campos", strings.Repeat("carpeta-", 12)}
	for n := range 30 {
		var rows []Submission
		var briefs []scoring.Brief
		for range 1 + rng.IntN(25) {
			path := ""
			for range 1 + rng.IntN(5) {
				path += folders[rng.IntN(len(folders))] + "/"
			}
			path += fmt.Sprintf("file-%d.xlsx", len(rows))
			b := results[rng.IntN(len(results))]
			rows, briefs = append(rows, Submission{Path: path, Brief: b}), append(briefs, b)
		}
		for i := range rng.IntN(3) {
			path := fmt.Sprintf("failed-%d.csv", i)
			rows = append(rows, Submission{Path: path, Err: errors.New(path + ": " + strings.Repeat("a long problem ", 10))})
		}
		cohort := scoring.Summarize(briefs)
		skipped := []SkippedFile{{Path: ".x.xlsx", Reason: "hidden"}, {Path: "~$x.xlsx", Reason: "lock"}, {Path: "x.pdf", Reason: "other"}}
		for _, width := range []int{60, 80, 120} {
			for _, lang := range []string{"en", "es", "pt"} {
				in := Input{Rows: rows, Cohort: cohort, Rubric: r, Cat: i18n.For(lang), Width: width, Skipped: skipped[:rng.IntN(4)]}
				var buf bytes.Buffer
				if err := (textWriter{}).Write(&buf, in); err != nil {
					t.Fatal(err)
				}
				out := buf.String()
				for _, line := range strings.Split(out, "\n") {
					if ansi.StringWidth(line) > width {
						t.Fatalf("batch %d, %s at %d: a line of %d:\n%s\n\n%s", n, lang, width, ansi.StringWidth(line), line, out)
					}
				}
				rarest := out[strings.Index(out, in.Cat.T("batch.rarest")+"\n"):]
				for _, line := range strings.Split(rarest, "\n")[1:6] {
					if !strings.HasSuffix(line, "%") {
						t.Fatalf("batch %d, %s at %d: a rarest criterion's rate does not end its line: %q", n, lang, width, line)
					}
				}
				paras := strings.Split(strings.TrimSuffix(rarest, "\n"), "\n\n")[1:]
				if len(paras) != len(cohort.Duplicates) {
					t.Fatalf("batch %d, %s at %d: %d paragraphs of duplicates, want %d:\n%s", n, lang, width, len(paras), len(cohort.Duplicates), out)
				}
				for _, para := range paras {
					for _, line := range strings.Split(para, "\n")[1:] {
						if !strings.HasPrefix(line, "  ") {
							t.Fatalf("batch %d, %s at %d: a duplicates line not indented: %q", n, lang, width, line)
						}
					}
				}
			}
		}
	}
}
