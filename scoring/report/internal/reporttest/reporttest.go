// Package reporttest holds what the tests of the report documents share: the golden files
// and their -update flag, the sample cities, the date every golden report carries, and
// checks of written workbooks.
package reporttest

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/questions/rubricfile"
	"github.com/citydatakit/wwc/scoring"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// Root is the module's folder, where testdata is.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "..")
}

// Testdata is the path of rel under the module's testdata folder.
func Testdata(rel ...string) string {
	return filepath.Join(append([]string{Root(), "testdata"}, rel...)...)
}

// Golden compares got with testdata/golden/name, or rewrites it with -update.
func Golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := Testdata("golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./scoring/report/... -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run with -update if the change is meant):\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

// Date is the date every golden report carries; the command-line tests set
// SOURCE_DATE_EPOCH to the same day.
var Date = time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC)

// Samples are the sample cities of testdata/cities and the language each is written in.
var Samples = []struct{ File, Lang string }{
	{"maipu-2024.yaml", "es"},
	{"recife-2024.yaml", "pt"},
	{"lakeside-2025.yaml", "en"},
}

// Rubric is the embedded default rubric.
func Rubric(t testing.TB) *questions.Rubric {
	t.Helper()
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Score scores a sample city of testdata/cities with the default rubric.
func Score(t testing.TB, file string, opts scoring.Options) (*scoring.Result, *questions.Rubric) {
	t.Helper()
	r := Rubric(t)
	a, err := answers.Read(Testdata("cities", file))
	if err != nil {
		t.Fatal(err)
	}
	return scoring.Score(r, a, opts), r
}
