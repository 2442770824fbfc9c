package result

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/questions/rubricfile"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// smallRubric is the small custom rubric of the shared test data: weights, a prerequisite
// (DG2 needs DG1) and a checklist (DG3: 3 of 4 items).
func smallRubric(t *testing.T) *questions.Rubric {
	t.Helper()
	r, err := rubricfile.LoadFile(reporttest.Testdata("rubrics", "small.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestGoldenCustomRubric renders a city scored against the small custom rubric: DG2 answered
// yes but held back by its prerequisite DG1, DG3's checklist short of its minimum, and DG1
// suggested first because it unlocks DG2. The default rubric has neither prerequisites nor
// checklists, so no other golden file shows these reasons.
func TestGoldenCustomRubric(t *testing.T) {
	r := smallRubric(t)
	a, err := answers.Read(filepath.Join("testdata", "small-city.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := assessment.Check(a, r); err != nil {
		t.Fatal(err)
	}
	res := scoring.Score(r, a, scoring.Options{})
	for _, lang := range []string{"en", "es"} {
		for _, format := range []string{render.FormatText, render.FormatMarkdown, render.FormatJSON} {
			f, ok := Formats.Lookup(format)
			if !ok {
				t.Fatal(format)
			}
			var buf bytes.Buffer
			if err := f.New().Write(&buf, Input{Result: res, Rubric: r, Cat: i18n.For(lang), Date: reporttest.Date}); err != nil {
				t.Fatal(err)
			}
			reporttest.Golden(t, "small-city."+lang+"."+format, buf.Bytes())
		}
	}
}

// TestCustomRubricReasonsRendered scores every combination of answers to the small rubric
// (DG1 and DG2 each met, not met, in progress or unanswered; each of DG3's four checklist
// items yes, no or not given) and checks, in Markdown, text and JSON, in English and
// Spanish, that the report says why each criterion earns nothing: DG2's missing prerequisite
// exactly when DG2 is met on its own answer and DG1 is not, DG3's checklist count exactly when
// too few items hold, and that DG1 unlocks DG2 exactly when DG1 is suggested for that reason.
func TestCustomRubricReasonsRendered(t *testing.T) {
	r := smallRubric(t)
	values := []assessment.Value{assessment.Met, assessment.NotMet, assessment.InProgress, assessment.Unanswered}
	items := []string{"inventory", "quality", "privacy", "security"}
	itemValues := []assessment.Value{assessment.Met, assessment.NotMet, assessment.Unanswered}
	base, current := 10.0, 8.0
	outcomes := []assessment.Metric{{Name: "Response time", Direction: assessment.Decrease, Baseline: &base, Current: &current}}
	combos := 0
	for _, dg1 := range values {
		for _, dg2 := range values {
			for mask := 0; mask < 81; mask++ {
				checklist := map[string]assessment.Value{}
				yes := 0
				for i, m := 0, mask; i < len(items); i, m = i+1, m/3 {
					v := itemValues[m%3]
					if v == assessment.Unanswered {
						continue
					}
					checklist[questions.NormalizeID(items[i])] = v
					if v == assessment.Met {
						yes++
					}
				}
				a := &assessment.Assessment{
					Rubric: assessment.RubricRef{ID: r.ID, Version: r.Version}, City: "Smallville", Year: 2025,
					Answers: map[string]assessment.Answer{
						"DG1": {Value: dg1}, "DG2": {Value: dg2}, "DG3": {Checklist: checklist},
					},
					Outcomes: outcomes,
				}
				res := scoring.Score(r, a, scoring.Options{})
				combos++
				name := fmt.Sprintf("DG1=%v DG2=%v DG3=%v", dg1, dg2, checklist)
				wantPrereq := dg2 == assessment.Met && dg1 != assessment.Met
				wantList := yes < 3 && len(checklist) > 0
				wantUnlocks := res.Next != nil && dg1 != assessment.Met && dg1 != assessment.InProgress
				for _, lang := range []string{"en", "es"} {
					c := i18n.For(lang)
					prereq := c.T("reason.prerequisite", msg.Args{"IDs": "DG1", "Count": 1})
					list := c.T("reason.checklist", msg.Args{"Met": yes, "Needed": 3})
					unlocks := c.T("why.unlocks", msg.Args{"IDs": "DG2"})
					in := Input{Result: res, Rubric: r, Cat: c, Date: reporttest.Date}
					md := renderAs(t, render.FormatMarkdown, in)
					text := renderAs(t, render.FormatText, in)
					check := func(what, doc, needle string, want bool) {
						if strings.Contains(doc, needle) != want {
							t.Errorf("%s, %s %s: %q shown: %v, want %v\n%s", name, lang, what, needle, !want, want, doc)
						}
					}
					check("md", rowOf(md, "| DG2 |", "## "), prereq, wantPrereq)
					check("md", rowOf(md, "| DG3 |", "## "), list, wantList)
					check("md", md, unlocks, wantUnlocks)
					check("text", text, unlocks, wantUnlocks)
				}
				var doc struct {
					Questions []struct {
						ID        string   `json:"id"`
						Reason    string   `json:"reason"`
						Missing   []string `json:"missing_prerequisites"`
						Checklist *struct {
							Met    int `json:"met"`
							Needed int `json:"needed"`
						} `json:"checklist"`
					} `json:"questions"`
					Next *struct {
						Suggested []struct {
							ID      string   `json:"id"`
							Why     string   `json:"why"`
							Unlocks []string `json:"unlocks"`
						} `json:"suggested"`
					} `json:"next_tier"`
				}
				if err := json.Unmarshal([]byte(renderAs(t, render.FormatJSON, Input{Result: res, Rubric: r, Cat: i18n.For("en")})), &doc); err != nil {
					t.Fatal(err)
				}
				q := doc.Questions
				if got := q[1].Reason == "prerequisite" && len(q[1].Missing) == 1 && q[1].Missing[0] == "DG1"; got != wantPrereq {
					t.Errorf("%s: JSON DG2 %+v, want the prerequisite reason: %v", name, q[1], wantPrereq)
				}
				if got := q[2].Reason == "checklist" && q[2].Checklist != nil && q[2].Checklist.Met == yes && q[2].Checklist.Needed == 3; got != wantList {
					t.Errorf("%s: JSON DG3 %+v, want the checklist reason: %v", name, q[2], wantList)
				}
				gotUnlocks := false
				if doc.Next != nil {
					for _, s := range doc.Next.Suggested {
						if s.ID == "DG1" && s.Why == "unlocks" && len(s.Unlocks) == 1 && s.Unlocks[0] == "DG2" {
							gotUnlocks = true
						}
					}
				}
				if gotUnlocks != wantUnlocks {
					t.Errorf("%s: JSON says DG1 unlocks DG2: %v, want %v", name, gotUnlocks, wantUnlocks)
				}
			}
		}
	}
	if combos != 4*4*81 {
		t.Fatalf("%d combinations", combos)
	}
}

// renderAs writes in in the named format.
func renderAs(t *testing.T, format string, in Input) string {
	t.Helper()
	f, ok := Formats.Lookup(format)
	if !ok {
		t.Fatal(format)
	}
	var buf bytes.Buffer
	if err := f.New().Write(&buf, in); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// rowOf is the last line of doc that starts with prefix, in the section after the last line
// starting with section: the "every criterion" table's row for a criterion.
func rowOf(doc, prefix, section string) string {
	lines := strings.Split(doc, "\n")
	row := ""
	for _, l := range lines {
		if strings.HasPrefix(l, section) {
			row = ""
		}
		if strings.HasPrefix(l, prefix) {
			row = l
		}
	}
	return row
}
