package schemas_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/assessment/reviewfile"

	"github.com/citydatakit/wwc/questions/rubricfile"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/docs/schemas"
	"github.com/citydatakit/wwc/internal/schematest"
	"github.com/citydatakit/wwc/scoring"
	"github.com/rogpeppe/go-internal/txtar"
)

const root = "../.."

// TestSchemasCompile checks that each file is a valid draft 2020-12 schema, carries its $id
// and title, and declares the format it is named after.
func TestSchemasCompile(t *testing.T) {
	if err := schematest.Compile(); err != nil {
		t.Fatal(err)
	}
	for _, f := range schemas.Formats {
		s := schemaOf(t, f)
		if s["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
			t.Errorf("%s: $schema is %v, want draft 2020-12", schemas.FileName(f), s["$schema"])
		}
		if s["$id"] != schemas.URL(f) {
			t.Errorf("%s: $id is %v, want %s", schemas.FileName(f), s["$id"], schemas.URL(f))
		}
		if got := at(t, s, "/properties/format/const"); got != f {
			t.Errorf("%s: format const is %v, want %s", schemas.FileName(f), got, f)
		}
		if s["title"] == nil || s["description"] == nil {
			t.Errorf("%s: needs a title and a description", schemas.FileName(f))
		}
	}
	if _, ok := schemas.Schema("wwc-nothing/1"); ok {
		t.Error("an unknown format has a schema")
	}
}

// TestEveryPropertyIsDescribed: the descriptions are the documentation of the formats.
func TestEveryPropertyIsDescribed(t *testing.T) {
	for _, f := range schemas.Formats {
		var walk func(path string, v any)
		walk = func(path string, v any) {
			switch x := v.(type) {
			case map[string]any:
				if props, ok := x["properties"].(map[string]any); ok {
					for name, p := range props {
						if d, _ := p.(map[string]any)["description"].(string); strings.TrimSpace(d) == "" {
							t.Errorf("%s: %s/properties/%s has no description", schemas.FileName(f), path, name)
						}
					}
				}
				for k, e := range x {
					walk(path+"/"+k, e)
				}
			case []any:
				for i, e := range x {
					walk(path+"/"+jsonIndex(i), e)
				}
			}
		}
		walk("", schemaOf(t, f))
	}
}

// TestGoldenDocumentsMatchTheirSchemas validates every JSON document the report tests hold
// (golden files) and every saved result used as a fixture.
func TestGoldenDocumentsMatchTheirSchemas(t *testing.T) {
	var files []string
	for _, pattern := range []string{"testdata/golden/*.json", "testdata/results/*.json"} {
		m, _ := filepath.Glob(filepath.Join(root, pattern))
		files = append(files, m...)
	}
	if len(files) < 10 {
		t.Fatalf("found only %d golden JSON files; has testdata moved?", len(files))
	}
	seen := map[string]int{}
	for _, f := range files {
		data := read(t, f)
		format := schematest.Format(data)
		if format == "" {
			t.Errorf("%s declares no format with a schema", rel(f))
			continue
		}
		seen[format]++
		if err := schematest.ValidateJSON(rel(f), data); err != nil {
			t.Error(err)
		}
	}
	for _, f := range []string{"wwc-result/1", "wwc-diff/1", "wwc-trend/1"} {
		if seen[f] == 0 {
			t.Errorf("no golden %s document was checked", f)
		}
	}
}

// TestSampleAnswersFiles checks the sample cities as an editor would read them (YAML), and
// what the answers-file writer makes of every sample city and producer workbook, in YAML and
// in JSON.
func TestSampleAnswersFiles(t *testing.T) {
	cities, _ := filepath.Glob(filepath.Join(root, "testdata/cities/*.yaml"))
	if len(cities) == 0 {
		t.Fatal("no sample cities found")
	}
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, q := range r.Questions() {
		order = append(order, q.ID)
	}
	for _, f := range cities {
		data := read(t, f)
		if err := schematest.ValidateYAML(rel(f), data); err != nil {
			t.Error(err)
		}
		a, err := answers.Parse(data, rel(f))
		if err != nil {
			t.Fatalf("%s: %v", rel(f), err)
		}
		checkWritten(t, rel(f), a, order)
		// The editors' first line, which wwc assess may write, changes nothing for the reader.
		withLine := append([]byte(schemas.EditorLine(answers.Format)+"\n"), data...)
		if _, err := answers.Parse(withLine, rel(f)); err != nil {
			t.Errorf("%s with the yaml-language-server line: %v", rel(f), err)
		}
	}
	// Workbooks and CSV tables, as an answers file would hold them once imported.
	var tables []string
	for _, pattern := range []string{"testdata/producers/*/*.xlsx", "testdata/csv/maipu-*.csv"} {
		m, _ := filepath.Glob(filepath.Join(root, pattern))
		tables = append(tables, m...)
	}
	if len(tables) < 10 {
		t.Fatalf("found only %d sample workbooks and tables", len(tables))
	}
	for _, f := range tables {
		var opts load.Options
		if strings.HasSuffix(f, ".csv") {
			if strings.Contains(f, "outcomes") {
				continue
			}
			opts.Outcomes = filepath.Join(root, "testdata/csv/maipu-outcomes.csv")
		}
		a, err := load.File(f, opts)
		if err != nil {
			t.Errorf("%s: %v", rel(f), err)
			continue
		}
		checkWritten(t, rel(f), a, order)
	}
}

// checkWritten validates the answers file the writer makes of a, in both encodings.
func checkWritten(t *testing.T, name string, a *assessment.Assessment, order []string) {
	t.Helper()
	y, err := answers.MarshalYAML(a, order)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if err := schematest.ValidateYAML(name+" written as YAML", y); err != nil {
		t.Error(err)
	}
	j, err := answers.MarshalJSON(a, order)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if err := schematest.ValidateJSON(name+" written as JSON", j); err != nil {
		t.Error(err)
	}
}

// TestScriptFiles checks the documents embedded in the command-line scripts: each JSON
// document against its schema, and each answers file the same way the reader judges it (the
// broken ones there are broken on purpose, and the schema must see it too).
func TestScriptFiles(t *testing.T) {
	scripts, _ := filepath.Glob(filepath.Join(root, "cmd/wwc/testdata/script/*.txtar"))
	if len(scripts) == 0 {
		t.Fatal("no scripts found")
	}
	checked := 0
	for _, s := range scripts {
		ar, err := txtar.ParseFile(s)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range ar.Files {
			name := rel(s) + ": " + f.Name
			switch strings.ToLower(filepath.Ext(f.Name)) {
			case ".json":
				if schematest.Format(f.Data) != "" {
					checked++
					if err := schematest.ValidateJSON(name, f.Data); err != nil {
						t.Error(err)
					}
				}
			case ".yaml", ".yml":
				if !bytes.Contains(f.Data, []byte(answers.Format)) {
					continue // a rubric or a settings file
				}
				checked++
				_, readErr := answers.Parse(f.Data, f.Name)
				schemaErr := schematest.ValidateYAML(name, f.Data)
				if (readErr == nil) != (schemaErr == nil) {
					t.Errorf("%s: the reader says %v, the schema says %v", name, readErr, schemaErr)
				}
			}
		}
	}
	if checked == 0 {
		t.Error("no answers file or JSON document found in the scripts")
	}
}

// TestEnumsMatchTheCode keeps the schemas' closed lists equal to the code's.
func TestEnumsMatchTheCode(t *testing.T) {
	str := func(list any) []string {
		var out []string
		switch x := list.(type) {
		case []scoring.Reason:
			for _, v := range x {
				out = append(out, string(v))
			}
		case []scoring.MetricReason:
			for _, v := range x {
				out = append(out, string(v))
			}
		case []scoring.Why:
			for _, v := range x {
				out = append(out, string(v))
			}
		case []scoring.MetricChangeKind:
			for _, v := range x {
				out = append(out, string(v))
			}
		case []scoring.HistoryKind:
			for _, v := range x {
				out = append(out, string(v))
			}
		case []assessment.Value:
			for _, v := range x {
				out = append(out, v.String())
			}
		case []string:
			out = x
		}
		return out
	}
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	tiers := append([]string{scoring.TierNone}, r.TierIDs()...)
	result, diff, batch := schemaOf(t, "wwc-result/1"), schemaOf(t, "wwc-diff/1"), schemaOf(t, "wwc-batch/1")
	export := schemaOf(t, "wwc-export/1")
	for _, c := range []struct {
		schema  map[string]any
		pointer string
		want    []string
	}{
		{result, "/$defs/question/properties/reason/enum", str(scoring.Reasons)},
		{result, "/$defs/question/properties/answer/enum", str(assessment.Values)},
		{result, "/$defs/metric/properties/reason/enum", str(scoring.MetricReasons)},
		{result, "/properties/next_tier/oneOf/1/properties/suggested/items/properties/why/enum", str(scoring.Whys)},
		{result, "/properties/lang/enum", i18n.Languages},
		{result, "/$defs/tier/enum", tiers},
		{diff, "/properties/outcomes/items/properties/change/enum", str(scoring.MetricChangeKinds)},
		{diff, "/properties/answers_changed/items/properties/from/enum", str(assessment.Values)},
		{diff, "/$defs/tier/enum", tiers},
		{batch, "/$defs/tier/enum", tiers},
		{schemaOf(t, "wwc-trend/1"), "/$defs/tier/enum", tiers},
		{export, "/$defs/criterion/properties/reason/enum", append([]string{""}, str(scoring.Reasons)...)},
		{export, "/$defs/criterion/properties/answer/enum", str(assessment.Values)},
		{export, "/$defs/outcome/properties/reason/enum", append([]string{""}, str(scoring.MetricReasons)...)},
		{schemaOf(t, "wwc-review-compare/1"), "/properties/kappa_band/enum", scoring.KappaBands},
		{schemaOf(t, "wwc-trend/1"), "/$defs/change/properties/change/enum", str(scoring.HistoryKinds)},
	} {
		got := str(toStrings(at(t, c.schema, c.pointer)))
		if !sameSet(got, c.want) {
			t.Errorf("%s: %v, the code has %v", c.pointer, got, c.want)
		}
	}
}

// TestBrokenDocumentsFail proves the check has teeth: each way of breaking a golden document
// fails, and the message names the file and the place.
func TestBrokenDocumentsFail(t *testing.T) {
	golden := func(name string) map[string]any {
		var d map[string]any
		if err := json.Unmarshal(read(t, filepath.Join(root, "testdata/golden", name)), &d); err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, c := range []struct {
		file, place string
		breakIt     func(d map[string]any)
	}{
		{"maipu-2024.en.json", "/tier", func(d map[string]any) { d["tier"] = "bronze" }},
		{"maipu-2024.en.json", "/percent", func(d map[string]any) { d["percent"] = "58%" }},
		{"maipu-2024.en.json", "/", func(d map[string]any) { delete(d, "questions") }},
		{"maipu-2024.en.json", "/", func(d map[string]any) { d["score"] = 1 }},
		{"maipu-2024.en.json", "/questions/0/answer", func(d map[string]any) {
			d["questions"].([]any)[0].(map[string]any)["answer"] = "yes"
		}},
		{"maipu-2024.en.json", "/outcomes/metrics/0/direction", func(d map[string]any) {
			d["outcomes"].(map[string]any)["metrics"].([]any)[0].(map[string]any)["direction"] = "up"
		}},
		{"maipu-2024.en.json", "/notices/0", func(d map[string]any) { d["notices"] = []any{map[string]any{"text": "no code"}} }},
		{"diff-drop.en.json", "/tier_change", func(d map[string]any) { d["tier_change"] = "same" }},
		{"diff-drop.en.json", "/practices/0/old", func(d map[string]any) {
			d["practices"].([]any)[0].(map[string]any)["old"] = 101
		}},
		{"trend-maipu.en.json", "/first_met/DM1", func(d map[string]any) { d["first_met"].(map[string]any)["DM1"] = "2022" }},
		{"trend-maipu.en.json", "/", func(d map[string]any) { d["format"] = "wwc-trend/2" }},
	} {
		d := golden(c.file)
		c.breakIt(d)
		data, _ := json.Marshal(d)
		err := schematest.ValidateJSON(c.file, data)
		if err == nil {
			t.Errorf("%s broken at %s still validates", c.file, c.place)
			continue
		}
		if !strings.Contains(err.Error(), c.file) || !strings.Contains(err.Error(), c.place) {
			t.Errorf("%s broken at %s: the message does not name both:\n%v", c.file, c.place, err)
		}
	}
}

// TestDocumentsStillToComeAreAllowed: fields that parallel work adds to the documents
// validate now (notices on results, lang on answers files, nulls and error lists on failed
// batch rows, skipped-file counts on the batch summary).
func TestDocumentsStillToComeAreAllowed(t *testing.T) {
	var res map[string]any
	if err := json.Unmarshal(read(t, filepath.Join(root, "testdata/golden/maipu-2024.es.json")), &res); err != nil {
		t.Fatal(err)
	}
	res["notices"] = []any{
		map[string]any{"code": "no_outcomes_sheet", "text": "no se encontró una hoja de resultados"},
		map[string]any{"code": "decimal_convention", "text": "20.000 se leyó como 20000", "place": `hoja "Indicadores", celda D3`},
	}
	data, _ := json.Marshal(res)
	if err := schematest.ValidateJSON("result with notices", data); err != nil {
		t.Error(err)
	}
	answers := "format: wwc-answers/1\nlang: pt\ncity: Recife\nanswers:\n  DM1: sim\n"
	if err := schematest.ValidateYAML("answers with lang", []byte(answers)); err != nil {
		t.Error(err)
	}
	batch := `{"format": "wwc-batch/1", "rubric": {"id": "wwc-2022", "version": "2022.1"},
	  "submissions": [
	    {"file": "a.xlsx", "city": "Maipú", "country": "Chile", "year": 2024, "met": 25, "total": 43,
	     "percent": 58.1, "tier": "silver", "outcomes_counted": 1, "unanswered": 2, "practices": {"DM": 77.7}},
	    {"file": "b.xlsx", "met": null, "total": null, "percent": null, "outcomes_counted": null,
	     "unanswered": null, "errors": ["b.xlsx is a PDF"]}],
	  "scored": 1, "failed": 1, "tiers": {"silver": 1}, "practices": [{"id": "DM", "percent": 77.7}],
	  "criteria": [{"id": "DM1", "met": 1, "of": 1, "rate": 100}], "duplicates": [],
	  "counted": 1, "skipped": [{"file": "~$a.xlsx", "reason": "lock"}, {"file": "env.csv", "reason": "link_outside"}]}`
	if err := schematest.ValidateJSON("batch with nulls and skipped files", []byte(batch)); err != nil {
		t.Error(err)
	}
}

func schemaOf(t *testing.T, format string) map[string]any {
	t.Helper()
	data, ok := schemas.Schema(format)
	if !ok {
		t.Fatalf("no schema for %s", format)
	}
	var s map[string]any
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatalf("%s: %v", schemas.FileName(format), err)
	}
	return s
}

// at follows a JSON pointer through a decoded schema.
func at(t *testing.T, v any, pointer string) any {
	t.Helper()
	for _, p := range strings.Split(strings.TrimPrefix(pointer, "/"), "/") {
		switch x := v.(type) {
		case map[string]any:
			v = x[p]
		case []any:
			i := 0
			for _, c := range p {
				i = i*10 + int(c-'0')
			}
			if i >= len(x) {
				t.Fatalf("%s: index %d out of range", pointer, i)
			}
			v = x[i]
		default:
			t.Fatalf("%s: nothing at %s", pointer, p)
		}
	}
	return v
}

func toStrings(v any) []string {
	list, _ := v.([]any)
	var out []string
	for _, e := range list {
		s, _ := e.(string)
		out = append(out, s)
	}
	return out
}

func sameSet(a, b []string) bool {
	a, b = append([]string{}, a...), append([]string{}, b...)
	sort.Strings(a)
	sort.Strings(b)
	return strings.Join(a, "\x00") == strings.Join(b, "\x00")
}

func jsonIndex(i int) string { b, _ := json.Marshal(i); return string(b) }

func read(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// rel names a file from the repository's root, as a person would look for it.
func rel(path string) string {
	if r, err := filepath.Rel(root, path); err == nil {
		return filepath.ToSlash(r)
	}
	return path
}

// TestAnswersFilesNameTheirSchema: the first line wwc writes in an answers file names the
// published schema of its format, at the address the schemas are published.
func TestAnswersFilesNameTheirSchema(t *testing.T) {
	if answers.SchemaURL != schemas.URL(answers.Format) || answers.EditorLine != schemas.EditorLine(answers.Format) {
		t.Errorf("answers.EditorLine %q, want %q", answers.EditorLine, schemas.EditorLine(answers.Format))
	}
	data, err := answers.MarshalYAML(assessment.New(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if first, _, _ := strings.Cut(string(data), "\n"); first != schemas.EditorLine(answers.Format) {
		t.Errorf("first line %q", first)
	}
}

// TestReviewFilesMatchTheirSchema: review files wwc writes, from generated decisions, are
// valid against the published schema, and name it on their first line.
func TestReviewFilesMatchTheirSchema(t *testing.T) {
	rng := rand.New(rand.NewSource(16))
	for i := 0; i < 50; i++ {
		rev := assessment.NewReview()
		rev.Reviewer = "Ana Pérez"
		rev.Submission = assessment.ReviewedSubmission{File: "maipu-2024.yaml", City: "Maipú", Year: 2024,
			Rubric: assessment.RubricRef{ID: "wwc-2022", Version: "2022.1"}, SHA256: "ab12"}
		for j := rng.Intn(10); j > 0; j-- {
			rev.Criteria[fmt.Sprintf("DM%d", 1+rng.Intn(9))] = assessment.ReviewItem{Decision: assessment.Decisions[rng.Intn(3)],
				Answer: assessment.Values[rng.Intn(4)], Comment: "falta el acta", Date: "2026-11-21"}
		}
		if rng.Intn(2) == 0 {
			rev.Metrics["Fugas de agua diarias"] = assessment.ReviewItem{Decision: assessment.Clarification}
		}
		data, err := reviewfile.Marshal(rev, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := schematest.ValidateYAML("review.yaml", data); err != nil {
			t.Fatalf("%v\n%s", err, data)
		}
		if first, _, _ := strings.Cut(string(data), "\n"); first != schemas.EditorLine(reviewfile.Format) {
			t.Errorf("first line %q", first)
		}
	}
}
