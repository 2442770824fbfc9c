package xlsx

import (
	"bytes"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/questions"
)

// words a city might type, in three languages, with the characters that trip readers up.
var words = []string{"acta", "Decreto", "nº", "123/2024", "https://datos.example.gob/x?id=7&a=b", "<b>", "\"citado\"", "'",
	"ñandú", "ação", "São", "Bogotá", "—", "€", "50%", "=SUM(A1)", "+56", "-", "@user", "línea", "ふりがな", "😀", "a&b", "]]>", "x"}

// randomText is a short text of random words, sometimes over several lines.
func randomText(rng *rand.Rand) string {
	n := 1 + rng.Intn(8)
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			if rng.Intn(6) == 0 {
				b.WriteString("\n")
			} else {
				b.WriteString(" ")
			}
		}
		b.WriteString(words[rng.Intn(len(words))])
	}
	return b.String()
}

// randomAssessment is a city with random answers, evidence, notes and outcome metrics.
func randomAssessment(rng *rand.Rand, r *questions.Rubric) *assessment.Assessment {
	a := assessment.New()
	if rng.Intn(4) > 0 {
		a.City, a.Country = randomText(rng), randomText(rng)
		a.City = strings.ReplaceAll(a.City, "\n", " ")
		a.Country = strings.ReplaceAll(a.Country, "\n", " ")
		a.Year, a.Population = 2015+rng.Intn(12), 1000+rng.Intn(5_000_000)
	}
	values := []assessment.Value{assessment.Met, assessment.NotMet, assessment.InProgress, assessment.Unanswered}
	for _, q := range r.Questions() {
		if rng.Intn(5) == 0 {
			continue
		}
		ans := assessment.Answer{Value: values[rng.Intn(len(values))]}
		if rng.Intn(2) == 0 {
			ans.Evidence = randomText(rng)
		}
		if rng.Intn(3) == 0 {
			ans.Notes = randomText(rng)
		}
		a.Set(questions.NormalizeID(q.ID), ans)
	}
	for m := rng.Intn(5); m > 0; m-- {
		metric := assessment.Metric{Name: strings.ReplaceAll(randomText(rng), "\n", " "), Direction: assessment.Direction(1 + rng.Intn(2))}
		if rng.Intn(2) == 0 {
			metric.Unit = words[rng.Intn(len(words))]
		}
		if rng.Intn(3) > 0 {
			base := float64(rng.Intn(1_000_000)) / float64([]int{1, 10, 100}[rng.Intn(3)])
			metric.Baseline, metric.BaselineYear = &base, 2010+rng.Intn(8)
		}
		if rng.Intn(3) > 0 {
			cur := float64(rng.Intn(1_000_000)) / float64([]int{1, 10, 100}[rng.Intn(3)])
			metric.Current, metric.CurrentYear = &cur, 2018+rng.Intn(8)
		}
		if rng.Intn(2) == 0 {
			metric.Evidence = randomText(rng)
		}
		a.Outcomes = append(a.Outcomes, metric)
	}
	return a
}

// TestTemplateRoundTripProperty: any assessment our template writer puts in a workbook, in any
// language, reads back exactly.
func TestTemplateRoundTripProperty(t *testing.T) {
	r := rubric(t)
	rng := rand.New(rand.NewSource(20261121))
	for i := 0; i < 60; i++ {
		want := randomAssessment(rng, r)
		lang := i18n.Languages[rng.Intn(len(i18n.Languages))]
		var buf bytes.Buffer
		if err := WriteTemplate(&buf, Template{Rubric: r, Cat: i18n.For(lang), From: want, OutcomeRows: rng.Intn(4)}); err != nil {
			t.Fatal(err)
		}
		got, err := read("case.xlsx", bytes.NewReader(buf.Bytes()), int64(buf.Len()), DefaultLimits)
		if err != nil {
			t.Fatalf("case %d (%s): %v", i, lang, err)
		}
		if !reflect.DeepEqual(comparable(want), comparable(got)) {
			t.Fatalf("case %d (%s) does not read back the same\nwant %+v\ngot  %+v", i, lang, comparable(want), comparable(got))
		}
	}
}
