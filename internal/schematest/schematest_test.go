package schematest

import (
	"strings"
	"testing"
)

func TestMessagesNameTheFileAndThePlace(t *testing.T) {
	trend := `{"format": "wwc-trend/1", "city": "Maipú", "first_met": {},
	  "years": [{"year": 2024, "rubric": {"id": "r", "version": "1"}, "tier": "gold", "met": 1, "total": 2,
	  "percent": 50, "outcomes_counted": 0, "practices": {"a/b~c": 200}}]}`
	for _, c := range []struct {
		name, doc string
		yaml      bool
		want      []string
	}{
		{"broken.json", `{"format": `, false, []string{"broken.json: not JSON"}},
		{"list.json", `[1, 2]`, false, []string{"list.json", `format "" has no schema`, "wwc-result/1"}},
		{"future.json", `{"format": "wwc-result/2"}`, false, []string{"future.json", `"wwc-result/2" has no schema`}},
		{"trend.json", trend, false, []string{"trend.json does not match wwc-trend-1.schema.json", "at /years/0/practices/a~1b~0c: maximum"}},
		{"a.yaml", "format: wwc-answers/1\nanswers:\n  1: yes\n", true, []string{"a.yaml does not match wwc-answers-1.schema.json", `at /answers: the key "1" does not have the form`}},
		{"b.yaml", "format: wwc-answers/1\nanswers:\n  DM1: tal vez\n", true, []string{"at /answers/DM1: 'tal vez' is not one of the accepted words"}},
		{"c.yaml", "format: [wwc-answers/1\n", true, []string{"c.yaml: not YAML"}},
	} {
		var err error
		if c.yaml {
			err = ValidateYAML(c.name, []byte(c.doc))
		} else {
			err = ValidateJSON(c.name, []byte(c.doc))
		}
		if err == nil {
			t.Errorf("%s: no error", c.name)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: the message misses %q:\n%v", c.name, w, err)
			}
		}
	}
}

func TestFormat(t *testing.T) {
	for doc, want := range map[string]string{
		`{"format": "wwc-batch/1"}`:  "wwc-batch/1",
		`{"format": "wwc-rubric/1"}`: "",
		`{"city": "Recife"}`:         "",
		`not json`:                   "",
	} {
		if got := Format([]byte(doc)); got != want {
			t.Errorf("Format(%s) = %q, want %q", doc, got, want)
		}
	}
}
