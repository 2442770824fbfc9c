package load

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/citydatakit/wwc/assessment"
)

// TestMisleadingNameIsNoted: a file read by its content though its name says another kind
// carries a notice naming both; a file named for what it is carries none.
func TestMisleadingNameIsNoted(t *testing.T) {
	dir := t.TempDir()
	copyAs := func(src, name string) string {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", src))
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cases := []struct {
		src, name, real string // real is "" when the name is right
	}{
		{"errors/old-excel.xlsx", "a.xlsx", ".xls"},
		{"errors/calc-ods.xlsx", "b.xlsx", ".ods"},
		{"producers/libreoffice/maipu-es.xlsx", "c.xls", ".xlsx"},
		{"producers/libreoffice/maipu-es.xlsx", "d.ods", ".xlsx"},
		{"cities/maipu-2024.yaml", "e.csv", ".yaml"},
		{"producers/libreoffice/maipu-es.xlsx", "f.xlsx", ""},
		{"producers/libreoffice/maipu-es.xlsx", "g.xlsm", ""},
		{"errors/old-excel.xlsx", "h.xls", ""},
		{"cities/maipu-2024.yaml", "i.yml", ""},
		{"cities/maipu-2024.yaml", "noextension", ""},
	}
	for _, c := range cases {
		a, err := File(copyAs(c.src, c.name), Options{})
		if err != nil {
			t.Fatalf("%s as %s: %v", c.src, c.name, err)
		}
		var got *assessment.Notice
		for i, n := range a.Notices {
			if n.Code == assessment.NoticeMisleadingName {
				got = &a.Notices[i]
			}
		}
		switch {
		case c.real == "" && got != nil:
			t.Errorf("%s: a notice for a right name: %v", c.name, got.Args)
		case c.real != "" && got == nil:
			t.Errorf("%s: no notice that it is really %s", c.name, c.real)
		case c.real != "" && got.Args["Real"] != c.real:
			t.Errorf("%s: notice says %v, want %s", c.name, got.Args["Real"], c.real)
		}
	}
}
