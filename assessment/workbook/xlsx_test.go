package workbook_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment/answers"

	"github.com/citydatakit/wwc/questions/rubricfile"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/assessment/xlsx"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
	"github.com/xuri/excelize/v2"
)

var writeFixtures = flag.Bool("write-fixtures", false, "rewrite testdata/producers/edited from the edits below")

const testdata = "../../testdata"

// sample is a filled city workbook as wwc template writes it, in one language.
type sample struct{ file, lang string }

var sampleCities = []sample{{"maipu-2024.yaml", "es"}, {"recife-2024.yaml", "pt"}, {"lakeside-2025.yaml", "en"}}

// edit is what a city does to the workbook before sending it.
type edit struct {
	name string
	do   func(t *testing.T, f *excelize.File, c *i18n.Catalog)
}

func sheetOf(c *i18n.Catalog, which string) string { return c.T("template.sheet." + which) }

// cellOf finds the cell holding text in a sheet.
func cellOf(t *testing.T, f *excelize.File, sheet, text string) string {
	t.Helper()
	cells, err := f.SearchSheet(sheet, text)
	if err != nil || len(cells) == 0 {
		t.Fatalf("%q not in sheet %q: %v", text, sheet, err)
	}
	return cells[0]
}

// removeColumnOf removes the column whose header is text.
func removeColumnOf(t *testing.T, f *excelize.File, sheet, text string) {
	t.Helper()
	col, _, err := excelize.SplitCellName(cellOf(t, f, sheet, text))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.RemoveCol(sheet, col); err != nil {
		t.Fatal(err)
	}
}

var (
	renamed = edit{"renamed", func(t *testing.T, f *excelize.File, c *i18n.Catalog) {
		// The workbook: City and Outcomes sheets renamed, the city key spelled out.
		must(t, f.SetSheetName(sheetOf(c, "city"), map[string]string{"es": "Datos generales", "pt": "Dados gerais", "en": "General"}[c.Lang()]))
		must(t, f.SetSheetName(sheetOf(c, "outcomes"), map[string]string{"es": "Indicadores de resultados", "pt": "Metas", "en": "KPIs"}[c.Lang()]))
		city := map[string]string{"es": "Datos generales", "pt": "Dados gerais", "en": "General"}[c.Lang()]
		must(t, f.SetCellValue(city, "A1", map[string]string{"es": "Nombre de la ciudad", "pt": "Nome da cidade", "en": "City name"}[c.Lang()]))
	}}
	unknownKeys = edit{"unknown-keys", func(t *testing.T, f *excelize.File, c *i18n.Catalog) {
		// Keys no vocabulary has: the City sheet cannot be found, and the result says so.
		s := sheetOf(c, "city")
		for _, k := range []string{"city", "country", "year", "population"} {
			must(t, f.SetCellValue(s, cellOf(t, f, s, c.T("template.city."+k)), "Dato "+k))
		}
	}}
	noOutcomes = edit{"no-outcomes", func(t *testing.T, f *excelize.File, c *i18n.Catalog) {
		must(t, f.DeleteSheet(sheetOf(c, "outcomes")))
	}}
	noEvidence = edit{"no-evidence", func(t *testing.T, f *excelize.File, c *i18n.Catalog) {
		removeColumnOf(t, f, sheetOf(c, "criteria"), c.T("template.col.evidence"))
	}}
	noDirection = edit{"no-direction", func(t *testing.T, f *excelize.File, c *i18n.Catalog) {
		removeColumnOf(t, f, sheetOf(c, "outcomes"), c.T("template.out.direction"))
	}}
	dateYear = edit{"date-year", func(t *testing.T, f *excelize.File, c *i18n.Catalog) {
		s := sheetOf(c, "city")
		col, row, _ := excelize.CellNameToCoordinates(cellOf(t, f, s, c.T("template.city.year")))
		cell, _ := excelize.CoordinatesToCellName(col+1, row)
		must(t, f.SetCellValue(s, cell, 45658))
		style, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
		must(t, f.SetCellStyle(s, cell, cell, style))
	}}
	textNumbers = edit{"text-numbers", func(t *testing.T, f *excelize.File, c *i18n.Catalog) {
		// Baselines typed as text with a thousands mark, as a city pasting from a report does.
		s := sheetOf(c, "outcomes")
		col, row, _ := excelize.CellNameToCoordinates(cellOf(t, f, s, c.T("template.out.baseline")))
		cell, _ := excelize.CoordinatesToCellName(col, row+1)
		mark := map[string]string{"es": "20.000", "pt": "20.000", "en": "20,000"}[c.Lang()]
		must(t, f.SetCellStr(s, cell, mark))
	}}
)

// broken are the edits that make a workbook be refused.
var broken = map[string]bool{"no-direction": true, "date-year": true}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// edited writes the sample's workbook with the edit applied, to dir.
func edited(t *testing.T, dir string, s sample, e edit) string {
	t.Helper()
	r := defaultRubric(t)
	a, err := answers.Read(filepath.Join(testdata, "cities", s.file))
	if err != nil {
		t.Fatal(err)
	}
	c := i18n.For(s.lang)
	var buf bytes.Buffer
	if err := xlsx.WriteTemplate(&buf, xlsx.Template{Rubric: r, Cat: c, From: a}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	e.do(t, f, c)
	path := filepath.Join(dir, strings.TrimSuffix(s.file, ".yaml")+"-"+e.name+".xlsx")
	if broken[e.name] && filepath.Base(dir) == "edited" {
		// Committed fixtures of files that must be refused live with the other error fixtures.
		path = filepath.Join(dir, "..", "..", "errors", e.name+".xlsx")
	}
	must(t, f.SaveAs(path))
	return path
}

func defaultRubric(t *testing.T) *questions.Rubric {
	t.Helper()
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func score(t *testing.T, path string, opts scoring.Options) (*scoring.Result, error) {
	t.Helper()
	r := defaultRubric(t)
	a, err := load.File(path, load.Options{Rubric: r})
	if err != nil {
		return nil, err
	}
	return scoring.Score(r, a, opts), nil
}

func answersResult(t *testing.T, s sample) *scoring.Result {
	t.Helper()
	a, err := answers.Read(filepath.Join(testdata, "cities", s.file))
	if err != nil {
		t.Fatal(err)
	}
	return scoring.Score(defaultRubric(t), a, scoring.Options{})
}

func noticeCodes(res *scoring.Result) string {
	var out []string
	for _, n := range res.Notices {
		out = append(out, n.Code)
	}
	return strings.Join(out, " ")
}

// TestEditedWorkbooks: the workbooks of issue 11, made from wwc template's and edited the way
// cities edit them, in each language.
func TestEditedWorkbooks(t *testing.T) {
	for _, s := range sampleCities {
		dir := t.TempDir()
		if *writeFixtures && s.lang == "es" {
			dir = filepath.Join(testdata, "producers", "edited")
			must(t, os.MkdirAll(dir, 0o755))
		}
		want := answersResult(t, s)
		t.Run(s.lang, func(t *testing.T) {
			// Renamed sheets and key: the same city, year, metrics and tier as the answers file.
			res, err := score(t, edited(t, dir, s, renamed), scoring.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if res.City != want.City || res.Year != want.Year || res.Tier != want.Tier || len(res.Outcomes) != len(want.Outcomes) || len(res.Notices) != 0 {
				t.Errorf("renamed: %s %d %s, %d metrics, notices %q; want %s %d %s, %d metrics",
					res.City, res.Year, res.Tier, len(res.Outcomes), noticeCodes(res), want.City, want.Year, want.Tier, len(want.Outcomes))
			}

			// City keys not recognized: the city and year are said to be unknown.
			res, err = score(t, edited(t, dir, s, unknownKeys), scoring.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if res.City != "" || noticeCodes(res) != assessment.NoticeNoCitySheet {
				t.Errorf("unknown keys: city %q, notices %q", res.City, noticeCodes(res))
			}

			// No outcomes sheet: scored, and said.
			res, err = score(t, edited(t, dir, s, noOutcomes), scoring.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Outcomes) != 0 || noticeCodes(res) != assessment.NoticeNoOutcomesSheet {
				t.Errorf("no outcomes: %d metrics, notices %q", len(res.Outcomes), noticeCodes(res))
			}

			// No evidence column: said only when evidence is required.
			path := edited(t, dir, s, noEvidence)
			for _, req := range []bool{false, true} {
				res, err = score(t, path, scoring.Options{RequireEvidence: req})
				if err != nil {
					t.Fatal(err)
				}
				wantCodes := ""
				if req {
					wantCodes = assessment.NoticeNoEvidenceColumn
				}
				if noticeCodes(res) != wantCodes {
					t.Errorf("no evidence, required %v: notices %q", req, noticeCodes(res))
				}
			}

			// No direction column: an error naming the sheet and the column.
			_, err = score(t, edited(t, dir, s, noDirection), scoring.Options{})
			c := i18n.For(s.lang)
			if err == nil || !strings.Contains(err.Error(), `sheet "`+sheetOf(c, "outcomes")+`", cell A1`) || !strings.Contains(err.Error(), "direction column (Direction, Dirección, Direção)") {
				t.Errorf("no direction: %v", err)
			}

			// A year typed into a date cell: said to be a date.
			_, err = score(t, edited(t, dir, s, dateYear), scoring.Options{})
			if err == nil || !strings.Contains(err.Error(), "45658 looks like a date (January 1, 2025)") || !strings.Contains(err.Error(), `sheet "`+sheetOf(c, "city")+`", cell B3`) {
				t.Errorf("date year: %v", err)
			}

			// A baseline typed as text with one mark and three digits: read by the table's
			// language, and noted with its cell.
			res, err = score(t, edited(t, dir, s, textNumbers), scoring.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if noticeCodes(res) == "" || !strings.Contains(res.Notices[0].Localize(c), sheetOf(c, "outcomes")) {
				t.Errorf("text numbers: notices %q", noticeCodes(res))
			}
		})
	}
}

// TestCommittedFixturesRead: the edited workbooks the command-line tests use still read as
// they are meant to (rewrite them with go test ./assessment/workbook -run Edited
// -write-fixtures; the two that must be refused go to testdata/errors).
func TestCommittedFixturesRead(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(testdata, "producers", "edited", "*.xlsx"))
	for name := range broken {
		files = append(files, filepath.Join(testdata, "errors", name+".xlsx"))
	}
	if len(files) != 7 {
		t.Fatalf("%d edited fixtures, want 7", len(files))
	}
	for _, p := range files {
		_, err := score(t, p, scoring.Options{})
		if bad := strings.Contains(p, "errors"); (err != nil) != bad {
			t.Errorf("%s: %v", p, err)
		}
	}
}
