package load

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestDetect(t *testing.T) {
	cases := []struct {
		name string
		data []byte
		want Kind
	}{
		{"a.yaml", []byte("format: wwc-answers/1\n"), KindAnswers},
		{"a.json", []byte(`{"format": "wwc-answers/1"}`), KindAnswers},
		{"answers", []byte("format: wwc-answers/1\n"), KindAnswers},
		{"a.xlsx", []byte("PK\x03\x04....[Content_Types].xml...xl/workbook.xml"), KindXLSX},
		{"a.xlsx", []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest"), KindXLS},
		{"a.xlsx", []byte("PK\x03\x04....mimetypeapplication/vnd.oasis.opendocument.spreadsheet"), KindODS},
		{"a.xlsx", []byte("%PDF-1.7"), KindPDF},
		{"a.xlsx", []byte("City,Year\n"), KindUnknown},
		{"a.csv", []byte("ID,Answer\nDM1,yes\n"), KindCSV},
		{"a.zip", []byte("PK\x03\x04....readme.txt"), KindZip},
		{"a.numbers", []byte("PK\x03\x04....Index/Document.iwa"), KindNumbers},
	}
	for _, tc := range cases {
		got, err := Detect(write(t, tc.name, tc.data))
		if err != nil || got != tc.want {
			t.Errorf("%s %q: %v, %v; want %v", tc.name, tc.data[:min(len(tc.data), 12)], got, err, tc.want)
		}
	}
}

func TestFileMessagesSayWhatTheFileIs(t *testing.T) {
	for name, want := range map[string]string{
		"old.xlsx": "damaged or incomplete", // read as the .xls it is, and only a header

		"scan.xlsx":  "is a PDF",
		"calc.xlsx":  "damaged or incomplete", // read as the .ods it is, and not a whole zip
		"empty.yaml": "the file is empty",
	} {
		var data []byte
		switch name {
		case "old.xlsx":
			data = []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
		case "scan.xlsx":
			data = []byte("%PDF-1.4")
		case "calc.xlsx":
			data = []byte("PK\x03\x04 mimetypeapplication/vnd.oasis.opendocument.spreadsheet")
		}
		_, err := File(write(t, name, data), Options{})
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), name) {
			t.Errorf("%s: %v; want it to name the file and say %q", name, err, want)
		}
	}
}

func TestOptionsFillAndConflict(t *testing.T) {
	p := write(t, "a.yaml", []byte("format: wwc-answers/1\ncity: Maipú\nyear: 2024\n"))
	a, err := File(p, Options{City: "MAIPU", Country: "Chile", Year: 2024})
	if err != nil || a.Country != "Chile" || a.City != "Maipú" {
		t.Fatalf("%+v %v", a, err)
	}
	_, err = File(p, Options{City: "Santiago", Year: 2023})
	if err == nil || !strings.Contains(err.Error(), `"Santiago"`) || !strings.Contains(err.Error(), "2023") {
		t.Fatalf("conflicts: %v", err)
	}
}
