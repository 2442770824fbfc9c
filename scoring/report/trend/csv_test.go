package trend

import (
	"bytes"
	"encoding/csv"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// TestCSVHasNoDateLikeCells writes generated trends (two to six years of random answers) in
// every language: no cell reads as a date in a spreadsheet ("22/43"), and the criteria met and
// their total are two columns of whole numbers, the year's own.
func TestCSVHasNoDateLikeCells(t *testing.T) {
	r := reporttest.Rubric(t)
	rng := rand.New(rand.NewPCG(8, 3))
	dateLike := regexp.MustCompile(`^\d{1,4}[/-]\d{1,4}([/-]\d{1,4})?$`)
	for i := range 30 {
		var results []*scoring.Result
		for y := range 2 + rng.IntN(5) {
			a := reporttest.RandomAssessment(rng, r, 0)
			a.Year = 2019 + y
			results = append(results, scoring.Score(r, a, scoring.Options{}))
		}
		tr, err := scoring.NewTrend(results)
		if err != nil {
			t.Fatal(err)
		}
		for _, lang := range i18n.Languages {
			c := i18n.For(lang)
			var buf bytes.Buffer
			if err := (csvWriter{}).Write(&buf, Input{T: tr, Rubric: r, Cat: c}); err != nil {
				t.Fatal(err)
			}
			cr := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\ufeff")))
			cr.Comma = render.CSVComma(c)
			table, err := cr.ReadAll()
			if err != nil {
				t.Fatalf("trend %d %s: %v", i, lang, err)
			}
			met, total := -1, -1
			for k, h := range table[0] {
				switch h {
				case render.NewLabels(c).Met:
					met = k
				case c.T("batch.col.total"):
					total = k
				}
			}
			if met < 0 || total != met+1 {
				t.Fatalf("trend %d %s: no met and total columns side by side: %q", i, lang, table[0])
			}
			for k, row := range table[1:] {
				for _, cell := range row {
					if dateLike.MatchString(cell) {
						t.Fatalf("trend %d %s: a cell a spreadsheet reads as a date: %q", i, lang, cell)
					}
				}
				res := tr.Results[k]
				if row[met] != strconv.Itoa(res.Met) || row[total] != strconv.Itoa(res.Total) {
					t.Fatalf("trend %d %s: year %d reads %s of %s, want %d of %d", i, lang, res.Year, row[met], row[total], res.Met, res.Total)
				}
			}
		}
	}
}
