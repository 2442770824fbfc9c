package xlsx

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzRead feeds the workbook reader mutated workbooks, seeded with every fixture: it must
// return an assessment or an error with a message, never panic or run away.
func FuzzRead(f *testing.F) {
	for _, pattern := range []string{"../../testdata/producers/*/*.xlsx", "../../testdata/errors/*"} {
		files, _ := filepath.Glob(pattern)
		for _, p := range files {
			if data, err := os.ReadFile(p); err == nil {
				f.Add(data)
			}
		}
	}
	d := f.TempDir()
	lim := DefaultLimits
	lim.MaxUnzipped = 8 << 20
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(d, "fuzz.xlsx")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Skip()
		}
		a, err := ReadWithLimits(p, lim)
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

func BenchmarkReadWorkbook(b *testing.B) {
	path := "../../testdata/producers/libreoffice/maipu-es.xlsx"
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(path); err != nil {
			b.Fatal(err)
		}
	}
}
