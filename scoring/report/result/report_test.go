package result

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/questions/rubricfile"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
	"github.com/citydatakit/wwc/scoring/report/render"
	"github.com/xuri/excelize/v2"
)

func TestGoldenText(t *testing.T) {
	for _, s := range reporttest.Samples {
		for _, lang := range i18n.Languages {
			res, r := reporttest.Score(t, s.File, scoring.Options{})
			var buf bytes.Buffer
			if err := (textWriter{}).Write(&buf, Input{Result: res, Rubric: r, Cat: i18n.For(lang), Date: reporttest.Date}); err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(buf.Bytes(), []byte("\x1b[")) {
				t.Errorf("%s: plain text output has escape codes", s.File)
			}
			reporttest.Golden(t, strings.TrimSuffix(s.File, ".yaml")+"."+lang+".txt", buf.Bytes())
		}
	}
}

func TestGoldenJSON(t *testing.T) {
	for _, s := range reporttest.Samples {
		res, r := reporttest.Score(t, s.File, scoring.Options{})
		var buf bytes.Buffer
		if err := (jsonWriter{}).Write(&buf, Input{Result: res, Rubric: r, Cat: i18n.For(s.Lang)}); err != nil {
			t.Fatal(err)
		}
		reporttest.Golden(t, strings.TrimSuffix(s.File, ".yaml")+".json", buf.Bytes())
	}
}

// TestStyledTextHasColorAndSameWords: for every sample in every language, the styled report
// has colours and, without its escape codes, is the plain report byte for byte.
func TestStyledTextHasColorAndSameWords(t *testing.T) {
	for _, s := range reporttest.Samples {
		for _, lang := range i18n.Languages {
			res, r := reporttest.Score(t, s.File, scoring.Options{})
			var plain, styled bytes.Buffer
			if err := (textWriter{}).Write(&plain, Input{Result: res, Rubric: r, Cat: i18n.For(lang), Date: reporttest.Date}); err != nil {
				t.Fatal(err)
			}
			if err := (textWriter{}).Write(&styled, Input{Result: res, Rubric: r, Cat: i18n.For(lang), Date: reporttest.Date, Styled: true}); err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(styled.Bytes(), []byte("\x1b[")) {
				t.Fatalf("%s %s: styled output has no styling", s.File, lang)
			}
			var stripped bytes.Buffer
			w := colorprofile.NewWriter(&stripped, nil)
			w.Profile = colorprofile.NoTTY
			w.Write(styled.Bytes())
			got, want := strings.Split(stripped.String(), "\n"), strings.Split(plain.String(), "\n")
			if len(got) != len(want) {
				t.Errorf("%s %s: styled output has %d lines, plain %d:\n%s\n---\n%s", s.File, lang, len(got), len(want), stripped.String(), plain.String())
				continue
			}
			for i := range want {
				if got[i] != want[i] {
					t.Errorf("%s %s, line %d: styled %q, plain %q", s.File, lang, i+1, got[i], want[i])
				}
			}
		}
	}
}

func TestJSONResultDocument(t *testing.T) {
	res, r := reporttest.Score(t, "lakeside-2025.yaml", scoring.Options{RequireEvidence: true})
	var buf bytes.Buffer
	if err := (jsonWriter{}).Write(&buf, Input{Result: res, Rubric: r, Cat: i18n.For("en")}); err != nil {
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

// TestFormats: the result's formats, in the order help lists them; xlsx and pdf are binary.
func TestFormats(t *testing.T) {
	if got := strings.Join(Formats.Names(), ", "); got != "text, md, html, json, csv, xlsx, pdf" {
		t.Errorf("formats %s", got)
	}
	if !Formats.IsBinary(render.FormatXLSX) || !Formats.IsBinary(render.FormatPDF) || Formats.IsBinary(render.FormatHTML) {
		t.Error("only xlsx and pdf are binary")
	}
	if err := render.UnknownFormat("pdf", Formats); !strings.Contains(err.Error(), "text, md, html, json, csv, xlsx") {
		t.Errorf("unknown format: %v", err)
	}
}

// TestGoldenHumanFormats: Markdown, HTML and CSV for a city at its tier and one capped by the
// outcome gate, in each language; the capped one also with a what-if plan.
func TestGoldenHumanFormats(t *testing.T) {
	for _, file := range []string{"maipu-2024.yaml", "lakeside-2025.yaml"} {
		for _, lang := range i18n.Languages {
			res, r := reporttest.Score(t, file, scoring.Options{})
			in := Input{Result: res, Rubric: r, Cat: i18n.For(lang), Date: reporttest.Date}
			if file == "lakeside-2025.yaml" {
				a, _ := answers.Read(reporttest.Testdata("cities", file))
				in.WhatIf = &WhatIf{IDs: []string{"RDC8", "EVAL4", "DM1"}, Plan: scoring.WhatIfPlan(r, a, res, []string{"RDC8", "EVAL4", "DM1"}, scoring.Options{})}
			}
			for _, format := range []string{render.FormatMarkdown, render.FormatHTML, render.FormatCSV, render.FormatJSON} {
				f, _ := Formats.Lookup(format)
				var buf bytes.Buffer
				if err := f.New().Write(&buf, in); err != nil {
					t.Fatal(err)
				}
				reporttest.Golden(t, strings.TrimSuffix(file, ".yaml")+"."+lang+"."+format, buf.Bytes())
			}
		}
	}
}

// TestXLSXReadsBack checks the workbook by reading it, not byte for byte.
func TestXLSXReadsBack(t *testing.T) {
	res, r := reporttest.Score(t, "lakeside-2025.yaml", scoring.Options{})
	var buf bytes.Buffer
	if err := (xlsxWriter{}).Write(&buf, Input{Result: res, Rubric: r, Cat: i18n.For("es"), Date: reporttest.Date}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); strings.Join(got, "|") != "Resumen|Todos los criterios|Indicadores de resultados" {
		t.Fatalf("sheets %v", got)
	}
	rows, _ := f.GetRows("Resumen")
	text := fmt.Sprint(rows)
	for _, want := range []string{"Lakeside, United States · 2025", "21 de noviembre de 2026", "Plata", "39 de 43 (90,7", "Los criterios por sí solos alcanzan Platino", "Oro requiere 1 indicador"} {
		if !strings.Contains(text, want) {
			t.Errorf("summary lacks %q", want)
		}
	}
	crit, _ := f.GetRows("Todos los criterios")
	if len(crit) != 44 || crit[0][0] != "ID" || crit[1][0] != "DM1" || crit[1][6] != "https://data.lakeside.example/evidence/dm1" {
		t.Errorf("criteria sheet: %d rows, first %v", len(crit), crit[1])
	}
	if link, target, _ := f.GetCellHyperLink("Todos los criterios", "G2"); !link || target != "https://data.lakeside.example/evidence/dm1" {
		t.Errorf("evidence is not a link: %v %q", link, target)
	}
	out, _ := f.GetRows("Indicadores de resultados")
	if len(out) != 4 || out[1][0] != "Median 911 response time" {
		t.Errorf("outcomes sheet: %v", out)
	}
}

// TestTypedTextIsInert: what a city typed (<script>, quotes, ampersands, a leading =) comes out
// as text in HTML, CSV, Markdown and XLSX.
func TestTypedTextIsInert(t *testing.T) {
	r, _ := rubricfile.Default()
	a := assessment.New()
	a.City = `<script>alert("x")</script> & "Co"`
	a.Country = "=cmd|' /C calc'!A0"
	a.Set("DM1", assessment.Answer{Value: assessment.Met, Evidence: `javascript:alert(1)`, Notes: `=HYPERLINK("http://evil","click") & <b>bold</b>`})
	a.Set("DM2", assessment.Answer{Value: assessment.Met, Evidence: `https://ok.example/"><script>x</script>`, Notes: "+1 more\ttab"})
	a.Set("DM3", assessment.Answer{Value: assessment.NotMet, Notes: "@SUM(A1)", Evidence: "-2+3"})
	a.Outcomes = []assessment.Metric{{Name: "<img src=x onerror=alert(1)>", Direction: assessment.Increase}}
	in := Input{Result: scoring.Score(r, a, scoring.Options{}), Rubric: r, Cat: i18n.For("en"), Date: reporttest.Date}

	var h bytes.Buffer
	if err := (htmlWriter{}).Write(&h, in); err != nil {
		t.Fatal(err)
	}
	html := h.String()
	for _, bad := range []string{"<script>alert", "<b>bold", "<img src=x", `href="javascript:`, `"><script>x`} {
		if strings.Contains(html, bad) {
			t.Errorf("HTML contains %q", bad)
		}
	}
	if !strings.Contains(html, "&lt;script&gt;") {
		t.Error("HTML lost the escaped city name")
	}

	var m bytes.Buffer
	(markdownWriter{}).Write(&m, in)
	for _, bad := range []string{"<script>", "<b>", "<img"} {
		if strings.Contains(m.String(), bad) {
			t.Errorf("Markdown contains %q", bad)
		}
	}

	var c bytes.Buffer
	(csvWriter{}).Write(&c, in)
	for _, line := range strings.Split(c.String(), "\n") {
		for _, field := range strings.Split(line, ",") {
			f := strings.Trim(field, "\"\r")
			if f != "" && strings.ContainsRune("=+@\t", rune(f[0])) {
				t.Errorf("CSV cell starts a formula: %q", f)
			}
		}
	}
	if !strings.Contains(c.String(), `'=HYPERLINK`) || !strings.Contains(c.String(), "'@SUM") || !strings.Contains(c.String(), "'-2+3") {
		t.Errorf("CSV did not neutralize formulas:\n%s", c.String())
	}

	var x bytes.Buffer
	if err := (xlsxWriter{}).Write(&x, in); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&x)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, sheet := range f.GetSheetList() {
		rows, _ := f.GetRows(sheet)
		for i, row := range rows {
			for j, cell := range row {
				name, _ := excelize.CoordinatesToCellName(j+1, i+1)
				if formula, _ := f.GetCellFormula(sheet, name); formula != "" {
					t.Errorf("%s!%s holds a formula: %q", sheet, name, formula)
				}
				if cell != "" && strings.ContainsRune("=+@\t\r", rune(cell[0])) {
					t.Errorf("%s!%s starts a formula: %q", sheet, name, cell)
				}
			}
		}
	}
}

// TestResultReadsBack: a saved result reads back to the same result.
func TestResultReadsBack(t *testing.T) {
	for _, s := range reporttest.Samples {
		res, r := reporttest.Score(t, s.File, scoring.Options{})
		var buf bytes.Buffer
		if err := (jsonWriter{}).Write(&buf, Input{Result: res, Rubric: r, Cat: i18n.For(s.Lang)}); err != nil {
			t.Fatal(err)
		}
		back, err := ReadResult(buf.Bytes(), s.File)
		if err != nil {
			t.Fatal(err)
		}
		// Written again, it is the same document (the plan is recomputed by nobody: drop it).
		back.Next = res.Next
		var again bytes.Buffer
		(jsonWriter{}).Write(&again, Input{Result: back, Rubric: r, Cat: i18n.For(s.Lang)})
		if again.String() != buf.String() {
			t.Errorf("%s: the result does not read back the same", s.File)
		}
	}
}
