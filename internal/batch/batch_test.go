package batch

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/questions/rubricfile"
)

func TestCollectSkipsHiddenAndLockFiles(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.xlsx", "b.csv", "c.yaml", "notes.txt", "~$a.xlsx", ".~lock.a.xlsx#", ".hidden.xlsx", "sub/d.json", ".git/e.yaml", "sub/f.xlsx~"} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("x"), 0o644)
	}
	got, err := Collect([]string{dir, filepath.Join(dir, "notes.txt"), filepath.Join(dir, "*.csv")})
	if err != nil {
		t.Fatal(err)
	}
	var rel []string
	for _, g := range got.Files {
		r, _ := filepath.Rel(dir, g)
		rel = append(rel, r)
	}
	want := []string{"a.xlsx", "b.csv", "c.yaml", "notes.txt", "sub/d.json"}
	if !reflect.DeepEqual(rel, want) {
		t.Errorf("collected %v, want %v", rel, want)
	}
	if _, err := Collect([]string{filepath.Join(dir, "*.pdf"), filepath.Join(dir, "missing.xlsx")}); err == nil {
		t.Error("a pattern matching nothing and a missing file were not reported")
	}
}

func cohortFiles(t *testing.T) []string {
	t.Helper()
	found, err := Collect([]string{"../../testdata/producers", "../../testdata/errors", "../../testdata/cities"})
	if err != nil {
		t.Fatal(err)
	}
	// The producers' manifest is a .tsv, so it is collected (and fails, as no criteria
	// table); it is no fixture of a city.
	var files []string
	for _, f := range found.Files {
		if filepath.Base(f) != "manifest.tsv" {
			files = append(files, f)
		}
	}
	return files
}

// TestRunIsOrderedWhateverTheWorkers: one worker and eight give the same rows, in path order.
func TestRunIsOrderedWhateverTheWorkers(t *testing.T) {
	r, _ := rubricfile.Default()
	files := cohortFiles(t)
	one := Run(context.Background(), files, Options{Rubric: r, Workers: 1})
	eight := Run(context.Background(), files, Options{Rubric: r, Workers: 8})
	if len(one) != len(files) || len(eight) != len(files) {
		t.Fatalf("%d and %d rows for %d files", len(one), len(eight), len(files))
	}
	failed := 0
	for i := range one {
		if one[i].Path != files[i] || eight[i].Path != files[i] {
			t.Fatalf("row %d is %s / %s, want %s", i, one[i].Path, eight[i].Path, files[i])
		}
		if (one[i].Err == nil) != (eight[i].Err == nil) || !reflect.DeepEqual(one[i].Brief, eight[i].Brief) {
			t.Errorf("%s differs between 1 and 8 workers", files[i])
		}
		if one[i].Err != nil {
			failed++
			if !strings.Contains(one[i].Path, "errors") {
				t.Errorf("%s failed: %v", one[i].Path, one[i].Err)
			}
		}
	}
	// testdata/errors holds 25 files; two of them (calc-ods.xlsx, old-excel.xlsx) are an .ods
	// and an .xls under a workbook's name, read since issue 14.
	if failed != 23 {
		t.Errorf("%d files failed, want the 23 error fixtures", failed)
	}
}

func TestFailFastStops(t *testing.T) {
	r, _ := rubricfile.Default()
	files := append([]string{"../../testdata/errors/empty.xlsx"}, cohortFiles(t)...)
	rows := Run(context.Background(), files, Options{Rubric: r, Workers: 1, FailFast: true})
	if len(rows) == 0 || len(rows) >= len(files) || rows[0].Err == nil {
		t.Fatalf("fail-fast read %d of %d files", len(rows), len(files))
	}
}
