package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// golden compares got with testdata/golden/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("..", "..", "testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./scoring/report -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run with -update if the change is meant):\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

func scoreSample(t *testing.T, file string, opts scoring.Options) (*scoring.Result, *questions.Rubric) {
	t.Helper()
	r, err := questions.Default()
	if err != nil {
		t.Fatal(err)
	}
	a, err := assessment.ReadAnswersFile(filepath.Join("..", "..", "testdata", "cities", file))
	if err != nil {
		t.Fatal(err)
	}
	return scoring.Score(r, a, opts), r
}

// reportDate is the date every golden report carries; the command-line tests set
// SOURCE_DATE_EPOCH to the same day.
var reportDate = time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC)

var samples = []struct{ file, lang string }{
	{"maipu-2024.yaml", "es"},
	{"recife-2024.yaml", "pt"},
	{"lakeside-2025.yaml", "en"},
}

func TestGoldenText(t *testing.T) {
	for _, s := range samples {
		for _, lang := range msg.Languages {
			res, r := scoreSample(t, s.file, scoring.Options{})
			var buf bytes.Buffer
			if err := (textWriter{}).Write(&buf, Input{Result: res, Rubric: r, Cat: msg.For(lang), Date: reportDate}); err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(buf.Bytes(), []byte("\x1b[")) {
				t.Errorf("%s: plain text output has escape codes", s.file)
			}
			golden(t, strings.TrimSuffix(s.file, ".yaml")+"."+lang+".txt", buf.Bytes())
		}
	}
}

func TestGoldenJSON(t *testing.T) {
	for _, s := range samples {
		res, r := scoreSample(t, s.file, scoring.Options{})
		var buf bytes.Buffer
		if err := (jsonWriter{}).Write(&buf, Input{Result: res, Rubric: r, Cat: msg.For(s.lang)}); err != nil {
			t.Fatal(err)
		}
		golden(t, strings.TrimSuffix(s.file, ".yaml")+".json", buf.Bytes())
	}
}

func TestStyledTextHasColorAndSameWords(t *testing.T) {
	res, r := scoreSample(t, "maipu-2024.yaml", scoring.Options{})
	var plain, styled bytes.Buffer
	textWriter{}.Write(&plain, Input{Result: res, Rubric: r, Cat: msg.For("en")})
	textWriter{}.Write(&styled, Input{Result: res, Rubric: r, Cat: msg.For("en"), Styled: true})
	if !bytes.Contains(styled.Bytes(), []byte("\x1b[")) {
		t.Fatal("styled output has no styling")
	}
	if !strings.Contains(styled.String(), "SILVER") || !strings.Contains(styled.String(), "Fugas de agua diarias") {
		t.Errorf("styled output lost words:\n%s", styled.String())
	}
}

func TestJSONResultDocument(t *testing.T) {
	res, r := scoreSample(t, "lakeside-2025.yaml", scoring.Options{RequireEvidence: true})
	var buf bytes.Buffer
	if err := (jsonWriter{}).Write(&buf, Input{Result: res, Rubric: r, Cat: msg.For("en")}); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"format", "city", "country", "year", "rubric", "met", "total", "percent", "tier",
		"outcomes", "practices", "questions", "unanswered", "next_tier"} {
		if _, ok := doc[key]; !ok {
			t.Errorf("result lacks %q", key)
		}
	}
	if doc["format"] != ResultFormat || doc["tier"] != "silver" || doc["capped_by"] != "outcomes" || doc["require_evidence"] != true {
		t.Errorf("format %v tier %v capped_by %v", doc["format"], doc["tier"], doc["capped_by"])
	}
	if p, _ := doc["percent"].(float64); p < 90.69 || p > 90.70 {
		t.Errorf("percent %v is rounded; it must be the exact share", doc["percent"])
	}
}

// TestDynamicMessagesExist covers the message IDs built from codes, which the catalog's scan
// of literal IDs cannot see.
func TestDynamicMessagesExist(t *testing.T) {
	var ids []string
	for _, r := range scoring.Reasons {
		ids = append(ids, "reason."+string(r))
	}
	for _, r := range scoring.MetricReasons {
		ids = append(ids, "metric."+string(r))
	}
	for _, w := range scoring.Whys {
		ids = append(ids, "why."+string(w))
	}
	for _, v := range assessment.Values {
		ids = append(ids, "answer."+v.String())
	}
	for _, d := range []assessment.Direction{assessment.Increase, assessment.Decrease} {
		ids = append(ids, "direction."+d.String())
	}
	ids = append(ids, "plan.criteria", "plan.points", "field.city", "field.country", "field.year")
	for _, k := range []string{"encrypted", "xls", "ods", "numbers", "pdf", "zip", "unknown"} {
		ids = append(ids, "load.kind_"+k)
	}
	for _, lang := range msg.Languages {
		for _, id := range ids {
			if !msg.Has(lang, id) {
				t.Errorf("%s: message %q is missing", lang, id)
			}
		}
	}
}

func TestLookup(t *testing.T) {
	if _, err := Lookup("JSON"); err != nil {
		t.Error(err)
	}
	if _, err := Lookup("pdf"); err == nil || !strings.Contains(err.Error(), "text, md, html, json, csv, xlsx") {
		t.Errorf("unknown format: %v", err)
	}
	if f, ok := ForPath("out/result.JSON"); !ok || f.Name != FormatJSON {
		t.Errorf("ForPath: %v %v", f.Name, ok)
	}
}

// TestGoldenHumanFormats: Markdown, HTML and CSV for a city at its tier and one capped by the
// outcome gate, in each language; the capped one also with a what-if plan.
func TestGoldenHumanFormats(t *testing.T) {
	for _, file := range []string{"maipu-2024.yaml", "lakeside-2025.yaml"} {
		for _, lang := range msg.Languages {
			res, r := scoreSample(t, file, scoring.Options{})
			in := Input{Result: res, Rubric: r, Cat: msg.For(lang), Date: reportDate}
			if file == "lakeside-2025.yaml" {
				a, _ := assessment.ReadAnswersFile(filepath.Join("..", "..", "testdata", "cities", file))
				in.WhatIf = &WhatIf{IDs: []string{"RDC8", "EVAL4"}, After: scoring.WhatIf(r, a, []string{"RDC8", "EVAL4"}, scoring.Options{})}
			}
			for _, format := range []string{FormatMarkdown, FormatHTML, FormatCSV} {
				f, _ := Lookup(format)
				var buf bytes.Buffer
				if err := f.New().Write(&buf, in); err != nil {
					t.Fatal(err)
				}
				golden(t, strings.TrimSuffix(file, ".yaml")+"."+lang+"."+format, buf.Bytes())
			}
		}
	}
}
