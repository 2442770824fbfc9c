package ods_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/assessment/ods"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
)

const testdata = "../../testdata"

// TestBrokenFiles: each broken OpenDocument file is refused with a message naming it.
func TestBrokenFiles(t *testing.T) {
	r, _ := questions.Default()
	for name, want := range map[string][]string{
		"truncated.ods":    {"damaged or incomplete"},
		"bomb.ods":         {"unpacks to far more than a city workbook needs"},
		"encrypted.ods":    {"protected with a password"},
		"million-rows.ods": {`sheet "Evaluación", cell A3: DM1 is given twice, here and at sheet "Evaluación", cell A2`},
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(testdata, "errors", name)
			_, err := load.File(path, load.Options{Rubric: r})
			if err == nil {
				t.Fatal("accepted")
			}
			for _, w := range append(want, path) {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("message lacks %q:\n%.600s", w, err.Error())
				}
			}
		})
	}
}

func TestReadLimits(t *testing.T) {
	path := filepath.Join(testdata, "producers", "libreoffice", "recife-pt.ods")
	lim := ods.DefaultLimits
	lim.MaxFileSize = 1000
	if _, err := ods.ReadWithLimits(path, lim); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("file size limit: %v", err)
	}
	lim = ods.DefaultLimits
	lim.MaxUnzipped = 10_000
	if _, err := ods.ReadWithLimits(path, lim); err == nil || !strings.Contains(err.Error(), "unpacks to far more") {
		t.Errorf("unzipped size limit: %v", err)
	}
	lim = ods.DefaultLimits
	lim.MaxCell = 10
	if _, err := ods.ReadWithLimits(path, lim); err == nil || !strings.Contains(err.Error(), "more than 10 bytes") {
		t.Errorf("cell length limit: %v", err)
	}
}

// BenchmarkReadAndScore reads LibreOffice's .ods of the workbook BenchmarkReadAndScore in
// package xlsx reads, and scores it.
func BenchmarkReadAndScore(b *testing.B) {
	r, _ := questions.Default()
	path := filepath.Join(testdata, "producers", "libreoffice", "maipu-es.ods")
	b.ReportAllocs()
	for b.Loop() {
		a, err := load.File(path, load.Options{Rubric: r})
		if err != nil {
			b.Fatal(err)
		}
		scoring.Score(r, a, scoring.Options{})
	}
}
