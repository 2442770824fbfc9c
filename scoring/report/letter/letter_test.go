package letter

import (
	"bytes"
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/assessment/reviewfile"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
)

// sample is a sample city with a review fixture of testdata/reviews applied.
func sample(t testing.TB, city, review string) (Input, *assessment.Assessment) {
	t.Helper()
	r := reporttest.Rubric(t)
	a, err := answers.Read(reporttest.Testdata("cities", city))
	if err != nil {
		t.Fatal(err)
	}
	rev, err := reviewfile.Read(reporttest.Testdata("reviews", review))
	if err != nil {
		t.Fatal(err)
	}
	return input(r, a, rev, city), a
}

// input applies rev to a as the command does.
func input(r *questions.Rubric, a *assessment.Assessment, rev *assessment.Review, file string) Input {
	res := scoring.Score(r, a, scoring.Options{})
	return Input{Result: res, Validation: scoring.Validate(r, a, rev, res, scoring.Options{}), Review: rev, Rubric: r,
		File: file, Changed: rev.Submission.SHA256 != answers.Digest(a)}
}

// TestGoldenLetter: the letter to Maipú (a review under way: clarifications, a criterion not
// accepted, a stale decision, a claim not yet reviewed) in every format in English and
// Spanish, and the finished review of Recife in Portuguese.
func TestGoldenLetter(t *testing.T) {
	cases := []struct{ city, review, name string }{
		{"maipu-2024.yaml", "letter-maipu-2024.yaml", "letter-maipu-2024"},
		{"recife-2024.yaml", "letter-recife-2024.yaml", "letter-recife-2024"},
	}
	for _, tc := range cases {
		in, _ := sample(t, tc.city, tc.review)
		langs := []string{"en", "es"}
		if tc.city == "recife-2024.yaml" {
			langs = []string{"pt"}
		}
		for _, lang := range langs {
			in.Cat = i18n.For(lang)
			for _, f := range Formats.All() {
				var buf bytes.Buffer
				if err := f.New().Write(&buf, in); err != nil {
					t.Fatal(err)
				}
				reporttest.Golden(t, tc.name+"."+lang+"."+f.Name, buf.Bytes())
			}
		}
	}
}
