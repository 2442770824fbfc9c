package xlsx

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment/answers"

	"github.com/citydatakit/wwc/questions/rubricfile"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/xuri/excelize/v2"
)

func rubric(t testing.TB) *questions.Rubric {
	t.Helper()
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func writeTemplate(t testing.TB, dir, lang string, from *assessment.Assessment) string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteTemplate(&buf, Template{Rubric: rubric(t), Cat: i18n.For(lang), From: from}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, lang+".xlsx")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// comparable strips what depends on where an assessment was read from.
func comparable(a *assessment.Assessment) *assessment.Assessment {
	c := *a
	// What the reader says about how it read (notices) is not what was written.
	c.Source, c.Places, c.Rubric, c.Notices = "", nil, assessment.RubricRef{}, nil
	given := map[string]assessment.Answer{}
	for id, ans := range a.Answers {
		if ans.Value != assessment.Unanswered || ans.Evidence != "" || ans.Notes != "" {
			given[id] = ans
		}
	}
	c.Answers = given
	return &c
}

// TestTemplateRoundTrip: a workbook written from answers reads back to the same answers,
// evidence, notes, outcome metrics and city details, in each language.
func TestTemplateRoundTrip(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/cities/*.yaml")
	if len(files) == 0 {
		t.Fatal("no sample cities")
	}
	for _, file := range files {
		want, err := answers.Read(file)
		if err != nil {
			t.Fatal(err)
		}
		want.Answers["DM1"] = assessment.Answer{Value: assessment.Met, Evidence: "=HYPERLINK(\"x\")", Notes: "línea 1\nlínea 2"}
		for _, lang := range i18n.Languages {
			path := writeTemplate(t, t.TempDir(), lang, want)
			got, err := Read(path)
			if err != nil {
				t.Fatalf("%s in %s: %v", file, lang, err)
			}
			if !reflect.DeepEqual(comparable(want), comparable(got)) {
				t.Errorf("%s in %s: the workbook does not read back the same\nwant %+v\ngot  %+v", file, lang, comparable(want), comparable(got))
			}
		}
	}
}

// TestTemplateAnswersTemplate: a workbook read into answers and written again reads the same.
func TestTemplateAnswersTemplate(t *testing.T) {
	src, err := answers.Read("../../testdata/cities/recife-2024.yaml")
	if err != nil {
		t.Fatal(err)
	}
	first, err := Read(writeTemplate(t, t.TempDir(), "pt", src))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "answers.yaml")
	if err := answers.Write(file, first, nil); err != nil {
		t.Fatal(err)
	}
	middle, err := answers.Read(file)
	if err != nil {
		t.Fatal(err)
	}
	second, err := Read(writeTemplate(t, dir, "es", middle))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(comparable(first), comparable(second)) {
		t.Errorf("template -> answers -> template changed the answers\nfirst  %+v\nsecond %+v", comparable(first), comparable(second))
	}
}

func TestEmptyTemplateReads(t *testing.T) {
	for _, lang := range i18n.Languages {
		a, err := Read(writeTemplate(t, t.TempDir(), lang, nil))
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		if len(comparable(a).Answers) != 0 || len(a.Outcomes) != 0 {
			t.Errorf("%s: an empty template reads as %d answers, %d metrics", lang, len(a.Answers), len(a.Outcomes))
		}
	}
}

func TestTemplateHasTheCareAskedFor(t *testing.T) {
	r := rubric(t)
	a, _ := answers.Read("../../testdata/cities/maipu-2024.yaml")
	path := writeTemplate(t, t.TempDir(), "es", a)
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !reflect.DeepEqual(got, []string{"Instrucciones", "Ciudad", "Criterios", "Resultados", "Listas"}) {
		t.Errorf("sheets %v", got)
	}
	if visible, _ := f.GetSheetVisible("Listas"); visible {
		t.Error("the lists sheet is visible")
	}
	// The tally: a formula with its value cached.
	formula, _ := f.GetCellFormula("Criterios", "D2")
	value, _ := f.GetCellValue("Criterios", "D2")
	if formula == "" || value != "25" {
		t.Errorf("tally D2: formula %q value %q; want a COUNTIF with 25 cached", formula, value)
	}
	// Dropdowns on the answer and direction columns, from the hidden sheet.
	dvs, _ := f.GetDataValidations("Criterios")
	if len(dvs) != 1 || dvs[0].Formula1 == "" {
		t.Errorf("answer dropdown: %+v", dvs)
	}
	dvs, _ = f.GetDataValidations("Resultados")
	if len(dvs) != 1 {
		t.Errorf("direction dropdown: %+v", dvs)
	}
	panes, _ := f.GetPanes("Criterios")
	if !panes.Freeze || panes.YSplit != headerRow {
		t.Errorf("header not frozen: %+v", panes)
	}
	cf, _ := f.GetConditionalFormats("Criterios")
	if len(cf) == 0 {
		t.Error("no conditional colors on answers")
	}
	if n := r.Count(); n != 43 {
		t.Fatal(n)
	}
}

// TestTemplateSaysWhatWasCarriedOver: a workbook that starts a new year from an earlier one's
// answers says so on its instructions sheet, in its own language, and only then.
func TestTemplateSaysWhatWasCarriedOver(t *testing.T) {
	for _, lang := range i18n.Languages {
		for _, carried := range []bool{false, true} {
			a, err := answers.Read("../../testdata/cities/maipu-2024.yaml")
			if err != nil {
				t.Fatal(err)
			}
			a.Year = 2025
			tpl := Template{Rubric: rubric(t), Cat: i18n.For(lang), From: a}
			if carried {
				tpl.CarriedFrom, tpl.CarriedYear = "maipu-2024.yaml", 2024
			}
			var buf bytes.Buffer
			if err := WriteTemplate(&buf, tpl); err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenReader(&buf)
			if err != nil {
				t.Fatal(err)
			}
			c := i18n.For(lang)
			rows, _ := f.GetRows(c.T("template.sheet.instructions"))
			year, _ := f.GetCellValue(c.T("template.sheet.city"), "B3")
			f.Close()
			var text []string
			for _, r := range rows {
				text = append(text, strings.Join(r, " "))
			}
			all := strings.Join(text, "\n")
			want := c.T("template.instr.carried", msg.Args{"File": "maipu-2024.yaml", "From": 2024, "Year": 2025})
			if has := strings.Contains(all, want); has != carried {
				t.Errorf("%s, carried over %v: the instructions say %q: %v\n%s", lang, carried, want, has, all)
			}
			if strings.Contains(all, "<no value>") {
				t.Errorf("%s: a message lacks an argument:\n%s", lang, all)
			}
			if carried && !strings.Contains(all, "2024") {
				t.Errorf("%s: the earlier year is not named", lang)
			}
			if year != "2025" {
				t.Errorf("%s: the City sheet says year %q, want 2025", lang, year)
			}
		}
	}
}

// TestInstructionsPrintWhole: the instructions sheet prints on landscape pages one page wide,
// and a line longer than its column wraps in a taller row instead of running off the page.
func TestInstructionsPrintWhole(t *testing.T) {
	for _, lang := range i18n.Languages {
		f, err := excelize.OpenFile(writeTemplate(t, t.TempDir(), lang, nil))
		if err != nil {
			t.Fatal(err)
		}
		s := f.GetSheetName(0)
		lay, err := f.GetPageLayout(s)
		if err != nil {
			t.Fatal(err)
		}
		if lay.Orientation == nil || *lay.Orientation != "landscape" || lay.FitToWidth == nil || *lay.FitToWidth != 1 {
			t.Errorf("%s: %s does not print landscape, one page wide", lang, s)
		}
		rows, _ := f.GetRows(s)
		long := 0
		for i, r := range rows {
			if i == 0 || len(r) == 0 || wrappedLines(r[0], instrChars) == 1 { // the title is short and large
				continue
			}
			long++
			h, _ := f.GetRowHeight(s, i+1)
			style, _ := f.GetCellStyle(s, fmt.Sprintf("A%d", i+1))
			st, _ := f.GetStyle(style)
			if h < 25 || st == nil || st.Alignment == nil || !st.Alignment.WrapText {
				t.Errorf("%s: row %d (%d characters) does not wrap: height %.0f", lang, i+1, len([]rune(r[0])), h)
			}
		}
		if long == 0 {
			t.Errorf("%s: no line long enough to check", lang)
		}
		f.Close()
	}
}
