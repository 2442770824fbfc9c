package report

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
)

// TestOwnDocumentsAreRecognized: every report, summary and comparison wwc writes, in every
// format and language, is recognized as wwc's own when it comes back as input (a summary saved
// in the folder of submissions, a report given to wwc score); a saved result is a result.
func TestOwnDocumentsAreRecognized(t *testing.T) {
	res, r := scoreSample(t, "lakeside-2025.yaml", scoring.Options{})
	old, _ := scoreSample(t, "maipu-2024.yaml", scoring.Options{})
	dir := t.TempDir()
	check := func(name string, data []byte, want load.Kind) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		kind, err := load.Detect(p)
		if err != nil || kind != want {
			t.Errorf("%s: recognized as %s (%v), want %s", name, kind, err, want)
		}
	}
	for _, lang := range i18n.Languages {
		cat := i18n.For(lang)
		for _, f := range Formats {
			if f.Name == FormatText {
				continue
			}
			var buf bytes.Buffer
			if err := f.New().Write(&buf, Input{Result: res, Rubric: r, Cat: cat, Date: reportDate}); err != nil {
				t.Fatal(err)
			}
			want := load.KindOutput
			if f.Name == FormatJSON {
				want = load.KindResult
			}
			check("report-"+lang+f.Exts[0], buf.Bytes(), want)
		}
		sum := SummaryInput{Rows: []Submission{{Path: "a.xlsx", Brief: res.Brief()}, {Path: "b.xlsx", Err: errors.New("broken")}},
			Cohort: scoring.Summarize([]scoring.Brief{res.Brief()}), Rubric: r, Cat: cat, Date: reportDate}
		for _, f := range SummaryFormats {
			if f.Name == FormatText {
				continue
			}
			var buf bytes.Buffer
			if err := f.New().WriteSummary(&buf, sum); err != nil {
				t.Fatal(err)
			}
			check("summary-"+lang+f.Exts[0], buf.Bytes(), load.KindOutput)
		}
		cmp := scoring.Compare(old, res, r.Tiers)
		for name, f := range DiffFormats {
			if name == FormatText {
				continue
			}
			var buf bytes.Buffer
			if err := f().WriteDiff(&buf, DiffInput{C: cmp, Rubric: r, Cat: cat}); err != nil {
				t.Fatal(err)
			}
			check("diff-"+lang+"."+name, buf.Bytes(), load.KindOutput)
		}
	}
}

// TestFailedRowsCarryNullsAndErrors: in the JSON summary a file that could not be read has
// null figures and its problems as a list of strings.
func TestFailedRowsCarryNullsAndErrors(t *testing.T) {
	res, r := scoreSample(t, "lakeside-2025.yaml", scoring.Options{})
	list := msg.List{errors.New("first problem"), errors.New("second problem")}
	in := SummaryInput{Rows: []Submission{{Path: "a.xlsx", Brief: res.Brief()}, {Path: "b.xlsx", Err: list}},
		Cohort: scoring.Summarize([]scoring.Brief{res.Brief()}), Rubric: r, Cat: i18n.English(),
		Skipped: []SkippedFile{{Path: ".hidden.xlsx", Reason: "hidden"}, {Path: "env.csv", Reason: "link_outside"}}}
	var buf bytes.Buffer
	if err := (jsonSummary{}).WriteSummary(&buf, in); err != nil {
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
	res, r := scoreSample(t, "lakeside-2025.yaml", scoring.Options{})
	long := strings.Repeat("very-long-folder-name/", 6) + "submission-of-a-city.xlsx"
	rows := []Submission{{Path: long, Brief: res.Brief()}, {Path: "short.csv", Err: errors.New("short.csv: " + strings.Repeat("a long problem ", 12))}}
	for width := 60; width <= 200; width += 7 {
		var buf bytes.Buffer
		in := SummaryInput{Rows: rows, Cohort: scoring.Summarize([]scoring.Brief{res.Brief()}), Rubric: r, Cat: i18n.English(), Width: width}
		if err := (textSummary{}).WriteSummary(&buf, in); err != nil {
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
