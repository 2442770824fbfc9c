package cohort

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// readPDF writes in as a PDF twice, wants the same bytes both times, and parses it back with
// an independent reader; text is its text folded (PDFFold) with the spaces taken out, so that
// a name a cell wraps is still found.
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
		t.Errorf("%s: two writes of the same summary differ", what)
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
	return got, squeeze(got.Text)
}

// squeeze is text as readPDF compares it: folded, no spaces.
func squeeze(s string) string { return strings.ReplaceAll(reporttest.PDFFold(s), " ", "") }

func wantIn(t *testing.T, what, text string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(text, squeeze(w)) {
			t.Errorf("%s: %q is not in the PDF", what, w)
		}
	}
}

// TestPDFSampleCohort: the sample cohort as a PDF in every language: every city and tier,
// every criterion and its rate, each practice's median, the duplicates with the file kept,
// the other rubric's file, the failure and the skipped files.
func TestPDFSampleCohort(t *testing.T) {
	for _, lang := range i18n.Languages {
		c := i18n.For(lang)
		in := sampleCohort(t, c)
		got, text := readPDF(t, lang, in)
		if got.Pages < 3 || got.Pages > 8 {
			t.Errorf("%s: %d pages", lang, got.Pages)
		}
		d := newHTMLData(in)
		wants := []string{d.Title, d.Counts, d.Skipped, d.OtherNote, d.Kept, "round/broken.xlsx", `"tal vez"`, "round/old/maipu-2021-draft-rubric.json"}
		for _, s := range d.Subs {
			wants = append(wants, s.File, s.City, s.Tier, s.Share)
		}
		for _, q := range in.Cohort.Criteria {
			wants = append(wants, q.ID, c.Percent(q.Rate()))
		}
		for _, s := range in.Cohort.Spreads {
			wants = append(wants, c.T("cohort.html.median", msg.Args{"Median": c.Percent(s.Median)}))
		}
		for _, tier := range d.Tiers {
			wants = append(wants, tier[0])
		}
		wantIn(t, lang, text, wants...)
	}
}

// TestPDFWithReviews: a batch with reviews, claimed and validated, in every language: the
// lines the text summary gives, each submission's validated tier, and every problem.
func TestPDFWithReviews(t *testing.T) {
	for _, lang := range i18n.Languages {
		for _, view := range scoring.Views {
			in := reviewedBatch(t, lang, view)
			_, text := readPDF(t, lang+" "+view, in)
			v := newReviewView(in)
			wants := append(append([]string{in.Cat.T("revbatch.section"), in.Cat.T("revbatch.provisional_legend"), in.Cat.T("revbatch.short.twice")}, v.Lines...), v.Problems...)
			for _, s := range in.Rows {
				if s.Err == nil && s.Brief.Validated != nil {
					wants = append(wants, render.TierName(in.Rubric, in.Cat, s.Brief.Validated.Tier))
				}
			}
			wantIn(t, lang+" "+view, text, wants...)
		}
	}
}

// TestPDFGenerated: generated batches of 0 to 450 files (failures, duplicates, notices) in
// every language: the PDF parses; it folds the table of submissions above FoldAbove rows as
// the page does (no scored file listed, the fold said) and lists every file below it; every
// criterion is there when something was scored.
func TestPDFGenerated(t *testing.T) {
	r := reporttest.Rubric(t)
	rng := rand.New(rand.NewPCG(40, 2))
	for round := range 10 {
		n := []int{0, 1, 2, 30, 150, 260, 450}[round%7]
		lang := i18n.Languages[round%len(i18n.Languages)]
		in := randomBatch(t, rng, r, n, lang)
		scored := 0
		for i := range in.Rows {
			in.Rows[i].Path = fmt.Sprintf("f%03d.xlsx", i)
			if in.Rows[i].Err == nil {
				scored++
			}
		}
		what := fmt.Sprintf("round %d (%s, %d files)", round, lang, n)
		got, text := readPDF(t, what, in)
		if strings.Contains(got.Text, "\x1b") {
			t.Errorf("%s: a terminal control reached the PDF", what)
		}
		d := newHTMLData(in)
		folded := strings.Contains(text, squeeze(in.Cat.T("cohort.pdf.folded", msg.Args{"Count": len(d.Subs), "Number": in.Cat.Number(float64(len(d.Subs))), "Limit": in.Cat.Number(FoldAbove)})))
		if folded != (scored > FoldAbove) {
			t.Errorf("%s: %d scored, folded %v", what, scored, folded)
		}
		for i, s := range in.Rows {
			// A scored file is listed only in the table; a failure in its own.
			if listed := strings.Contains(text, squeeze(s.Path)); s.Err == nil && listed == folded && !s.Duplicate {
				t.Errorf("%s: file %d listed %v, folded %v", what, i, listed, folded)
			}
		}
		if scored == 0 {
			wantIn(t, what, text, d.NoScored)
			continue
		}
		for _, q := range in.Cohort.Criteria {
			wantIn(t, what, text, q.ID)
		}
	}
}

// BenchmarkPDF2000 writes the PDF of a cohort of 2,000 submissions (the table folded).
func BenchmarkPDF2000(b *testing.B) {
	r := reporttest.Rubric(b)
	var pool []scoring.Brief
	for _, s := range reporttest.Samples {
		res, _ := reporttest.Score(b, s.File, scoring.Options{})
		pool = append(pool, res.Brief())
	}
	var rows []Submission
	var briefs []scoring.Brief
	for i := range 2000 {
		br := pool[i%len(pool)]
		br.City = fmt.Sprint("City ", i)
		rows, briefs = append(rows, Submission{Path: fmt.Sprintf("round/f-%04d.xlsx", i), Brief: br}), append(briefs, br)
	}
	in := Input{Rows: rows, Cohort: scoring.Summarize(briefs), Rubric: r, Cat: i18n.For("es"), Date: reporttest.Date}
	b.ReportAllocs()
	for b.Loop() {
		var buf bytes.Buffer
		if err := (pdfWriter{}).Write(&buf, in); err != nil {
			b.Fatal(err)
		}
	}
}
