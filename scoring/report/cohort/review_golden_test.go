package cohort

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/assessment/reviewfile"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// reviewedBatch is a batch of the sample cities with reviews, as wwc batch --reviews
// matches them: Recife reviewed (one criterion not accepted, one waiting for a
// clarification, one not reviewed yet: provisional), Maipú under a review written on other
// answers (stale), Lakeside with none, a copy of Recife reviewed twice, a file that could not
// be read, a review of no submission and a file among the reviews that is not one.
func reviewedBatch(t *testing.T, lang, view string) Input {
	t.Helper()
	r := reporttest.Rubric(t)
	type sub struct {
		path, city, review string
		stale              bool
	}
	subs := []sub{
		{path: "round/lakeside.yaml", city: "lakeside-2025.yaml"},
		{path: "round/maipu.yaml", city: "maipu-2024.yaml", review: "batch-maipu-stale.yaml", stale: true},
		{path: "round/recife.yaml", city: "recife-2024.yaml", review: "batch-recife.yaml"},
	}
	var rows []Submission
	var briefs []scoring.Brief
	for _, s := range subs {
		a, err := answers.Read(reporttest.Testdata("cities", s.city))
		if err != nil {
			t.Fatal(err)
		}
		res := scoring.Score(r, a, scoring.Options{})
		row := Submission{Path: s.path, Brief: res.Brief(), Stale: s.stale}
		if s.review != "" {
			rev, err := reviewfile.Read(reporttest.Testdata("reviews", s.review))
			if err != nil {
				t.Fatal(err)
			}
			v := scoring.BriefValidation(r, a, rev, res, scoring.Options{})
			row.Brief.Validated, row.Reviews = &v, []string{"reviews/" + s.review}
		}
		rows, briefs = append(rows, row), append(briefs, row.Brief)
	}
	twice := rows[2]
	twice.Path, twice.Brief.Validated, twice.Reviews = "round/recife-copy.yaml", nil, []string{"reviews/ana.yaml", "reviews/batch-recife.yaml"}
	twice.Brief.City = "Recife (copia)"
	rows = append(rows, twice, Submission{Path: "round/scan.xlsx", Err: errors.New("round/scan.xlsx is a PDF, not a workbook")})
	briefs = append(briefs, twice.Brief)
	cohort := scoring.Summarize(briefs)
	if view == scoring.ViewValidated {
		cohort = cohort.Validated(briefs)
	}
	return Input{Rows: rows, Cohort: cohort, Rubric: r, Cat: i18n.For(lang), Date: reporttest.Date,
		Reviews: &Reviews{Dir: "reviews", Read: 4, Unmatched: []string{"reviews/batch-springfield.yaml"},
			Skipped: []SkippedReview{{Path: "reviews/notes.txt", Reason: msg.E("revbatch.not_review_name", msg.Args{"File": "reviews/notes.txt"})}}}}
}

// TestGoldenBatchWithReviews: the summary of a batch with reviews in every text format, in
// English and Spanish, claimed and validated; the JSON goldens are checked against the
// schema with the other goldens (docs/schemas).
func TestGoldenBatchWithReviews(t *testing.T) {
	for _, lang := range []string{"en", "es"} {
		for _, view := range scoring.Views {
			for _, f := range Formats.All() {
				if f.Binary || (view == scoring.ViewValidated && f.Name == render.FormatCSV) {
					continue
				}
				var buf bytes.Buffer
				if err := f.New().Write(&buf, reviewedBatch(t, lang, view)); err != nil {
					t.Fatal(err)
				}
				reporttest.Golden(t, fmt.Sprintf("batch-reviews-%s.%s.%s", view, lang, f.Name), buf.Bytes())
			}
		}
	}
}

// TestReviewTableFitsTheWidth: generated batches with reviews (provisional, stale, twice,
// none, long paths) in three languages at widths from 60 to 140: no line of the text summary
// is wider than the terminal, every file keeps its name in the table of reviews, and a
// provisional tier comes with the line that says what * means.
func TestReviewTableFitsTheWidth(t *testing.T) {
	base := reviewedBatch(t, "en", scoring.ViewClaimed)
	rng := rand.New(rand.NewPCG(16, 6))
	folders := []string{"round", "postulaciones de la ronda 2024", "São José dos Campos", strings.Repeat("carpeta-", 8)}
	for n := range 40 {
		var rows []Submission
		for i := range 1 + rng.IntN(12) {
			s := base.Rows[rng.IntN(len(base.Rows))]
			s.Path = fmt.Sprintf("%s/%s/file-%d.yaml", folders[rng.IntN(len(folders))], folders[rng.IntN(len(folders))], i)
			rows = append(rows, s)
		}
		for _, lang := range []string{"en", "es", "pt"} {
			width := 60 + rng.IntN(81)
			in := base
			in.Rows, in.Cat, in.Width = rows, i18n.For(lang), width
			var buf bytes.Buffer
			if err := (textWriter{}).Write(&buf, in); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			for _, line := range strings.Split(out, "\n") {
				if ansi.StringWidth(line) > width {
					t.Fatalf("batch %d, %s at %d: a line of %d: %q\n%s", n, lang, width, ansi.StringWidth(line), line, out)
				}
			}
			table, provisional := reviewTable(in, render.NewLabels(in.Cat))
			lines := strings.Split(table, "\n")[1:]
			k := 0
			for _, s := range rows {
				if s.Err != nil {
					continue
				}
				if name := s.Path[strings.LastIndex(s.Path, "/")+1:]; !strings.Contains(lines[k], name) {
					t.Fatalf("batch %d, %s at %d: row %d lacks %q:\n%s", n, lang, width, k, name, table)
				}
				k++
			}
			if provisional != strings.Contains(out, in.Cat.T("revbatch.provisional_legend")[:12]) {
				t.Fatalf("batch %d, %s: a provisional tier without its legend, or the other way:\n%s", n, lang, out)
			}
		}
	}
}

// TestReviewColumnsInTheWorkbook: in every language, the Summary sheet's review columns are
// typed (the validated share a percent, the clarifications a count, text as text, nothing for
// a submission without a review) and the Cohort sheet says what was read and what did not fit.
func TestReviewColumnsInTheWorkbook(t *testing.T) {
	for _, lang := range i18n.Languages {
		in := reviewedBatch(t, lang, scoring.ViewClaimed)
		var buf bytes.Buffer
		if err := (xlsxWriter{}).Write(&buf, in); err != nil {
			t.Fatal(err)
		}
		f := reporttest.ReadBook(t, buf.Bytes())
		sheets := f.GetSheetList()
		first := 11 + len(in.Rubric.Practices) // the column after the practices
		T, P, I, E := render.CellText, render.CellPercent, render.CellInt, render.CellEmpty
		want := map[int][]render.CellKind{
			2: {E, E, E, E, E, E, E}, // lakeside: no review
			3: {T, T, P, T, I, T, T}, // maipu: provisional, stale
			4: {T, T, P, T, I, E, T}, // recife
			5: {E, E, E, E, E, E, T}, // the copy reviewed twice: both files
		}
		for row, kinds := range want {
			for k, kind := range kinds {
				reporttest.WantCell(t, f, sheets[0], first+k, row, kind)
			}
		}
		rows, err := f.GetRows(sheets[1])
		if err != nil {
			t.Fatal(err)
		}
		var text []string
		for _, r := range rows {
			text = append(text, strings.Join(r, "|"))
		}
		all := strings.Join(text, "\n")
		for _, want := range []string{"reviews/batch-springfield.yaml", "reviews/notes.txt", "round/recife-copy.yaml", in.Cat.T("revbatch.view.claimed")} {
			if !strings.Contains(all, want) {
				t.Errorf("%s: the Cohort sheet does not mention %q:\n%s", lang, want, all)
			}
		}
	}
}
