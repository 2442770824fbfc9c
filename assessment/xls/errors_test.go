package xls_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/questions/rubricfile"

	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/assessment/xls"
	"github.com/citydatakit/wwc/scoring"
)

const testdata = "../../testdata"

// TestBrokenFiles: each broken .xls is refused with a message naming it.
func TestBrokenFiles(t *testing.T) {
	for name, want := range map[string]string{
		"truncated.xls":  "damaged or incomplete",
		"random-ole.xls": "damaged or incomplete",
		"encrypted.xls":  "protected with a password",
		"excel95.xls":    "Excel 95 or earlier",
	} {
		path := filepath.Join(testdata, "errors", name)
		_, err := load.File(path, load.Options{})
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), path) {
			t.Errorf("%s: %v; want it to name the file and say %q", name, err, want)
		}
	}
}

func TestReadLimits(t *testing.T) {
	path := filepath.Join(testdata, "producers", "gnumeric", "recife-pt.xls")
	lim := xls.DefaultLimits
	lim.MaxFileSize = 1000
	if _, err := xls.ReadWithLimits(path, lim); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("file size limit: %v", err)
	}
	lim = xls.DefaultLimits
	lim.MaxCell = 10
	if _, err := xls.ReadWithLimits(path, lim); err == nil || !strings.Contains(err.Error(), "more than 10 bytes") {
		t.Errorf("cell length limit: %v", err)
	}
}

// BenchmarkReadAndScore reads LibreOffice's .xls of the workbook BenchmarkReadAndScore in
// package xlsx reads, and scores it.
func BenchmarkReadAndScore(b *testing.B) {
	r, _ := rubricfile.Default()
	path := filepath.Join(testdata, "producers", "libreoffice", "maipu-es.xls")
	b.ReportAllocs()
	for b.Loop() {
		a, err := load.File(path, load.Options{Rubric: r})
		if err != nil {
			b.Fatal(err)
		}
		scoring.Score(r, a, scoring.Options{})
	}
}
