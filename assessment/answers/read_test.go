package answers

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/internal/msg"
)

const sample = `format: wwc-answers/1
rubric: {id: wwc-2022, version: "2022.1"}
city: Maipú
country: Chile
year: 2024
population: 578605
answers:
  DM1: {answer: sí, evidence: https://example.org/dm1, notes: Comité trimestral}
  dm-2: en proceso
  DM_03:
    answer: No cumple
  OD1: {answer: true}
  OD2: {answer: 0}
  PA1:
    answer: ""
    notes: pendiente
outcomes:
  - name: Fugas de agua diarias
    unit: fugas por día
    direction: disminuir
    baseline_year: 2021
    baseline: 20000
    current_year: 2024
    current: "2000,0"
`

func TestParseAnswers(t *testing.T) {
	a, err := Parse([]byte(sample), "maipu.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if a.City != "Maipú" || a.Country != "Chile" || a.Year != 2024 || a.Population != 578605 || a.Rubric.ID != "wwc-2022" {
		t.Errorf("city details: %+v", a)
	}
	want := map[string]assessment.Value{"DM1": assessment.Met, "DM2": assessment.InProgress, "DM3": assessment.NotMet, "OD1": assessment.Met, "OD2": assessment.NotMet, "PA1": assessment.Unanswered}
	for id, v := range want {
		if a.Answers[id].Value != v {
			t.Errorf("%s = %v, want %v", id, a.Answers[id].Value, v)
		}
	}
	if a.Answers["DM1"].Evidence != "https://example.org/dm1" || a.Answers["PA1"].Notes != "pendiente" {
		t.Errorf("evidence or notes lost: %+v", a.Answers)
	}
	if len(a.Outcomes) != 1 || *a.Outcomes[0].Current != 2000 || a.Outcomes[0].Direction != assessment.Decrease {
		t.Errorf("outcomes: %+v", a.Outcomes)
	}
}

func TestAnswersFileRoundTrip(t *testing.T) {
	a, err := Parse([]byte(sample), "maipu.yaml")
	if err != nil {
		t.Fatal(err)
	}
	a.Answers["DM1"] = assessment.Answer{Value: assessment.Met, Evidence: "x", Notes: "línea 1\nlínea 2: con dos puntos", Checklist: map[string]assessment.Value{"A": assessment.Met, "B": assessment.NotMet}}
	dir := t.TempDir()
	for _, name := range []string{"out.yaml", "out.json"} {
		path := filepath.Join(dir, name)
		if err := Write(path, a, []string{"PA1", "DM1"}); err != nil {
			t.Fatal(err)
		}
		b, err := Read(path)
		if err != nil {
			data, _ := os.ReadFile(path)
			t.Fatalf("%s does not read back: %v\n%s", name, err, data)
		}
		b.Source, b.Places, a.Source, a.Places = "", nil, "", nil
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s: round trip changed the assessment\nwrote %+v\nread  %+v", name, a, b)
		}
	}
	data, _ := os.ReadFile(filepath.Join(dir, "out.yaml"))
	if i, j := strings.Index(string(data), "PA1:"), strings.Index(string(data), "DM1:"); i < 0 || j < 0 || i > j {
		t.Errorf("answers not in the given order:\n%s", data)
	}
}

func TestAnswersFileErrorsNameTheLine(t *testing.T) {
	cases := []struct {
		name, doc string
		wants     []string
	}{
		{"bad answer", "format: wwc-answers/1\nanswers:\n  DM1: tal vez\n", []string{"bad.yaml: line 3", `"tal vez"`, "DM1", "Yes, No, In progress"}},
		{"bad year", "format: wwc-answers/1\nyear: dos mil\n", []string{"line 2", `"dos mil" is not a year`}},
		{"unknown key", "format: wwc-answers/1\ncity: X\nciudad: Y\n", []string{"line 3", `unknown key "ciudad"`}},
		{"unknown answer key", "format: wwc-answers/1\nanswers:\n  DM1: {answer: yes, evidense: x}\n", []string{"line 3", `unknown key "evidense"`}},
		{"duplicate after normalizing", "format: wwc-answers/1\nanswers:\n  DM1: yes\n  dm-1: no\n", []string{"line 4", "answered twice", "line 3"}},
		{"duplicate key", "format: wwc-answers/1\ncity: A\ncity: B\n", []string{"line 3", `"city" is given twice`}},
		{"bad direction", "format: wwc-answers/1\noutcomes:\n  - name: Leaks\n    direction: sideways\n", []string{"line 4", `"sideways"`, "Leaks"}},
		{"bad number", "format: wwc-answers/1\noutcomes:\n  - name: Leaks\n    baseline: lots\n", []string{"line 4", `"lots"`, "not a number"}},
		{"wrong format", "format: something-else\n", []string{"line 1", "wwc-answers/1"}},
		{"not yaml", "format: wwc-answers/1\nanswers: [\n", []string{"not valid YAML"}},
		{"empty", "  \n", []string{"the file is empty"}},
		{"list as answer", "format: wwc-answers/1\nanswers:\n  DM1: [yes]\n", []string{"line 3"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(tc.doc), "bad.yaml")
			if err == nil {
				t.Fatal("accepted")
			}
			for _, w := range tc.wants {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("message lacks %q:\n%s", w, err)
				}
			}
		})
	}
}

func TestAnswersFileReportsAllProblems(t *testing.T) {
	doc := "format: wwc-answers/1\nyear: 24\nanswers:\n  DM1: tal vez\n  DM2: quizás\n"
	_, err := Parse([]byte(doc), "bad.yaml")
	list, ok := err.(msg.List)
	if !ok || len(list) != 3 {
		t.Fatalf("want 3 problems, got %v", err)
	}
	es := msg.Text(i18n.For("es"), err)
	if !strings.Contains(es, "línea 4") || !strings.Contains(es, "Cumple, No cumple, En proceso") {
		t.Errorf("Spanish:\n%s", es)
	}
}

func TestJSONAnswersFile(t *testing.T) {
	doc := "{\n\t\"format\": \"wwc-answers/1\",\n\t\"city\": \"Recife\",\n\t\"answers\": {\n\t\t\"DM1\": {\"answer\": \"sim\"},\n\t\t\"DM2\": {\"answer\": \"talvez\"}\n\t}\n}\n"
	_, err := Parse([]byte(doc), "recife.json")
	if err == nil || !strings.Contains(err.Error(), "recife.json: line 6") {
		t.Fatalf("JSON errors must carry their line: %v", err)
	}
}

func TestSampleCitiesRead(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/cities/*.yaml")
	if len(files) < 3 {
		t.Fatalf("only %d sample cities", len(files))
	}
	for _, f := range files {
		if _, err := Read(f); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}

func FuzzParseAnswers(f *testing.F) {
	f.Add([]byte(sample))
	files, _ := filepath.Glob("../../testdata/cities/*.yaml")
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("{\"format\": \"wwc-answers/1\", \"answers\": {\"DM1\": 1}}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse(data, "fuzz.yaml")
		if err != nil {
			if err.Error() == "" {
				t.Fatal("an error with no message")
			}
			return
		}
		// Whatever reads must write and read back the same.
		out, err := MarshalYAML(a, nil)
		if err != nil {
			t.Fatalf("cannot write what was read: %v", err)
		}
		b, err := Parse(out, "again.yaml")
		if err != nil {
			t.Fatalf("written file does not read back: %v\n%s", err, out)
		}
		a.Places, b.Places, a.Source, b.Source = nil, nil, "", ""
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("round trip changed the answers\n%+v\n%+v", a, b)
		}
	})
}
