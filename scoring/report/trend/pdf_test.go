package trend

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
	"github.com/citydatakit/wwc/scoring/report/internal/resulttest"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// readPDF writes in as a PDF twice, wants the same bytes both times and every font
// embedded, and parses it back with an independent reader; text is its text folded
// (PDFFold) with the spaces taken out, so that a name a cell wraps is still found.
func readPDF(t *testing.T, what string, in Input) (got reporttest.PDF, text string) {
	t.Helper()
	var a, b bytes.Buffer
	if err := (pdfWriter{}).Write(&a, in); err != nil {
		t.Fatal(err)
	}
	if err := (pdfWriter{}).Write(&b, in); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("%s: two writes differ", what)
	}
	got = reporttest.ReadPDF(t, a.Bytes())
	if len(got.Fonts) == 0 {
		t.Errorf("%s: no fonts", what)
	}
	for name, embedded := range got.Fonts {
		if !embedded {
			t.Errorf("%s: font %s is not embedded", what, name)
		}
	}
	if strings.Contains(got.Text, "\x1b") {
		t.Errorf("%s: a terminal control reached the PDF", what)
	}
	return got, squeeze(got.Text)
}

func squeeze(s string) string { return strings.ReplaceAll(reporttest.PDFFold(s), " ", "") }

func wantIn(t *testing.T, what, text string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(text, squeeze(w)) {
			t.Errorf("%s: %q is not in the PDF", what, w)
		}
	}
}

// viewWants are what a city's trend must say: the header, every cell of the table of years
// (the practices' cells too), each criterion's history and the line of those never met.
func viewWants(v *view) []string {
	wants := []string{v.Heading, v.Rubric, v.Disclaimer, v.LFirst, v.Never}
	for _, row := range v.Rows {
		wants = append(wants, row...)
	}
	for _, h := range v.History {
		wants = append(wants, h.Criterion, h.Changes)
	}
	return wants
}

// TestPDFTrend: Maipú over three years in every language, and generated cities over two to
// thirteen years (more years than a table takes, a draft rubric among them): the PDF says
// everything the view says.
func TestPDFTrend(t *testing.T) {
	r := reporttest.Rubric(t)
	for _, lang := range i18n.Languages {
		in := Input{T: resulttest.Maipu(t, r), Rubric: r, Cat: i18n.For(lang), Date: reporttest.Date}
		got, text := readPDF(t, "maipu "+lang, in)
		if got.Pages < 1 || got.Pages > 3 {
			t.Errorf("maipu %s: %d pages", lang, got.Pages)
		}
		wantIn(t, "maipu "+lang, text, append(viewWants(newView(in)), "2022", "2023", "2024", in.Cat.T("trend.title"))...)
	}
	rng := rand.New(rand.NewPCG(7, 30))
	for i := range 9 {
		var rs []*scoring.Result
		name := reporttest.LongName(rng, 80) + " 🏙 東京"
		for y := range 2 + rng.IntN(12) {
			a := reporttest.RandomAssessment(rng, r, i)
			a.Country, a.Year = "Chile", 2012+y
			if i%3 == 0 {
				a.City = name
			}
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
		in := Input{T: tr, Rubric: r, Cat: i18n.For(i18n.Languages[i%len(i18n.Languages)]), Date: reporttest.Date}
		what := fmt.Sprintf("trend %d (%d years)", i, len(rs))
		_, text := readPDF(t, what, in)
		v := newView(in)
		v.Heading = strings.NewReplacer("🏙", "?", "東", "?", "京", "?").Replace(v.Heading)
		wantIn(t, what, text, viewWants(v)...)
	}
}

// TestPDFPanel: the panel of the sample cities and generated panels (long names, one to six
// cities, a draft rubric, a rubric with long names) in every language: every city, every
// cell of the tables of cities, years and criteria, each city's history.
func TestPDFPanel(t *testing.T) {
	r := reporttest.Rubric(t)
	check := func(what string, in Input) {
		t.Helper()
		got, text := readPDF(t, what, in)
		if got.Pages < 1 {
			t.Errorf("%s: no pages", what)
		}
		v := newPanelView(in)
		wants := []string{v.Heading, v.Disclaimer, v.LCities, v.LByYear, v.LCriteria, v.LHistory, v.OtherRubric}
		for _, rows := range [][][]string{v.CityRows, v.YearRows, v.CriteriaRows} {
			for _, row := range rows {
				wants = append(wants, row...)
			}
		}
		for _, c := range v.Cities {
			wants = append(wants, c.Name, c.Never)
			for _, h := range c.History {
				wants = append(wants, h.Criterion, h.Changes)
			}
		}
		wantIn(t, what, text, wants...)
	}
	for _, lang := range i18n.Languages {
		check("sample panel "+lang, Input{Panel: samplePanel(t, r), Rubric: r, Cat: i18n.For(lang), Date: reporttest.Date})
	}
	rng := rand.New(rand.NewPCG(3, 33))
	for i := range 8 {
		rr := r
		if i%4 == 3 {
			rr = reporttest.LongRubric(t, rng, 10+rng.IntN(50))
		}
		lang := i18n.Languages[i%len(i18n.Languages)]
		check(fmt.Sprintf("panel %d %s", i, lang), Input{Panel: randomPanel(t, rng, rr), Rubric: rr, Cat: i18n.For(lang), Date: reporttest.Date})
	}
}

// TestPDFIsAFormat: a trend is written as PDF, a binary format.
func TestPDFIsAFormat(t *testing.T) {
	if f, ok := Formats.Lookup(render.FormatPDF); !ok || !f.Binary {
		t.Errorf("formats %v", Formats.Names())
	}
}
