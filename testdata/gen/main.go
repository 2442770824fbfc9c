// Command gen writes N varied, filled city workbooks for batch tests and benchmarks:
//
//	go run ./testdata/gen -n 2000 -o /tmp/cohort
//	go run ./testdata/gen -n 2000 -o /tmp/mixed --formats xlsx,ods,xls
//
// With --formats, the files take the given formats in turn: an .ods or .xls holds the same
// sheets as the .xlsx it was made from, written by this program (no LibreOffice needed).
// Cities answer in English, Spanish or Portuguese, reach every tier, and a share of the files
// are broken the way real submissions are (a bad answer, a truncated file, a PDF renamed
// .xlsx), plus an Excel lock file that must be skipped. The output is the same for the same
// -n and -seed.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"

	"github.com/citydatakit/wwc/questions/rubricfile"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/xlsx"
	"github.com/citydatakit/wwc/questions"
)

func main() {
	n := flag.Int("n", 100, "number of workbooks")
	out := flag.String("o", "cohort", "output folder")
	seed := flag.Int64("seed", 1, "random seed")
	broken := flag.Float64("broken", 0.05, "share of broken files")
	formats := flag.String("formats", "xlsx", "formats to write in turn, from xlsx, ods and xls")
	flag.Parse()
	kinds := strings.Split(*formats, ",")
	for _, k := range kinds {
		if k != "xlsx" && k != "ods" && k != "xls" {
			fmt.Fprintf(os.Stderr, "gen: unknown format %q; use xlsx, ods or xls\n", k)
			os.Exit(2)
		}
	}
	if err := run(*n, *out, *seed, *broken, kinds); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

var cities = []struct{ name, country, lang string }{
	{"Maipú", "Chile", "es"}, {"Montevideo", "Uruguay", "es"}, {"Bogotá", "Colombia", "es"}, {"Mendoza", "Argentina", "es"},
	{"Recife", "Brasil", "pt"}, {"Niterói", "Brasil", "pt"}, {"Curitiba", "Brasil", "pt"},
	{"Lakeside", "United States", "en"}, {"Riverton", "United States", "en"}, {"Halifax", "Canada", "en"},
}

func run(n int, out string, seed int64, broken float64, kinds []string) error {
	r, err := rubricfile.Default()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	rng := rand.New(rand.NewSource(seed))
	qs := r.Questions()
	for i := 0; i < n; i++ {
		c := cities[rng.Intn(len(cities))]
		a := assessment.New()
		a.City = fmt.Sprintf("%s %d", c.name, i/len(cities))
		a.Country, a.Year, a.Population = c.country, 2020+rng.Intn(6), 30000+rng.Intn(2000000)
		// A city-wide level of maturity decides how many criteria it meets.
		level := rng.Float64()
		for _, q := range qs {
			v := assessment.NotMet
			switch x := rng.Float64(); {
			case x < level:
				v = assessment.Met
			case x < level+0.1:
				v = assessment.InProgress
			case x < level+0.15:
				v = assessment.Unanswered
			}
			ans := assessment.Answer{Value: v}
			if v == assessment.Met && rng.Intn(4) > 0 {
				ans.Evidence = fmt.Sprintf("https://data.example/%d/%s", i, q.ID)
			}
			a.Set(questions.NormalizeID(q.ID), ans)
		}
		for m := 0; m < rng.Intn(4); m++ {
			base, cur := float64(50+rng.Intn(100)), float64(50+rng.Intn(100))
			a.Outcomes = append(a.Outcomes, assessment.Metric{Name: fmt.Sprintf("Metric %d", m+1), Direction: assessment.Direction(1 + rng.Intn(2)),
				BaselineYear: a.Year - 3, Baseline: &base, CurrentYear: a.Year, Current: &cur})
		}
		var buf bytes.Buffer
		if err := xlsx.WriteTemplate(&buf, xlsx.Template{Rubric: r, Cat: i18n.For(c.lang), From: a, OutcomeRows: 2}); err != nil {
			return err
		}
		data := buf.Bytes()
		kind := kinds[i%len(kinds)]
		if kind != "xlsx" {
			sheets, err := readRows(data)
			if err != nil {
				return err
			}
			if kind == "ods" {
				data = writeODS(sheets)
			} else {
				data = writeXLS(sheets)
			}
		}
		name := filepath.Join(out, fmt.Sprintf("submission-%05d.%s", i, kind))
		if rng.Float64() < broken {
			switch rng.Intn(3) {
			case 0:
				data = data[:len(data)/2] // cut short in an email
			case 1:
				data = []byte("%PDF-1.4 a scan, not a workbook")
			default:
				// A bad answer: rewrite one "Yes"/"Sí"/"Sim" cell's shared string.
				data = bytes.Replace(data, []byte(">In progress<"), []byte(">maybe<"), 1)
				data = bytes.Replace(data, []byte(">En proceso<"), []byte(">tal vez<"), 1)
				data = bytes.Replace(data, []byte(">Em andamento<"), []byte(">talvez<"), 1)
			}
		}
		if err := os.WriteFile(name, data, 0o644); err != nil {
			return err
		}
	}
	// An Excel lock file beside them, which a batch must skip.
	return os.WriteFile(filepath.Join(out, "~$submission-00000.xlsx"), []byte("lock"), 0o644)
}
