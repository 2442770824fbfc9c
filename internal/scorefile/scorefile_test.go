package scorefile

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/scoring/report/render"
	"github.com/citydatakit/wwc/scoring/report/result"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/questions/rubricfile"
)

// TestFileKinds reads every kind of scored city wwc takes (answers files, workbooks of every
// producer, CSV tables, saved results) and checks that a saved result of any of them reads
// back to the same score, with the rubric it names.
func TestFileKinds(t *testing.T) {
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, pattern := range []string{"../../testdata/cities/*.yaml", "../../testdata/producers/*/*.xlsx", "../../testdata/producers/*/*.ods", "../../testdata/csv/maipu-comma.csv"} {
		m, _ := filepath.Glob(pattern)
		files = append(files, m...)
	}
	if len(files) < 8 {
		t.Fatalf("only %d fixtures", len(files))
	}
	dir := t.TempDir()
	for i, f := range files {
		s, err := File(f, r, Options{})
		if err != nil {
			continue // a fixture meant to fail is not this test's business
		}
		if s.Assessment == nil || s.Result == nil {
			t.Fatalf("%s: no assessment or result", f)
		}
		var buf strings.Builder
		jsonFormat, _ := result.Formats.Lookup(render.FormatJSON)
		if err := jsonFormat.New().Write(&buf, result.Input{Result: s.Result, Rubric: r, Cat: i18n.English()}); err != nil {
			t.Fatal(err)
		}
		saved := filepath.Join(dir, filepath.Base(f)+".json")
		os.WriteFile(saved, []byte(buf.String()), 0o644)
		back, err := File(saved, r, Options{})
		if err != nil {
			t.Fatalf("%s (saved result of %s): %v", saved, f, err)
		}
		if back.Assessment != nil || back.Result.Met != s.Result.Met || back.Result.Tier != s.Result.Tier {
			t.Errorf("%d %s: read back %+v, want met %d tier %s", i, f, back.Result.Met, s.Result.Met, s.Result.Tier)
		}
		if back.OtherRubric(saved, r) != nil {
			t.Errorf("%s: a result of this rubric is said to be of another", saved)
		}
	}
}

// TestOtherRubric checks the warning for results saved under every other id and version.
func TestOtherRubric(t *testing.T) {
	r, _ := rubricfile.Default()
	s, err := File("../../testdata/results/maipu-2021-draft-rubric.json", r, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s.OtherRubric("x.json", r) == nil {
		t.Error("a draft rubric's result was not flagged")
	}
	var doc map[string]any
	data, _ := os.ReadFile("../../testdata/results/maipu-2021-draft-rubric.json")
	json.Unmarshal(data, &doc)
	for _, id := range []string{r.ID, "other"} {
		for _, v := range []string{r.Version, "0.1"} {
			doc["rubric"] = map[string]any{"id": id, "version": v}
			out, _ := json.Marshal(doc)
			p := filepath.Join(t.TempDir(), "r.json")
			os.WriteFile(p, out, 0o644)
			s, err := File(p, r, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got, want := s.OtherRubric(p, r) != nil, id != r.ID || v != r.Version; got != want {
				t.Errorf("rubric %s %s: flagged %v, want %v", id, v, got, want)
			}
		}
	}
}
