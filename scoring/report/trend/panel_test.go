package trend

import (
	"bytes"
	"fmt"
	"html"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/schematest"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// randomPanel is a panel of one to six generated cities (long names, some sharing a name
// across countries, some with no country), each given for one to five years out of 2018-2025,
// some years scored against a draft version of the rubric.
func randomPanel(t testing.TB, rng *rand.Rand, r *questions.Rubric) *scoring.Panel {
	t.Helper()
	for {
		var rs []*scoring.Result
		for c := range 1 + rng.IntN(6) {
			name := reporttest.LongName(rng, 4+rng.IntN(40))
			if c > 0 && rng.IntN(5) == 0 {
				name = rs[0].City // the same name, another country
			}
			country := []string{"Chile", "Brasil", "", "México", reporttest.LongName(rng, 20)}[rng.IntN(5)] + fmt.Sprint(c)
			years := rng.Perm(8)[:1+rng.IntN(5)]
			for _, y := range years {
				a := reporttest.RandomAssessment(rng, r, c)
				a.City, a.Country, a.Year = name, country, 2018+y
				res := scoring.Score(r, a, scoring.Options{})
				if rng.IntN(6) == 0 {
					res.RubricVersion = "draft-" + fmt.Sprint(rng.IntN(2))
				}
				rs = append(rs, res)
			}
		}
		if p, err := scoring.NewPanel(rs, r.Tiers); err == nil {
			return p
		}
	}
}

// TestPanelInEveryFormat writes generated panels in every format and language: the JSON
// document follows its schema; every human format carries the header (the self-estimate
// line, the date, the rubric) and names every city; the text fits 60, 80 and 120 columns.
func TestPanelInEveryFormat(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 4))
	for i := range 20 {
		r := reporttest.Rubric(t)
		if i%4 == 3 {
			r = reporttest.LongRubric(t, rng, 10+rng.IntN(50))
		}
		p := randomPanel(t, rng, r)
		for _, lang := range i18n.Languages {
			c := i18n.For(lang)
			in := Input{Panel: p, Rubric: r, Cat: c, Date: reporttest.Date}
			what := fmt.Sprintf("panel %d %s", i, lang)
			for _, f := range Formats.All() {
				if f.Binary {
					continue // the PDF is read back in pdf_test.go
				}
				var buf bytes.Buffer
				if err := f.New().Write(&buf, in); err != nil {
					t.Fatalf("%s %s: %v", what, f.Name, err)
				}
				out := buf.String()
				switch f.Name {
				case render.FormatJSON:
					if err := schematest.ValidateJSON(what+".json", buf.Bytes()); err != nil {
						t.Fatal(err)
					}
					continue
				case render.FormatCSV:
					continue
				case render.FormatHTML:
					out = html.UnescapeString(out)
				case render.FormatMarkdown:
					out = strings.ReplaceAll(out, `\`, "")
				}
				flat := strings.Join(strings.Fields(out), " ")
				for _, want := range []string{c.T("summary.disclaimer"), c.Date(2026, 11, 21), render.RubricText(c, render.RubricDoc{ID: p.Rubric.ID, Version: p.Rubric.Version})} {
					if !strings.Contains(flat, want) {
						t.Errorf("%s %s: no %q", what, f.Name, want)
					}
				}
				for _, city := range p.Cities {
					if !strings.Contains(flat, strings.Join(strings.Fields(city.City), " ")) {
						t.Errorf("%s %s: no city %q", what, f.Name, city.City)
					}
				}
			}
			for _, width := range []int{60, 80, 120} {
				in.Width = width
				var buf bytes.Buffer
				if err := (textWriter{}).Write(&buf, in); err != nil {
					t.Fatal(err)
				}
				reporttest.WantFits(t, what, buf.String(), width)
			}
		}
	}
}

// TestOneCityCarriesTheHeader: a city's trend in every human format and language says the
// city and country, the rubric of each year, the date and that it is a self-estimate, and
// every change of each criterion.
func TestOneCityCarriesTheHeader(t *testing.T) {
	r := reporttest.Rubric(t)
	rng := rand.New(rand.NewPCG(2, 9))
	for i := range 12 {
		var rs []*scoring.Result
		for y := range 2 + rng.IntN(5) {
			a := reporttest.RandomAssessment(rng, r, i)
			a.Country, a.Year = "Chile", 2019+y
			res := scoring.Score(r, a, scoring.Options{})
			if y == 0 && i%2 == 0 {
				res.RubricVersion = "draft"
			}
			rs = append(rs, res)
		}
		tr, err := scoring.NewTrend(rs)
		if err != nil {
			t.Fatal(err)
		}
		for _, lang := range i18n.Languages {
			c := i18n.For(lang)
			for _, name := range []string{render.FormatText, render.FormatMarkdown, render.FormatHTML} {
				f, _ := Formats.Lookup(name)
				var buf bytes.Buffer
				if err := f.New().Write(&buf, Input{T: tr, Rubric: r, Cat: c, Date: reporttest.Date, Width: 200}); err != nil {
					t.Fatal(err)
				}
				out := strings.Join(strings.Fields(strings.ReplaceAll(html.UnescapeString(buf.String()), `\`, "")), " ")
				want := []string{c.T("summary.disclaimer"), c.Date(2026, 11, 21), rs[0].City + ", Chile",
					render.RubricText(c, render.RubricDoc{ID: rs[0].RubricID, Version: rs[0].RubricVersion}),
					render.RubricText(c, render.RubricDoc{ID: rs[len(rs)-1].RubricID, Version: rs[len(rs)-1].RubricVersion})}
				for _, h := range tr.History {
					if len(h.Events) > 1 {
						want = append(want, laterChanges(c, h.Events[1:]))
					}
				}
				for _, w := range want {
					if !strings.Contains(out, w) {
						t.Errorf("trend %d %s %s: no %q", i, lang, name, w)
					}
				}
			}
		}
	}
}
