package benchmark

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/schematest"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
	"github.com/citydatakit/wwc/scoring/report/internal/resulttest"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// sample is Maipú 2024 among the fictional peers of testdata/cohort, with Maipú 2024 itself
// in the cohort (left out) and a saved result of another rubric version (left out of the
// criteria).
func sample(t *testing.T) (Input, *questions.Rubric) {
	t.Helper()
	r := reporttest.Rubric(t)
	city := resulttest.Load(t, r, "cities/maipu-2024.yaml")
	files, _ := filepath.Glob(reporttest.Testdata("cohort", "*.yaml"))
	if len(files) < 8 {
		t.Fatalf("only %d peers in testdata/cohort", len(files))
	}
	rels := []string{"cities/maipu-2024.yaml", "results/maipu-2021-draft-rubric.json"}
	for _, f := range files {
		rels = append(rels, "cohort/"+filepath.Base(f))
	}
	var peers []scoring.Peer
	for _, rel := range rels {
		res := resulttest.Load(t, r, rel)
		peers = append(peers, scoring.Peer{Brief: res.Brief(), RubricID: res.RubricID, RubricVersion: res.RubricVersion, Source: rel})
	}
	b, err := scoring.Benchmark(city, peers)
	if err != nil {
		t.Fatal(err)
	}
	return Input{B: b, City: city, Rubric: r, Date: reporttest.Date}, r
}

// TestGoldenBenchmark: Maipú among its peers in every format, in English and Spanish; the
// JSON validated against its schema.
func TestGoldenBenchmark(t *testing.T) {
	in, _ := sample(t)
	for _, lang := range []string{"en", "es"} {
		in.Cat = i18n.For(lang)
		for _, f := range Formats.All() {
			var buf bytes.Buffer
			if err := f.New().Write(&buf, in); err != nil {
				t.Fatal(err)
			}
			reporttest.Golden(t, "benchmark-maipu."+lang+"."+f.Name, buf.Bytes())
			if f.Name == render.FormatJSON {
				if err := schematest.ValidateJSON("benchmark "+lang, buf.Bytes()); err != nil {
					t.Error(err)
				}
			}
		}
	}
}

// TestBenchmarkGenerated: over many generated cities and cohorts (long names, hostile text,
// cohorts of one to thirty, other rubric versions, the city inside its cohort), in every
// language and format: the JSON matches its schema, the text fits its width, the HTML and
// Markdown escape what cities typed, and no CSV cell can run as a formula.
func TestBenchmarkGenerated(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 14))
	for round := range 40 {
		r := reporttest.LongRubric(t, rng, 60)
		city := scoring.Score(r, reporttest.RandomAssessment(rng, r, round), scoring.Options{})
		var peers []scoring.Peer
		for i := range 1 + rng.IntN(30) {
			res := scoring.Score(r, reporttest.RandomAssessment(rng, r, rng.IntN(50)), scoring.Options{})
			p := scoring.Peer{Brief: res.Brief(), RubricID: res.RubricID, RubricVersion: res.RubricVersion, Source: fmt.Sprintf("=peer <b>%d</b>.xlsx", i)}
			if rng.IntN(5) == 0 {
				p.RubricVersion = "2018"
			}
			peers = append(peers, p)
		}
		b, err := scoring.Benchmark(city, peers)
		if err != nil {
			continue // the cohort was only the city itself, told in its own test
		}
		for _, tag := range []string{"en", "es", "pt", "es-MX"} {
			in := Input{B: b, City: city, Rubric: r, Cat: i18n.ForTag(tag), Date: reporttest.Date, Width: 40 + rng.IntN(80)}
			for _, f := range Formats.All() {
				var buf bytes.Buffer
				if err := f.New().Write(&buf, in); err != nil {
					t.Fatal(err)
				}
				out := buf.String()
				switch f.Name {
				case render.FormatJSON:
					if err := schematest.ValidateJSON("generated", buf.Bytes()); err != nil {
						t.Fatal(err)
					}
				case render.FormatText:
					reporttest.WantFits(t, "text", out, in.Width)
				case render.FormatHTML, render.FormatMarkdown:
					if strings.Contains(out, "<b>") {
						t.Errorf("%s: a city's text is not escaped", f.Name)
					}
				case render.FormatCSV:
					for _, sep := range []string{";", ","} {
						if strings.Contains(out, sep+"=") || strings.Contains(out, "\n=") {
							t.Errorf("csv: a cell starts with =")
						}
					}
				}
			}
		}
	}
}

// TestBenchmarkIsRecognized: a benchmark wwc wrote, in every format and language, is known as
// wwc's own when it comes back as input (saved in a cohort folder, given to wwc score), never
// read as a city's answers.
func TestBenchmarkIsRecognized(t *testing.T) {
	in, _ := sample(t)
	dir := t.TempDir()
	for _, tag := range append(append([]string{}, i18n.Languages...), "es-MX", "pt-BR") {
		in.Cat = i18n.ForTag(tag)
		for _, f := range Formats.All() {
			if f.Name == render.FormatText {
				continue
			}
			var buf bytes.Buffer
			if err := f.New().Write(&buf, in); err != nil {
				t.Fatal(err)
			}
			p := filepath.Join(dir, "benchmark-"+tag+f.Exts[0])
			if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			if kind, err := load.Detect(p); err != nil || kind != load.KindOutput {
				t.Errorf("%s: recognized as %s (%v)", filepath.Base(p), kind, err)
			}
		}
	}
}
