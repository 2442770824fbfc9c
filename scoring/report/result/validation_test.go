package result

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/assessment/reviewfile"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/schematest"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
	"github.com/citydatakit/wwc/scoring/report/render"
	"github.com/xuri/excelize/v2"
)

// reviewedLakeside is Lakeside 2025 with the fixture review testdata/reviews/score-lakeside-2025.yaml
// applied: DM4 not accepted, OD4 waiting for clarification, RDC7, CI1 and CI2 not reviewed, EVAL3
// stale, the one metric showing progress not accepted.
func reviewedLakeside(t *testing.T, lang string) Input {
	t.Helper()
	r := reporttest.Rubric(t)
	a, err := answers.Read(reporttest.Testdata("cities", "lakeside-2025.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	rev, err := reviewfile.Read(reporttest.Testdata("reviews", "score-lakeside-2025.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	res := scoring.Score(r, a, scoring.Options{})
	v := scoring.Validate(r, a, rev, res, scoring.Options{})
	return Input{Result: res, Rubric: r, Cat: i18n.For(lang), Date: reporttest.Date,
		Review: &Reviewed{Validation: v, Review: rev, Changed: rev.Submission.SHA256 != answers.Digest(a)}}
}

// TestGoldenValidation: the validated result in every text format, in English and Spanish.
func TestGoldenValidation(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		in := reviewedLakeside(t, lang)
		if v := in.Review.Validation; v.Tier != scoring.TierNone || !v.Provisional || !in.Review.Changed || in.Result.Tier != "silver" {
			t.Fatalf("the fixture no longer shows what it is for: validated %s, provisional %v, changed %v, claimed %s", v.Tier, v.Provisional, in.Review.Changed, in.Result.Tier)
		}
		for _, format := range []string{render.FormatText, render.FormatMarkdown, render.FormatHTML, render.FormatCSV, render.FormatJSON} {
			f, _ := Formats.Lookup(format)
			var buf bytes.Buffer
			if err := f.New().Write(&buf, in); err != nil {
				t.Fatal(err)
			}
			reporttest.Golden(t, "lakeside-2025-review."+lang+"."+format, buf.Bytes())
		}
	}
}

// TestValidationWorkbook reads the validation sheet back.
func TestValidationWorkbook(t *testing.T) {
	var buf bytes.Buffer
	if err := (xlsxWriter{}).Write(&buf, reviewedLakeside(t, "es")); err != nil {
		t.Fatal(err)
	}
	f := reporttest.ReadBook(t, buf.Bytes())
	defer f.Close()
	if got := strings.Join(f.GetSheetList(), "|"); got != "Resumen|Todos los criterios|Indicadores de resultados|Resultado validado" {
		t.Fatalf("sheets %s", got)
	}
	rows, _ := f.GetRows("Resultado validado")
	text := fmt.Sprint(rows)
	for _, want := range []string{"Informado por la ciudad", "Validado", "Plata", "sin nivel (provisional)", "Ana Torres", "36 de 39 criterios informados revisados",
		"DM4", "no aceptado", "2019 draft", "OD4", "aclaración", "EVAL3", "la respuesta cambió después de la decisión", "Median 911 response time"} {
		if !strings.Contains(text, want) {
			t.Errorf("validation sheet lacks %q:\n%s", want, text)
		}
	}
	for _, cell := range []struct {
		name string
		want int
	}{{"B5", 39}, {"C5", 34}, {"B7", 1}, {"C7", 0}} {
		v, _ := f.GetCellValue("Resultado validado", cell.name, excelize.Options{RawCellValue: true})
		if v != fmt.Sprint(cell.want) {
			t.Errorf("%s is %q, want the number %d", cell.name, v, cell.want)
		}
	}
	summary, _ := f.GetRows("Resumen")
	if !strings.Contains(fmt.Sprint(summary), "Resultado validado") {
		t.Error("the summary sheet does not give the validated tier")
	}
	reporttest.WantPrintable(t, f, "Resultado validado", 1)
}

// randomReview decides on a's claims at random: every decision, none, answers recorded as
// they stand or as they were, comments that are hostile text, metrics too.
func randomReview(rng *rand.Rand, r *questions.Rubric, a *assessment.Assessment) *assessment.Review {
	comments := []string{"", "Link broken.", `<script>alert("x")</script>`, "=HYPERLINK(\"http://evil\")", "@SUM(A1)", "two\nlines", "| pipe | and *stars*", "ação ñ 😀"}
	rev := assessment.NewReview()
	rev.Reviewer = comments[rng.IntN(len(comments))]
	rev.Submission = assessment.ReviewedSubmission{City: a.City, Country: a.Country, Year: a.Year, Rubric: assessment.RubricRef{ID: r.ID, Version: r.Version}}
	for _, q := range r.Questions() {
		if rng.IntN(5) == 0 {
			continue
		}
		ans := a.Answer(q.ID).Value
		if rng.IntN(12) == 0 {
			ans = assessment.Values[rng.IntN(len(assessment.Values))]
		}
		rev.Criteria[questions.NormalizeID(q.ID)] = assessment.ReviewItem{Decision: assessment.Decisions[rng.IntN(3)], Answer: ans, Comment: comments[rng.IntN(len(comments))]}
	}
	for _, m := range a.Outcomes {
		if rng.IntN(4) > 0 {
			rev.Metrics[m.Name] = assessment.ReviewItem{Decision: assessment.Decisions[rng.IntN(3)], Comment: comments[rng.IntN(len(comments))]}
		}
	}
	return rev
}

// TestValidationEveryFormat: for many random cities and reviews, in every language, every
// format writes; the JSON document matches its schema and its figures; the human formats
// give the validated tier and say "provisional" exactly when it is; what the reviewer typed
// stays inert (HTML escaped, no CSV cell starting a formula).
func TestValidationEveryFormat(t *testing.T) {
	r := reporttest.Rubric(t)
	rng := rand.New(rand.NewPCG(16, 3))
	for i := 0; i < 60; i++ {
		a := reporttest.RandomAssessment(rng, r, i)
		rev := randomReview(rng, r, a)
		res := scoring.Score(r, a, scoring.Options{})
		val := scoring.Validate(r, a, rev, res, scoring.Options{})
		lang := i18n.Languages[i%len(i18n.Languages)]
		in := Input{Result: res, Rubric: r, Cat: i18n.For(lang), Date: reporttest.Date, Review: &Reviewed{Validation: val, Review: rev, Changed: i%2 == 0}}
		out := map[string]string{}
		for _, f := range Formats.All() {
			var buf bytes.Buffer
			if err := f.New().Write(&buf, in); err != nil {
				t.Fatalf("%d %s: %v", i, f.Name, err)
			}
			out[f.Name] = buf.String()
		}
		if err := schematest.ValidateJSON(fmt.Sprintf("random %d", i), []byte(out[render.FormatJSON])); err != nil {
			t.Fatalf("%d: %v", i, err)
		}
		var doc ResultDoc
		if err := json.Unmarshal([]byte(out[render.FormatJSON]), &doc); err != nil {
			t.Fatal(err)
		}
		if v := doc.Validation; v == nil || v.Tier != val.Tier || v.Met != val.Met || v.Provisional != val.Provisional ||
			v.Reviewed != val.Reviewed || v.Claimed != val.Claimed || len(v.NotAccepted) != len(val.NotAccepted) || len(v.Stale) != len(val.Stale) {
			t.Fatalf("%d: validation object %+v, want %+v", i, doc.Validation, val)
		}
		c := in.Cat
		tier := render.TierName(r, c, val.Tier)
		provisional := c.T("validation.provisional_tier", map[string]any{"Tier": tier})
		for _, name := range []string{render.FormatText, render.FormatMarkdown, render.FormatHTML, render.FormatCSV} {
			text := out[name]
			if name == render.FormatText {
				text = strings.ReplaceAll(text, strings.ToUpper(tier), tier)
			}
			if name == render.FormatHTML {
				text = strings.ReplaceAll(text, "&#39;", "'")
			}
			if has := strings.Contains(text, provisional); has != val.Provisional {
				t.Errorf("%d %s %s: says %q: %v, provisional: %v", i, lang, name, provisional, has, val.Provisional)
			}
			if !strings.Contains(text, c.T("validation.heading")) {
				t.Errorf("%d %s %s: no validated section", i, lang, name)
			}
		}
		if strings.Contains(out[render.FormatHTML], "<script>alert") {
			t.Errorf("%d: a comment runs in HTML", i)
		}
		cr := csv.NewReader(strings.NewReader(strings.TrimPrefix(out[render.FormatCSV], "\ufeff")))
		cr.Comma, cr.FieldsPerRecord = render.CSVComma(c), -1
		records, err := cr.ReadAll()
		if err != nil {
			t.Fatalf("%d: the CSV does not read back: %v", i, err)
		}
		for _, rec := range records {
			for _, f := range rec {
				if f != "" && strings.ContainsRune("=+@\t\r", rune(f[0])) {
					t.Errorf("%d: CSV cell starts a formula: %q", i, f)
				}
			}
		}
	}
}

// TestNoReviewNoValidation: without a review, no format mentions a validation.
func TestNoReviewNoValidation(t *testing.T) {
	res, r := reporttest.Score(t, "lakeside-2025.yaml", scoring.Options{})
	for _, lang := range i18n.Languages {
		in := Input{Result: res, Rubric: r, Cat: i18n.For(lang), Date: reporttest.Date}
		for _, f := range Formats.All() {
			if f.Binary {
				continue
			}
			var buf bytes.Buffer
			if err := f.New().Write(&buf, in); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(buf.String(), in.Cat.T("validation.heading")) || strings.Contains(buf.String(), `"validation"`) {
				t.Errorf("%s %s: a validation without a review", lang, f.Name)
			}
		}
	}
}

// TestValidationTextStyledAndFitted: the validated section, styled, is the plain text with
// colours, and at every terminal width from 40 to 120 its lines fit.
func TestValidationTextStyledAndFitted(t *testing.T) {
	for _, lang := range i18n.Languages {
		in := reviewedLakeside(t, lang)
		var plain, styled bytes.Buffer
		if err := (textWriter{}).Write(&plain, in); err != nil {
			t.Fatal(err)
		}
		in.Styled = true
		if err := (textWriter{}).Write(&styled, in); err != nil {
			t.Fatal(err)
		}
		var stripped bytes.Buffer
		w := colorprofile.NewWriter(&stripped, nil)
		w.Profile = colorprofile.NoTTY
		w.Write(styled.Bytes())
		if stripped.String() != plain.String() {
			t.Errorf("%s: the styled validated section has other words than the plain one:\n%s\n---\n%s", lang, stripped.String(), plain.String())
		}
		in.Styled = false
		for width := 40; width <= 120; width += 7 {
			in.Width = width
			var buf bytes.Buffer
			if err := (textWriter{}).Write(&buf, in); err != nil {
				t.Fatal(err)
			}
			reporttest.WantFits(t, lang+" validated summary", buf.String(), width)
		}
	}
}
