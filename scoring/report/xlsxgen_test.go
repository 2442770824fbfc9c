package report

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/questions/rubricfile"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
)

// randomAssessment answers every criterion at random (some unanswered, some with a text that
// starts like a formula) and gives 0 to 4 metrics whose values and years may be missing.
func randomAssessment(rng *rand.Rand, r *questions.Rubric, i int) *assessment.Assessment {
	a := assessment.New()
	a.City = []string{"Maipú", "Recife", "Lakeside", "=Evil City", "São José dos Campos"}[i%5]
	a.Country = []string{"Chile", "Brasil", "", "United States"}[rng.IntN(4)]
	a.Year = []int{2024, 2025, 0, 2026}[rng.IntN(4)]
	values := []assessment.Value{assessment.Met, assessment.NotMet, assessment.InProgress, assessment.Unanswered}
	for _, p := range r.Practices {
		for _, q := range p.Questions {
			ans := assessment.Answer{Value: values[rng.IntN(len(values))]}
			switch rng.IntN(4) {
			case 0:
				ans.Evidence = "https://city.example/" + q.ID
			case 1:
				ans.Notes = "=SUM(A1:A9) " + strings.Repeat("long note ", rng.IntN(20))
			}
			a.Set(q.ID, ans)
		}
	}
	for k := rng.IntN(5); k > 0; k-- {
		m := assessment.Metric{Name: fmt.Sprintf("metric %d", k), Unit: "%", Direction: assessment.Increase}
		if rng.IntN(3) > 0 {
			v := float64(rng.IntN(200000)) / 8
			m.Baseline, m.BaselineYear = &v, 2015+rng.IntN(5)
		}
		if rng.IntN(3) > 0 {
			v := float64(rng.IntN(2000)) / 3
			m.Current = &v
			if rng.IntN(2) == 0 {
				m.CurrentYear = 2022 + rng.IntN(4)
			}
		}
		a.Outcomes = append(a.Outcomes, m)
	}
	return a
}

// randomBatch scores n generated assessments, makes some rows failures and repeats some city
// and year so that they are duplicates.
func randomBatch(t testing.TB, rng *rand.Rand, r *questions.Rubric, n int, lang string) SummaryInput {
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
		a := randomAssessment(rng, r, i)
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
	return SummaryInput{Rows: rows, Cohort: cohort, Rubric: r, Cat: i18n.For(lang), Date: reportDate,
		Skipped: []SkippedFile{{Path: ".~lock.a.xlsx#", Reason: "lock"}}}
}

// BenchmarkXLSXReport writes the report of a generated assessment.
func BenchmarkXLSXReport(b *testing.B) {
	r, err := rubricfile.Default()
	if err != nil {
		b.Fatal(err)
	}
	a := randomAssessment(rand.New(rand.NewPCG(1, 1)), r, 0)
	in := Input{Result: scoring.Score(r, a, scoring.Options{}), Rubric: r, Cat: i18n.For("es"), Date: reportDate}
	b.ReportAllocs()
	for b.Loop() {
		if err := (xlsxWriter{}).Write(io.Discard, in); err != nil {
			b.Fatal(err)
		}
	}
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
		if err := (xlsxSummary{}).WriteSummary(&buf, in); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/file")
}
