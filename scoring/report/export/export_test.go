package export

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/internal/wwcmark"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
)

func write(t *testing.T, name string, in Input) []byte {
	t.Helper()
	f, ok := Formats.Lookup(name)
	if !ok {
		t.Fatalf("no format %s", name)
	}
	var buf bytes.Buffer
	if err := f.New().Write(&buf, in); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func samples(t *testing.T) []Submission {
	var subs []Submission
	for _, f := range []string{"maipu-2023.yaml", "recife-2024.yaml"} {
		res, _ := reporttest.Score(t, f, scoring.Options{})
		subs = append(subs, Submission{File: "cities/" + f, Result: res})
	}
	return subs
}

// TestGoldenExport: both tables as CSV, and the JSON document with a failure. The CSV is data:
// the same bytes whatever the language.
func TestGoldenExport(t *testing.T) {
	subs := samples(t)
	failures := []Failure{{File: "cities/broken.xlsx", Err: msg.E("batch.no_files", nil)}}
	for _, lang := range []string{"en", "es"} {
		in := Input{Submissions: subs, Failures: failures, Cat: i18n.For(lang)}
		crit := write(t, "csv", in)
		in.Table = TableOutcomes
		outc := write(t, "csv", in)
		if lang == "en" {
			reporttest.Golden(t, "export-criteria.csv", crit)
			reporttest.Golden(t, "export-outcomes.csv", outc)
		} else {
			en := Input{Submissions: subs, Cat: i18n.For("en")}
			if !bytes.Equal(crit, write(t, "csv", en)) {
				t.Errorf("the criteria CSV in %s differs from the English one", lang)
			}
		}
		reporttest.Golden(t, "export."+lang+".json", write(t, "json", in))
	}
}

// TestExportsAreRecognized: both CSV tables and the JSON document, found again in a folder of
// submissions, are known as wwc's own and not read as a city's answers.
func TestExportsAreRecognized(t *testing.T) {
	subs := samples(t)
	dir := t.TempDir()
	for name, in := range map[string]Input{"c.csv": {Submissions: subs}, "o.csv": {Submissions: subs, Table: TableOutcomes},
		"e.json": {Submissions: subs, Cat: i18n.For("en")}} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, write(t, strings.TrimPrefix(filepath.Ext(name), "."), in), 0o644); err != nil {
			t.Fatal(err)
		}
		if kind, err := load.Detect(p); err != nil || kind != load.KindOutput {
			t.Errorf("%s: recognized as %s (%v), want wwc's own output", name, kind, err)
		}
	}
	for _, row := range []any{CriterionRow{}, OutcomeRow{}} {
		if !slices.Equal(Columns(row)[:len(wwcmark.ExportColumns)], wwcmark.ExportColumns) {
			t.Errorf("%T does not start with the columns the loader recognizes", row)
		}
	}
}

// TestColumnsAreTheJSONKeys: the header is the json tags, in order, snake_case, and every
// field's kind has a cell (a new field of another kind fails here, not in a user's run).
func TestColumnsAreTheJSONKeys(t *testing.T) {
	for _, row := range []any{CriterionRow{}, OutcomeRow{}} {
		cols := Columns(row)
		if cols[0] != "file" || len(cols) != reflect.TypeOf(row).NumField() {
			t.Errorf("%T: columns %v", row, cols)
		}
		seen := map[string]bool{}
		for _, c := range cols {
			for _, r := range c {
				if (r < 'a' || r > 'z') && r != '_' {
					t.Errorf("%T: column %q is not snake_case", row, c)
				}
			}
			if seen[c] {
				t.Errorf("%T: column %q twice", row, c)
			}
			seen[c] = true
		}
		_ = cells(row)
	}
	v, y := -3.25, 2020
	cells(OutcomeRow{Baseline: &v, BaselineYear: &y})
}

// TestCellsOfEveryKind: text made safe (no formula, no terminal control shown raw), numbers plain (a negative number is a number, not a
// formula), unknown values empty.
func TestCellsOfEveryKind(t *testing.T) {
	v, y := -3.25, 2020
	got := cells(OutcomeRow{City: "=HYPERLINK(\"x\")", Metric: "-riesgo\x1b[2J", Baseline: &v, BaselineYear: &y, Counted: true})
	cols := Columns(OutcomeRow{})
	want := map[string]string{"city": "'=HYPERLINK(\"x\")", "metric": "'-riesgo\\x1b[2J", "baseline": "-3.25",
		"baseline_year": "2020", "current": "", "current_year": "", "counted": "true", "evidence_given": "false", "year": ""}
	for i, c := range cols {
		if w, ok := want[c]; ok && got[i] != w {
			t.Errorf("%s: %q, want %q", c, got[i], w)
		}
	}
}

// TestRowsAddUpToTheScore: for random submissions, one row per criterion, and the points
// earned per file, summed from the CSV as an analyst would, are the result's Met.
func TestRowsAddUpToTheScore(t *testing.T) {
	r := reporttest.Rubric(t)
	rng := rand.New(rand.NewPCG(7, 9))
	var subs []Submission
	want := map[string]int{}
	metrics := 0
	for i := range 40 {
		res := scoring.Score(r, reporttest.RandomAssessment(rng, r, i), scoring.Options{RequireEvidence: i%2 == 0})
		file := fmt.Sprintf("f%02d.xlsx", i)
		subs = append(subs, Submission{File: file, Result: res})
		want[file] = res.Met
		metrics += len(res.Outcomes)
	}
	recs, err := csv.NewReader(bytes.NewReader(write(t, "csv", Input{Submissions: subs}))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1+40*len(subs[0].Result.Questions) {
		t.Fatalf("%d records, want a header and %d rows", len(recs), 40*len(subs[0].Result.Questions))
	}
	col := map[string]int{}
	for i, c := range recs[0] {
		col[c] = i
	}
	got := map[string]int{}
	for _, rec := range recs[1:] {
		n, err := strconv.Atoi(rec[col["earned"]])
		if err != nil {
			t.Fatal(err)
		}
		got[rec[col["file"]]] += n
		if (rec[col["counted"]] == "true") != (n > 0) || (rec[col["reason"]] == "") != (n > 0) {
			t.Errorf("%v: counted, reason and earned disagree", rec)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("met per file from the CSV %v, want %v", got, want)
	}
	recs, _ = csv.NewReader(bytes.NewReader(write(t, "csv", Input{Submissions: subs, Table: TableOutcomes}))).ReadAll()
	if len(recs) != 1+metrics {
		t.Errorf("%d outcome records, want %d", len(recs), 1+metrics)
	}
}
