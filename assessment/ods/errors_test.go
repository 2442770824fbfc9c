package ods_test

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/questions/rubricfile"

	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/assessment/ods"
	"github.com/citydatakit/wwc/scoring"
)

const testdata = "../../testdata"

// TestBrokenFiles: each broken OpenDocument file is refused with a message naming it.
func TestBrokenFiles(t *testing.T) {
	r, _ := rubricfile.Default()
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
	r, _ := rubricfile.Default()
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

// TestLyingSizes: a content.xml whose zip header claims a few bytes but inflates far past the
// limit is stopped early (archive/zip checks the claimed size, and the reader counts what it
// inflates besides), and refused.
func TestLyingSizes(t *testing.T) {
	for _, size := range []int{2 << 20, 9 << 20} {
		var deflated bytes.Buffer
		fw, _ := flate.NewWriter(&deflated, flate.BestCompression)
		fw.Write([]byte(`<?xml version="1.0"?><office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet><table:table table:name="S"><table:table-row><table:table-cell><text:p>`))
		fw.Write(bytes.Repeat([]byte("a"), size))
		fw.Close()
		var buf bytes.Buffer
		z := zip.NewWriter(&buf)
		w, _ := z.CreateRaw(&zip.FileHeader{Name: "content.xml", Method: zip.Deflate, CompressedSize64: uint64(deflated.Len()), UncompressedSize64: 100, CRC32: 0})
		w.Write(deflated.Bytes())
		z.Close()
		path := filepath.Join(t.TempDir(), "liar.ods")
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		lim := ods.DefaultLimits
		lim.MaxUnzipped = 1 << 20
		_, err := ods.ReadWithLimits(path, lim)
		if err == nil || !strings.Contains(err.Error(), "unpacks to far more") && !strings.Contains(err.Error(), "damaged") {
			t.Errorf("%d bytes: %v", size, err)
		}
	}
}
