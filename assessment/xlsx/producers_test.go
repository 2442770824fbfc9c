package xlsx_test

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment/answers"

	"github.com/citydatakit/wwc/questions/rubricfile"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/assessment/xlsx"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
	"github.com/citydatakit/wwc/scoring/report/result"
)

const testdata = "../../testdata"

// resultJSON scores an assessment and renders the wwc-result/1 document.
func resultJSON(t *testing.T, a *assessment.Assessment) string {
	t.Helper()
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	if err := assessment.Check(a, r); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	in := result.Input{Result: scoring.Score(r, a, scoring.Options{}), Rubric: r, Cat: i18n.For("en")}
	f, _ := result.Formats.Lookup(render.FormatJSON)
	if err := f.New().Write(&buf, in); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestProducersScoreLikeTheirAnswersFile: every workbook written by another program scores
// exactly as the answers file it was made from (testdata/producers/manifest.tsv).
func TestProducersScoreLikeTheirAnswersFile(t *testing.T) {
	f, err := os.Open(filepath.Join(testdata, "producers", "manifest.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	n := 0
	producers := map[string]bool{}
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		fixture, source, producer := cols[0], cols[1], cols[2]
		producers[strings.Fields(producer)[0]] = true
		n++
		t.Run(fixture, func(t *testing.T) {
			want, err := answers.Read(filepath.Join(testdata, "cities", source))
			if err != nil {
				t.Fatal(err)
			}
			got, err := load.File(filepath.Join(testdata, "producers", fixture), load.Options{})
			if err != nil {
				t.Fatalf("%s (%s): %v", fixture, producer, err)
			}
			if w, g := resultJSON(t, want), resultJSON(t, got); w != g {
				t.Errorf("%s (%s) scores differently from %s:\n%s", fixture, producer, source, firstDiff(w, g))
			}
		})
	}
	if n < 20 || len(producers) < 5 {
		t.Fatalf("only %d fixtures from %d producers: run scripts/gen-fixtures.sh", n, len(producers))
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return "line " + itoa(i+1) + ":\n  answers file: " + al[i] + "\n  workbook:     " + bl[i]
		}
	}
	return "lengths differ"
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestErrorFixtures: each broken file is refused with a message that names the file and the
// right place.
func TestErrorFixtures(t *testing.T) {
	cases := map[string][]string{
		"bad-answer.xlsx":       {`sheet "Evaluación", cell C4: the answer "tal vez" for DM3`, `cell C9: the answer "quizás" for DM8`, "write one of these words: Cumple, No cumple, En proceso"},
		"unknown-id.xlsx":       {`sheet "Evaluación", cell A12: DM10 is not a criterion of rubric wwc-2022`},
		"duplicate-id.xlsx":     {`cell A7: dm 3 is given twice, here and at sheet "Evaluación", cell A4`},
		"no-criteria.xlsx":      {"no sheet has a criteria table", `"Hoja1": Nombre | Valor`, `"Resumen": Total | 25`, "Respuesta"},
		"bad-year.xlsx":         {`sheet "Ciudad", cell B3: "dos mil veinticuatro" is not a year`},
		"bad-outcomes.xlsx":     {`sheet "Indicadores", cell C2: the direction "a veces"`, `cell E3: the value "mucho"`},
		"date-year.xlsx":        {`sheet "Ciudad", cell B3: 45658 looks like a date (January 1, 2025), not a year`},
		"no-direction.xlsx":     {`sheet "Resultados", cell A1: this header looks like the outcome metrics but lacks a direction column`},
		"many-problems.xlsx":    {"cell C3", "cell C7", "cell C22", "XX1 is not a criterion", "DM9 is given twice"},
		"uncached-formula.xlsx": {`cell C2: the cell holds a formula (=IF(1=1,"Sí","No")) whose result was never saved`},
		"notes.xlsx":            {"cannot tell what this file is"},
		"empty.xlsx":            {"the file is empty"},
		"old-excel.xlsx":        nil, // an .xls and an .ods under an .xlsx name are read as what they are
		"calc-ods.xlsx":         nil,
		"scan-pdf.xlsx":         {"is a PDF"},
		"truncated.xlsx":        {"damaged or incomplete"},
		"corrupt.xlsx":          {"damaged or incomplete"},
	}
	files, _ := filepath.Glob(filepath.Join(testdata, "errors", "*.xlsx"))
	if len(files) != len(cases) {
		t.Errorf("%d error fixtures, %d cases: keep them in step", len(files), len(cases))
	}
	r, _ := rubricfile.Default()
	for name, wants := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(testdata, "errors", name)
			_, err := load.File(path, load.Options{Rubric: r})
			if wants == nil {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
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

func TestReadLimits(t *testing.T) {
	path := filepath.Join(testdata, "producers", "synthetic", "googlelike-pt.xlsx")
	lim := xlsx.DefaultLimits
	lim.MaxFileSize = 1000
	if _, err := xlsx.ReadWithLimits(path, lim); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("file size limit: %v", err)
	}
	lim = xlsx.DefaultLimits
	lim.MaxUnzipped = 10_000
	if _, err := xlsx.ReadWithLimits(path, lim); err == nil || !strings.Contains(err.Error(), "unpacks to far more") {
		t.Errorf("unzipped size limit: %v", err)
	}
	lim = xlsx.DefaultLimits
	lim.MaxCell = 10
	if _, err := xlsx.ReadWithLimits(path, lim); err == nil || !strings.Contains(err.Error(), "more than 10 bytes") {
		t.Errorf("cell length limit: %v", err)
	}
}

// BenchmarkReadAndScore reads a filled workbook (LibreOffice's) and scores it.
func BenchmarkReadAndScore(b *testing.B) {
	r, _ := rubricfile.Default()
	path := filepath.Join(testdata, "producers", "libreoffice", "maipu-es.xlsx")
	b.ReportAllocs()
	for b.Loop() {
		a, err := load.File(path, load.Options{Rubric: r})
		if err != nil {
			b.Fatal(err)
		}
		scoring.Score(r, a, scoring.Options{})
	}
}
