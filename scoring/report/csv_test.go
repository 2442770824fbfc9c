package report_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/cohort"
	"github.com/citydatakit/wwc/scoring/report/diff"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
	"github.com/citydatakit/wwc/scoring/report/internal/resulttest"
	"github.com/citydatakit/wwc/scoring/report/render"
	"github.com/citydatakit/wwc/scoring/report/result"
	"github.com/citydatakit/wwc/scoring/report/trend"
)

// tags are language settings as users and systems write them: plain languages, regions that
// write a decimal point (Mexico, Guatemala) and regions that write a decimal comma.
var tags = []string{"en", "es", "pt", "es-MX", "es_MX.UTF-8", "es-GT", "es_GT", "es-CL", "es-AR", "es-CO",
	"es-419", "pt-BR", "pt_BR.UTF-8", "pt-PT", "en-US", "en-GB", "es-mx", "ES-GT"}

// TestCSVDialectFollowsTheNumbers: every CSV document (result, comparison, trend, batch
// summary) in every language setting is separated by "," where its numbers are written with a
// decimal point (English, es-MX, es-GT) and by ";" where they are written with a decimal comma,
// so that Excel in that region opens it in columns; every row has the header's cells.
func TestCSVDialectFollowsTheNumbers(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 4))
	r := reporttest.Rubric(t)
	old, _ := reporttest.Score(t, "maipu-2023.yaml", scoring.Options{})
	sawPoint, sawComma := false, false
	for i := range 60 {
		tag := tags[rng.IntN(len(tags))]
		cat := i18n.ForTag(tag)
		want := ';'
		if cat.DecimalPoint() {
			want = ','
		}
		switch {
		case want == ',' && cat.Lang() != "en":
			sawPoint = true
		case want == ';':
			sawComma = true
		}
		a := reporttest.RandomAssessment(rng, r, i)
		a.City = "Maipú"
		res := scoring.Score(r, a, scoring.Options{})
		docs := map[string]func(*bytes.Buffer) error{
			"result": func(b *bytes.Buffer) error {
				return csvOf(result.Formats).Write(b, result.Input{Result: res, Rubric: r, Cat: cat})
			},
			"diff": func(b *bytes.Buffer) error {
				return csvOf(diff.Formats).Write(b, diff.Input{C: scoring.Compare(old, res, r.Tiers), Rubric: r, Cat: cat})
			},
			"trend": func(b *bytes.Buffer) error {
				return csvOf(trend.Formats).Write(b, trend.Input{T: resulttest.Maipu(t, r), Rubric: r, Cat: cat})
			},
			"summary": func(b *bytes.Buffer) error {
				in := cohort.Input{Rows: []cohort.Submission{{Path: "a;b,c.xlsx", Brief: res.Brief()}, {Path: "x.csv", Err: errors.New("x.csv: line 2: 1,5; 2.5")}},
					Cohort: scoring.Summarize([]scoring.Brief{res.Brief()}), Rubric: r, Cat: cat}
				return csvOf(cohort.Formats).Write(b, in)
			},
		}
		for name, write := range docs {
			var buf bytes.Buffer
			if err := write(&buf); err != nil {
				t.Fatal(err)
			}
			text := strings.TrimPrefix(buf.String(), "\ufeff")
			header, _, _ := strings.Cut(text, "\r\n")
			cr := csv.NewReader(strings.NewReader(text))
			cr.Comma = want
			rows, err := cr.ReadAll()
			if err != nil {
				t.Fatalf("%s %s: %v", tag, name, err)
			}
			if n := len(rows[0]); n < 5 || n != len(strings.Split(header, string(want))) {
				t.Errorf("%s %s: the header is not separated by %q: %q", tag, name, want, header)
			}
			if name == "trend" && cat.DecimalPoint() != strings.Contains(text, "51.2") {
				t.Errorf("%s trend: numbers and separator disagree:\n%s", tag, text)
			}
		}
	}
	if !sawPoint || !sawComma {
		t.Errorf("the generator made no regional decimal point (%v) or no decimal comma (%v)", sawPoint, sawComma)
	}
}

// csvOf is the CSV writer of a document's registry.
func csvOf[W any](formats *render.Registry[W]) W {
	f, ok := formats.Lookup(render.FormatCSV)
	if !ok {
		panic("no csv")
	}
	return f.New()
}
