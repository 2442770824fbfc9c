package reviewbook

import (
	"bytes"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/assessment/xlsx"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/questions/rubricfile"
	"github.com/xuri/excelize/v2"
)

// TestTemplateReadsBack: the review workbook wwc writes, in every language, reads back as a
// complete review of its submission with no decision; filled with decisions in the
// dropdown's words, it reads them with the answers it shows. Text the city typed that looks
// like a formula is written inert.
func TestTemplateReadsBack(t *testing.T) {
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../../testdata/cities/*.yaml")
	rng := rand.New(rand.NewSource(9))
	for _, file := range files {
		sub, err := answers.Read(file)
		if err != nil {
			t.Fatal(err)
		}
		sub.Answers["DM2"] = assessment.Answer{Value: assessment.Met, Evidence: "=HYPERLINK(\"http://x\")", Notes: "+1 línea"}
		for _, lang := range i18n.Languages {
			c := i18n.For(lang)
			want := assessment.ReviewedSubmission{File: filepath.Base(file), City: sub.City, Country: sub.Country, Year: sub.Year,
				Rubric: assessment.RubricRef{ID: r.ID, Version: r.Version}, SHA256: answers.Digest(sub)}
			var buf bytes.Buffer
			if err := xlsx.WriteReviewTemplate(&buf, xlsx.ReviewTemplate{Rubric: r, Cat: c, Sub: sub, Submission: want}); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), "review.xlsx")
			os.WriteFile(path, buf.Bytes(), 0o644)
			res, err := ReadFile(path, XLSX)
			if err != nil {
				t.Fatalf("%s %s: %v", file, lang, err)
			}
			if !res.Details || !res.Answers || res.Review.Submission != want || len(res.Review.Criteria)+len(res.Review.Metrics) != 0 || res.Lang != lang {
				t.Fatalf("%s %s: %+v", file, lang, res)
			}
			for _, q := range r.Questions() {
				id := questions.NormalizeID(q.ID)
				if res.Shown[id] != sub.Answer(id).Value {
					t.Fatalf("%s %s: %s shows %v, want %v", file, lang, id, res.Shown[id], sub.Answer(id).Value)
				}
			}
			inert(t, path, c.T("template.sheet.criteria"))
			fill(t, path, c, sub, rng)
		}
	}
}

// fill types a decision from the dropdown on every criterion and metric and reads it back.
func fill(t *testing.T, path string, c *i18n.Catalog, sub *assessment.Assessment, rng *rand.Rand) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]assessment.Decision{c.T("revbook.word.accepted"): assessment.Accepted,
		c.T("revbook.word.not_accepted"): assessment.NotAccepted, c.T("revbook.word.clarification"): assessment.Clarification}
	list := []string{c.T("revbook.word.accepted"), c.T("revbook.word.not_accepted"), c.T("revbook.word.clarification")}
	want := map[string]assessment.Decision{}
	for _, sheet := range []string{c.T("template.sheet.criteria"), c.T("revbook.sheet.metrics")} {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for i, row := range rows {
			if i < 3 || len(row) == 0 || strings.Contains(row[0], " · ") {
				continue
			}
			col := "H"
			if sheet != c.T("template.sheet.criteria") {
				col = "J"
			}
			w := list[rng.Intn(3)]
			f.SetCellStr(sheet, col+itoa(i+1), w)
			want[strings.TrimPrefix(row[0], "'")] = words[w]
		}
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	f.Close()
	res, err := ReadFile(path, XLSX)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(res.Review.Criteria) + len(res.Review.Metrics); got != len(want) || len(res.Review.Metrics) != len(sub.Outcomes) {
		t.Fatalf("%s: read %d decisions, typed %d", c.Lang(), got, len(want))
	}
	for key, d := range want {
		item, ok := res.Review.Criteria[questions.NormalizeID(key)]
		if !ok {
			item = res.Review.Metrics[key]
		}
		if item.Decision != d {
			t.Fatalf("%s: %s read %v, typed %v", c.Lang(), key, item.Decision, d)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// inert checks that the city's formula-looking evidence and notes are text with an apostrophe.
func inert(t *testing.T, path, sheet string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(sheet)
	for i, row := range rows {
		if len(row) > 5 && row[0] == "DM2" {
			formula, _ := f.GetCellFormula(sheet, "E"+strconv.Itoa(i+1))
			if formula != "" || row[4] != `'=HYPERLINK("http://x")` || row[5] != "'+1 línea" {
				t.Fatalf("not inert: %q %q %q", formula, row[4], row[5])
			}
			return
		}
	}
	t.Fatal("DM2 not found")
}
