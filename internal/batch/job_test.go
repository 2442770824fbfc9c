package batch

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/citydatakit/wwc/scoring/report/render"
	"github.com/citydatakit/wwc/scoring/report/result"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/questions/rubricfile"
	"github.com/citydatakit/wwc/scoring"
)

// TestSummarizeMarksDuplicates generates batches of rows (failures, cities submitted more
// than once, rows without a year) and checks that the duplicate groups come back as indexes
// of rows, each group's rows flagged and all but the last dropped, failures never in a group.
func TestSummarizeMarksDuplicates(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	cities := []string{"Maipú", "Recife", "Lakeside", "Mendoza"}
	for n := 0; n < 300; n++ {
		var rows []Row
		for i := rng.Intn(12); i >= 0; i-- {
			row := Row{Path: fmt.Sprintf("f%02d.yaml", len(rows))}
			switch rng.Intn(5) {
			case 0:
				row.Err = fmt.Errorf("unreadable")
			default:
				row.Brief = scoring.Brief{City: cities[rng.Intn(len(cities))], Year: 2023 + rng.Intn(2)*rng.Intn(2)}
			}
			rows = append(rows, row)
		}
		subs, cohort := Summarize(rows, "", "", "")
		if len(subs) != len(rows) {
			t.Fatalf("%d submissions for %d rows", len(subs), len(rows))
		}
		seen := map[string][]int{}
		for i, row := range rows {
			if row.Err == nil && row.Brief.Year != 0 {
				key := row.Brief.City + fmt.Sprint(row.Brief.Year)
				seen[key] = append(seen[key], i)
			}
		}
		var want [][]int
		for _, idx := range seen {
			if len(idx) > 1 {
				want = append(want, idx)
			}
		}
		sort.Slice(want, func(i, j int) bool { return want[i][0] < want[j][0] })
		if fmt.Sprint(want) != fmt.Sprint(cohort.Duplicates) {
			t.Fatalf("duplicates %v, want %v (rows %+v)", cohort.Duplicates, want, rows)
		}
		for g, group := range want {
			if cohort.Kept[g] != group[len(group)-1] {
				t.Fatalf("group %v keeps %d", group, cohort.Kept[g])
			}
			for k, i := range group {
				if !subs[i].Duplicate || subs[i].Dropped != (k < len(group)-1) {
					t.Fatalf("row %d of group %v: duplicate %v dropped %v", i, group, subs[i].Duplicate, subs[i].Dropped)
				}
			}
		}
	}
}

// TestReportsNames writes reports for generated cohorts in a random order and checks that the
// final names follow the files' order, never repeat, never take an input's name, that a file
// without a city's name (none, or no letter a file name can keep) names its report after
// itself, and that a discarded run leaves nothing behind.
func TestReportsNames(t *testing.T) {
	r, _ := rubricfile.Default()
	format, _ := result.Formats.Lookup(render.FormatJSON)
	rng := rand.New(rand.NewSource(3))
	cities := []string{"Maipú", "São Paulo", "Recife", "", "  ", "東京"}
	inputs := []string{"in", "no-city-sheet", "Envío final", "sub/dir/Maipú 2024"}
	for n := 0; n < 40; n++ {
		dir := filepath.Join(t.TempDir(), "reports")
		files := make([]string, 1+rng.Intn(8))
		results := make([]*scoring.Result, len(files))
		for i := range files {
			files[i] = fmt.Sprintf("%s-%d.%s", inputs[rng.Intn(len(inputs))], i, []string{"yaml", "xlsx", "csv"}[rng.Intn(3)])
			results[i] = &scoring.Result{City: cities[rng.Intn(len(cities))], Year: 2024 + rng.Intn(2)}
		}
		// An input sits where the first report would go: it is never overwritten.
		input := filepath.Join(dir, "maipu-2024.json")
		files = append(files, input)
		results = append(results, nil)
		reps, err := NewReports(dir, format, files)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(input, []byte("mine"), 0o644)
		for _, i := range rng.Perm(len(files) - 1) {
			if err := reps.Write(i, result.Input{Result: results[i], Rubric: r, Cat: i18n.English(), Date: time.Unix(0, 0)}); err != nil {
				t.Fatal(err)
			}
		}
		if n%4 == 0 {
			reps.Discard()
			if left, _ := os.ReadDir(dir); len(left) != 1 {
				t.Fatalf("a discarded run left %d files", len(left))
			}
			continue
		}
		if err := reps.Finish(len(files)); err != nil {
			t.Fatal(err)
		}
		taken := map[string]bool{}
		for i, res := range results[:len(results)-1] {
			base := strings.TrimSuffix(expectedName(res, files[i], taken, input), ".json")
			if _, err := os.Stat(filepath.Join(dir, base+".json")); err != nil {
				t.Fatalf("report %d (%s %d): %v", i, res.City, res.Year, err)
			}
		}
		if data, _ := os.ReadFile(input); string(data) != "mine" {
			t.Fatal("an input was overwritten")
		}
		if entries, _ := os.ReadDir(dir); len(entries) != len(files) {
			t.Fatalf("%d files in the folder, want %d", len(entries), len(files))
		}
	}
}

// expectedName is the name the report of file should get, given the names taken before it.
func expectedName(res *scoring.Result, file string, taken map[string]bool, input string) string {
	slug := strings.NewReplacer("ú", "u", "ã", "a", "í", "i", " ", "-", "東", "", "京", "")
	stem := strings.Trim(strings.ToLower(slug.Replace(res.City)), "-")
	base := fmt.Sprintf("%s-%d", stem, res.Year)
	if stem == "" {
		file = filepath.Base(file)
		base = strings.ToLower(slug.Replace(strings.TrimSuffix(file, filepath.Ext(file))))
	}
	name := base + ".json"
	for k := 2; taken[name] || name == filepath.Base(input); k++ {
		name = fmt.Sprintf("%s-%d.json", base, k)
	}
	taken[name] = true
	return name
}

// TestJobRun runs whole jobs over the sample cities: the summary's rows, a summary of an
// earlier run left out, a submission named as the output refused, and a job stopped before it
// starts leaving no reports.
func TestJobRun(t *testing.T) {
	r, _ := rubricfile.Default()
	html, _ := result.Formats.Lookup(render.FormatHTML)
	dir := t.TempDir()
	for _, name := range []string{"maipu-2024.yaml", "recife-2024.yaml", "lakeside-2025.yaml"} {
		data, _ := os.ReadFile(filepath.Join("../../testdata/cities", name))
		os.WriteFile(filepath.Join(dir, name), data, 0o644)
	}
	job := &Job{Paths: []string{dir}, Rubric: r, Cat: i18n.English(), Workers: 2, ReportsDir: filepath.Join(dir, "reports"), ReportFormat: html}
	out, err := job.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Rows) != 3 || out.Failed() != 0 || len(out.Summary.Rows) != 3 {
		t.Fatalf("rows %d failed %d", len(out.Rows), out.Failed())
	}
	if reps, _ := filepath.Glob(filepath.Join(dir, "reports", "*.html")); len(reps) != 3 {
		t.Errorf("%d reports", len(reps))
	}
	job.ReportsDir = ""
	job.Output = filepath.Join(dir, "maipu-2024.yaml")
	if _, err := job.Run(context.Background()); err == nil || !strings.Contains(err.Error(), "is the input file") {
		t.Errorf("a submission as the output: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	job.Output, job.ReportsDir = "", filepath.Join(dir, "stopped")
	_, err = job.Run(ctx)
	if _, ok := err.(*Interrupted); !ok {
		t.Errorf("a cancelled job: %v", err)
	}
	if _, err := os.Stat(job.ReportsDir); !os.IsNotExist(err) {
		t.Error("a stopped job left its reports folder")
	}
}
