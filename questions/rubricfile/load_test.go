package rubricfile

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/questions"

	"github.com/citydatakit/wwc/internal/msg"
)

func TestEmbeddedRubric(t *testing.T) {
	r, err := Default()
	if err != nil {
		t.Fatalf("the embedded rubric does not load: %v", err)
	}
	if r.ID != "wwc-2022" || r.Count() != 43 || len(r.Practices) != 8 {
		t.Fatalf("%s: %d criteria in %d practices, want wwc-2022 with 43 in 8", r.ID, r.Count(), len(r.Practices))
	}
	wantPractices := map[string]int{"DM": 9, "LC": 7, "OD": 4, "PA": 5, "BF": 3, "RDC": 8, "CI": 3, "EVAL": 4}
	seen := map[string]bool{}
	for _, p := range r.Practices {
		if len(p.Questions) != wantPractices[p.ID] {
			t.Errorf("practice %s has %d criteria, want %d", p.ID, len(p.Questions), wantPractices[p.ID])
		}
		checkText(t, p.ID+" name", p.Name)
		for i, q := range p.Questions {
			if want := p.ID + strconv.Itoa(i+1); q.ID != want {
				t.Errorf("%s: criterion %d is %s, want %s", p.ID, i+1, q.ID, want)
			}
			if seen[q.ID] {
				t.Errorf("%s appears twice", q.ID)
			}
			seen[q.ID] = true
			checkText(t, q.ID+" title", q.Title)
			checkText(t, q.ID+" question", q.Question)
			checkText(t, q.ID+" guidance", q.Guidance)
			if q.Points() != 1 || len(q.Prerequisites) != 0 || q.Checklist != nil {
				t.Errorf("%s: the 2022 standard has no weights, prerequisites or checklists", q.ID)
			}
		}
	}
	tiers := []struct {
		id       string
		percent  questions.Percent
		outcomes int
	}{{"silver", 5100, 1}, {"gold", 6800, 2}, {"platinum", 8500, 3}}
	if len(r.Tiers) != len(tiers) {
		t.Fatalf("%d tiers", len(r.Tiers))
	}
	for i, want := range tiers {
		got := r.Tiers[i]
		if got.ID != want.id || got.MinPercent != want.percent || got.MinOutcomes != want.outcomes {
			t.Errorf("tier %d = %s %v%% %d, want %s %v%% %d", i, got.ID, got.MinPercent, got.MinOutcomes, want.id, want.percent, want.outcomes)
		}
		checkText(t, got.ID, got.Name)
	}
	if !strings.Contains(string(DefaultYAML()), "ASSUMPTION: platinum") {
		t.Error("the rubric file no longer says that platinum's outcome count is an assumption")
	}
}

// checkText fails when a text is missing a language or is the same in all three (an
// untranslated copy).
func checkText(t *testing.T, what string, tx questions.Text) {
	t.Helper()
	if m := tx.Missing(); len(m) > 0 {
		t.Errorf("%s: no text in %v", what, m)
	}
}

func TestEmbeddedRubricIsTranslated(t *testing.T) {
	r, _ := Default()
	for _, q := range r.Questions() {
		if q.Question.En == q.Question.Es || q.Question.Es == q.Question.Pt {
			t.Errorf("%s: the question reads the same in two languages", q.ID)
		}
	}
}

func TestShippedRubricsLoad(t *testing.T) {
	for _, path := range []string{"../../testdata/rubrics/small.yaml"} {
		if _, err := LoadFile(path); err != nil {
			t.Errorf("%s: %v", path, err)
		}
	}
}

// TestBrokenRubrics checks one broken file per kind of problem: each is refused, and each
// message names the file, the line and the thing that is wrong.
func TestBrokenRubrics(t *testing.T) {
	cases := map[string][]string{
		"unknown-key.yaml":    {"line 26", `unknown key "titel"`},
		"duplicate-key.yaml":  {"line 32", `"prerequisites" is given twice`, "line 31"},
		"duplicate-id.yaml":   {"line 33", "DG2 is defined twice", "line 25"},
		"tier-order.yaml":     {"line 11", "min_percent 45 must be above silver's 50", "min_outcomes 0 must not be below silver's 1"},
		"percent-range.yaml":  {"line 11", "min_percent 120"},
		"bad-percent.yaml":    {"line 13", `"75.125"`},
		"prereq-unknown.yaml": {"line 25", "prerequisite DG9"},
		"prereq-cycle.yaml":   {"DG1 → DG3 → DG2 → DG1"},
		"checklist-min.yaml":  {"line 33", "min_required 5", "(4)"},
		"weight.yaml":         {"line 25", "weight 0"},
		"missing-lang.yaml":   {"line 19", "DG1: question has no text in pt"},
		"not-yaml.yaml":       {"line 4", "not valid YAML"},
	}
	files, _ := filepath.Glob("../../testdata/rubrics/broken/*.yaml")
	if len(files) != len(cases) {
		t.Errorf("%d broken fixtures, %d cases: keep them in step", len(files), len(cases))
	}
	for name, wants := range cases {
		t.Run(name, func(t *testing.T) {
			path := "../../testdata/rubrics/broken/" + name
			_, err := LoadFile(path)
			if err == nil {
				t.Fatal("accepted")
			}
			text := err.Error()
			for _, w := range append(wants, path) {
				if !strings.Contains(text, w) {
					t.Errorf("message lacks %q:\n%s", w, text)
				}
			}
		})
	}
}

func TestValidateReportsEveryProblemAtOnce(t *testing.T) {
	data, err := os.ReadFile("../../testdata/rubrics/small.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	s = strings.Replace(s, "weight: 2", "weight: -1", 1)
	s = strings.Replace(s, "min_required: 3", "min_required: 0", 1)
	s = strings.Replace(s, "prerequisites: [DG1]", "prerequisites: [DG2]", 1)
	s = strings.Replace(s, "version: \"1.0\"", "version: \"\"", 1)
	_, err = Parse([]byte(s), "many.yaml")
	list, ok := err.(msg.List)
	if !ok || len(list) != 4 {
		t.Fatalf("want 4 problems at once, got %T: %v", err, err)
	}
}

func TestValidationMessagesAreLocalized(t *testing.T) {
	_, err := LoadFile("../../testdata/rubrics/broken/weight.yaml")
	es := msg.Text(i18n.For("es"), err)
	if !strings.Contains(es, "línea 25") || !strings.Contains(es, "el peso 0") {
		t.Errorf("Spanish message: %s", es)
	}
}

func BenchmarkLoadDefault(b *testing.B) {
	data := DefaultYAML()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(data, DefaultFile); err != nil {
			b.Fatal(err)
		}
	}
}
