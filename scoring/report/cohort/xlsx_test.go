package cohort

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/questions/rubricfile"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// TestSummaryCellsAreTyped writes generated batches (failed rows, duplicates, notices) in every
// language and reads every cell of the three sheets back: figures as numbers in their formats,
// a failed row's figures empty, text as text.
func TestSummaryCellsAreTyped(t *testing.T) {
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(12, 2))
	sawFailed, sawDuplicate := false, false
	for i := range 12 {
		lang := i18n.Languages[i%len(i18n.Languages)]
		in := randomBatch(t, rng, r, 3+rng.IntN(10), lang)
		var buf bytes.Buffer
		if err := (xlsxWriter{}).Write(&buf, in); err != nil {
			t.Fatal(err)
		}
		f := reporttest.ReadBook(t, buf.Bytes())
		sheets := f.GetSheetList()
		if len(sheets) != 4 {
			t.Fatalf("sheets %v", sheets)
		}
		sum, cohort, crit, errs := sheets[0], sheets[1], sheets[2], sheets[3]
		np := len(r.Practices)
		reporttest.WantHeadersFit(t, f, sum, 1)
		for k, s := range in.Rows {
			var kinds []render.CellKind
			if s.Err != nil {
				sawFailed = true
				kinds = append([]render.CellKind{render.CellText}, make([]render.CellKind, 9+np+2)...)
				kinds = append(kinds, render.CellText)
			} else {
				year := render.CellYear
				if s.Brief.Year == 0 {
					year = render.CellEmpty
				}
				country := render.CellText
				if s.Brief.Country == "" {
					country = render.CellEmpty
				}
				kinds = []render.CellKind{render.CellText, render.CellText, country, year, render.CellInt, render.CellInt, render.CellPercent, render.CellText, render.CellInt, render.CellInt}
				for range np {
					kinds = append(kinds, render.CellPercent)
				}
				dup, notes := render.CellEmpty, render.CellEmpty
				if s.Duplicate {
					dup, sawDuplicate = render.CellText, true
				}
				if len(s.Brief.Notices) > 0 {
					notes = render.CellText
				}
				kinds = append(kinds, dup, notes, render.CellEmpty)
			}
			reporttest.WantRow(t, f, sum, k+2, kinds...)
		}
		reporttest.WantPrintable(t, f, sum, 1)

		rows, _ := f.GetRows(cohort)
		tables := 0
		for n, row := range rows {
			switch {
			case len(row) == 2 && row[1] == in.Cat.T("batch.col.cities"):
				tables++
				reporttest.WantHeadersFit(t, f, cohort, n+1)
				for k := range len(r.Tiers) + 1 {
					reporttest.WantRow(t, f, cohort, n+2+k, render.CellText, render.CellInt)
				}
			case len(row) == 3 && row[2] == in.Cat.T("batch.col.average"):
				tables++
				reporttest.WantHeadersFit(t, f, cohort, n+1)
				for k := range in.Cohort.Practices {
					reporttest.WantRow(t, f, cohort, n+2+k, render.CellText, render.CellText, render.CellPercent)
				}
			}
		}
		if tables != 2 {
			t.Errorf("%s: %d tables in %s", lang, tables, cohort)
		}
		reporttest.WantPrintable(t, f, cohort, 1)

		reporttest.WantHeadersFit(t, f, crit, 1)
		for k := range in.Cohort.Criteria {
			reporttest.WantRow(t, f, crit, k+2, render.CellText, render.CellText, render.CellInt, render.CellInt, render.CellPercent)
		}
		reporttest.WantPrintable(t, f, crit, 1)

		erows, _ := f.GetRows(errs)
		if len(erows) != 1+len(in.Skipped)+countFailed(in.Rows) {
			t.Errorf("%s: %d rows in %s", lang, len(erows), errs)
		}
		for k := 2; k <= len(erows); k++ {
			reporttest.WantRow(t, f, errs, k, render.CellText, render.CellText)
		}
		reporttest.WantPrintable(t, f, errs, 1)
	}
	if !sawFailed || !sawDuplicate {
		t.Errorf("the generator made no failed row (%v) or no duplicate (%v)", sawFailed, sawDuplicate)
	}
}

func countFailed(rows []Submission) int {
	n := 0
	for _, s := range rows {
		if s.Err != nil {
			n++
		}
	}
	return n
}

// TestSummaryLongTexts: a city and year submitted hundreds of times, an error of thousands of
// words and many notices make rows taller than a spreadsheet allows; the summary and the
// report are still written, their rows at the tallest allowed.
func TestSummaryLongTexts(t *testing.T) {
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	res := scoring.Score(r, reporttest.RandomAssessment(rand.New(rand.NewPCG(3, 3)), r, 1), scoring.Options{})
	for _, n := range []int{1, 40, 400} {
		var rows []Submission
		var briefs []scoring.Brief
		for i := range n {
			b := res.Brief()
			b.Notices = make([]assessment.Notice, n%50)
			for k := range b.Notices {
				b.Notices[k] = assessment.Notice{Code: "no_outcomes_sheet"}
			}
			briefs = append(briefs, b)
			rows = append(rows, Submission{Path: fmt.Sprintf("round/%d/maipu.xlsx", i), Brief: b, Duplicate: n > 1})
		}
		rows = append(rows, Submission{Path: "broken.xlsx", Err: errors.New(strings.Repeat("a problem ", 100*n))})
		cohort := scoring.Summarize(briefs)
		in := Input{Rows: rows, Cohort: cohort, Rubric: r, Cat: i18n.For("pt"), Date: reporttest.Date}
		var buf bytes.Buffer
		if err := (xlsxWriter{}).Write(&buf, in); err != nil {
			t.Fatalf("%d duplicates: %v", n, err)
		}
		f := reporttest.ReadBook(t, buf.Bytes())
		for _, sheet := range f.GetSheetList() {
			rows, _ := f.GetRows(sheet)
			for k := range rows {
				if h, _ := f.GetRowHeight(sheet, k+1); h > render.MaxRowHeight {
					t.Errorf("%d: %s row %d is %.0f points", n, sheet, k+1, h)
				}
			}
		}
	}
}

// randomBatch scores n generated assessments, makes some rows failures and repeats some city
// and year so that they are duplicates.
func randomBatch(t testing.TB, rng *rand.Rand, r *questions.Rubric, n int, lang string) Input {
	t.Helper()
	var rows []Submission
	var briefs []scoring.Brief
	for i := range n {
		path := fmt.Sprintf("round/%02d-%s.xlsx", i, strings.Repeat("a-long-name-", rng.IntN(4)))
		if rng.IntN(4) == 0 {
			var err error = errors.New(path + ": sheet Criterios, cell C7: " + strings.Repeat("a problem ", 1+rng.IntN(30)))
			if rng.IntN(2) == 0 {
				err = msg.List{err, errors.New("=second problem")}
			}
			rows = append(rows, Submission{Path: path, Err: err})
			continue
		}
		a := reporttest.RandomAssessment(rng, r, i)
		if i > 0 && rng.IntN(3) == 0 {
			a.City, a.Year = "Maipú", 2025 // the same city and year again
		}
		b := scoring.Score(r, a, scoring.Options{}).Brief()
		if rng.IntN(3) == 0 {
			b.Notices = []assessment.Notice{{Code: "no_outcomes_sheet"}}
		}
		briefs = append(briefs, b)
		rows = append(rows, Submission{Path: path, Brief: b})
	}
	cohort := scoring.Summarize(briefs)
	// The cohort's indexes count scored rows only; map them back to rows.
	var scored []int
	for i, s := range rows {
		if s.Err == nil {
			scored = append(scored, i)
		}
	}
	for g, group := range cohort.Duplicates {
		for k, idx := range group {
			rows[scored[idx]].Duplicate = true
			rows[scored[idx]].Dropped = idx != cohort.Kept[g]
			group[k] = scored[idx]
		}
		cohort.Kept[g] = scored[cohort.Kept[g]]
	}
	return Input{Rows: rows, Cohort: cohort, Rubric: r, Cat: i18n.For(lang), Date: reporttest.Date,
		Skipped: []SkippedFile{{Path: ".~lock.a.xlsx#", Reason: "lock"}}}
}

// BenchmarkXLSXSummary writes the summary of a generated batch of 300 files.
func BenchmarkXLSXSummary(b *testing.B) {
	r, err := rubricfile.Default()
	if err != nil {
		b.Fatal(err)
	}
	in := randomBatch(b, rand.New(rand.NewPCG(1, 2)), r, 300, "es")
	b.ReportAllocs()
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := (xlsxWriter{}).Write(&buf, in); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/file")
}
