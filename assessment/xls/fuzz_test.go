package xls

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzRead feeds the .xls reader mutated workbooks, seeded with every .xls fixture: it must
// return an assessment or an error with a message, never panic or run away, whatever the
// compound-file library meets.
func FuzzRead(f *testing.F) {
	for _, pattern := range []string{"../../testdata/producers/*/*.xls", "../../testdata/errors/*.xls"} {
		files, _ := filepath.Glob(pattern)
		for _, p := range files {
			if data, err := os.ReadFile(p); err == nil {
				f.Add(data)
			}
		}
	}
	d := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(d, "fuzz.xls")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Skip()
		}
		a, err := Read(p)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("an error with no message")
			}
			return
		}
		if a == nil {
			t.Fatal("no assessment and no error")
		}
	})
}

// FuzzParse feeds the BIFF record parser mutated Workbook streams directly, past the
// compound file.
func FuzzParse(f *testing.F) {
	f.Add(append(bof(biff8, 5), rec(recEOF, nil)...))
	f.Add(workbookStreamSeed())
	f.Fuzz(func(t *testing.T, stream []byte) {
		_, _ = parse(stream, DefaultLimits)
	})
}
