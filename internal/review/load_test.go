package review

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
)

// TestLoadSniffs: Load takes a review file or a filled review workbook (.xlsx, .ods, .xls) by its
// content whatever its name, and refuses a city's submission and other files saying what
// they are.
func TestLoadSniffs(t *testing.T) {
	dir := t.TempDir()
	copyAs := func(src, name string) string {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name)
		os.WriteFile(path, data, 0o644)
		return path
	}
	for _, c := range []struct{ src, name string }{
		{"../../testdata/reviews/maipu-2024-review.xlsx", "review.xlsx"},
		{"../../testdata/reviews/maipu-2024-review.xlsx", "review.dat"},
		{"../../testdata/reviews/maipu-2024-review.ods", "review.ods"},
		{"../../testdata/reviews/maipu-2024-review.xls", "review.xls"},
	} {
		rev, err := Load(copyAs(c.src, c.name))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if rev.Submission.City != "Maipú" || len(rev.Criteria) != 8 || len(rev.Metrics) != 1 || rev.Reviewer != "Ana Pérez" {
			t.Fatalf("%s: %+v", c.name, rev)
		}
	}
	refused := map[string]string{
		copyAs("../../testdata/cities/maipu-2024.yaml", "a.yaml"):                 "es la postulación de una ciudad",
		copyAs("../../testdata/producers/libreoffice/maipu-es.xlsx", "city.xlsx"): "es una planilla de la ciudad",
		other(t, dir): "no es una revisión",
	}
	for path, want := range refused {
		_, err := Load(path)
		if text := msg.Text(i18n.For("es"), err); !strings.Contains(text, want) {
			t.Errorf("%s: %s", path, text)
		}
	}
}

// other writes a file that is neither a review nor a submission.
func other(t *testing.T, dir string) string {
	path := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(path, []byte("hola\nmundo\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
