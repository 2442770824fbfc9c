package letter

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/assessment/reviewfile"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
	"github.com/citydatakit/wwc/scoring/report/render"
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

// TestLetterRandomReviews writes letters from random reviews of random submissions (every
// decision, stale answers, comments with markup, control characters and line breaks, metrics
// decided or not) in every language and format: each names every criterion and metric asked
// about, says what would settle it, lets no markup or control character of a comment through,
// and never shows a missing message.
func TestLetterRandomReviews(t *testing.T) {
	r := reporttest.Rubric(t)
	rng := rand.New(rand.NewPCG(16, 4))
	comments := []string{"", "<script>alert(1)</script> & <b>bold</b>", "see | *this* [x](javascript:1)", "line one\nline two", "\x1b[31mred\u202e", "=HYPERLINK(\"x\")"}
	values := []assessment.Value{assessment.Met, assessment.NotMet, assessment.InProgress, assessment.Unanswered}
	for i := 0; i < 90; i++ {
		a := reporttest.RandomAssessment(rng, r, i)
		rev := assessment.NewReview()
		if i%3 > 0 {
			rev.Reviewer = []string{"Ana <i>Torres</i>", "Luis\x1b[2J Pérez"}[i%2]
		}
		for id, ans := range a.Answers {
			if d := assessment.Decision(rng.IntN(4)); d != assessment.Unreviewed {
				was := ans.Value
				if rng.IntN(6) == 0 {
					was = values[rng.IntN(len(values))]
				}
				rev.Criteria[id] = assessment.ReviewItem{Decision: d, Answer: was, Comment: comments[rng.IntN(len(comments))], Date: fmt.Sprintf("2026-11-%02d", 1+rng.IntN(28))}
			}
		}
		for _, m := range a.Outcomes {
			if d := assessment.Decision(rng.IntN(4)); d != assessment.Unreviewed {
				rev.Metrics[m.Name] = assessment.ReviewItem{Decision: d, Comment: comments[rng.IntN(len(comments))]}
			}
		}
		in := input(r, a, rev, "city.yaml")
		in.Cat = i18n.For(i18n.Languages[i%len(i18n.Languages)])
		v := in.Validation
		asked := slices.Concat(v.Clarifications, v.NotAccepted, v.Stale, v.MetricsClarifications, v.MetricsNotAccepted)
		for _, f := range Formats.All() {
			var buf bytes.Buffer
			if err := f.New().Write(&buf, in); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			for _, id := range asked {
				if !strings.Contains(out, id) {
					t.Fatalf("%d %s: %s is asked about but not named:\n%s", i, f.Name, id, out)
				}
			}
			if len(v.Clarifications)+len(v.NotAccepted) > 0 && !strings.Contains(out, in.Cat.T("letter.label.guidance")) {
				t.Fatalf("%d %s: no evidence that would settle the criteria asked about", i, f.Name)
			}
			markup := f.Name != render.FormatText && (strings.Contains(out, "<script") || strings.Contains(out, "<b>") || strings.Contains(out, "<i>"))
			if markup || strings.ContainsAny(out, "\x1b\u202e") || strings.Contains(out, "[letter.") {
				t.Fatalf("%d %s: unsafe or missing text in the letter:\n%s", i, f.Name, out)
			}
		}
	}
}

// TestLetterStages: what the letter says first and last follows where the review stands: no
// decision yet, everything accepted, clarifications pending in a finished review, claims not
// yet reviewed.
func TestLetterStages(t *testing.T) {
	r := reporttest.Rubric(t)
	a, err := answers.Read(reporttest.Testdata("cities", "maipu-2024.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	res := scoring.Score(r, a, scoring.Options{})
	all := func() *assessment.Review {
		rev := assessment.NewReview()
		for _, q := range res.Questions {
			if q.Counted() {
				rev.Criteria[q.ID] = assessment.ReviewItem{Decision: assessment.Accepted, Answer: q.Answer}
			}
		}
		for _, m := range res.Outcomes {
			rev.Metrics[m.Metric.Name] = assessment.ReviewItem{Decision: assessment.Accepted}
		}
		return rev
	}
	cases := []struct {
		name          string
		rev           func() *assessment.Review
		intro, ending string
	}{
		{"nothing decided", assessment.NewReview, "letter.nothing_reviewed", "letter.closing.provisional"},
		{"all accepted", all, "letter.nothing_asked", "letter.closing.final"},
		{"a clarification", func() *assessment.Review {
			rev := all()
			rev.Criteria["DM1"] = assessment.ReviewItem{Decision: assessment.Clarification, Answer: assessment.Met}
			return rev
		}, "letter.intro", "letter.closing.clarify"},
		{"one claim not reviewed", func() *assessment.Review {
			rev := all()
			delete(rev.Criteria, "DM1")
			return rev
		}, "letter.nothing_asked", "letter.closing.provisional"},
	}
	for _, lang := range i18n.Languages {
		c := i18n.For(lang)
		for _, tc := range cases {
			in := input(r, a, tc.rev(), "maipu-2024.yaml")
			in.Cat = c
			var buf bytes.Buffer
			if err := (textWriter{}).Write(&buf, in); err != nil {
				t.Fatal(err)
			}
			flat := strings.Join(strings.Fields(buf.String()), " ")
			for _, id := range []string{tc.intro, tc.ending} {
				want := strings.Join(strings.Fields(c.T(id, msg.Args{"City": "Maipú", "Year": 2024, "File": "maipu-2024.yaml"})), " ")
				if !strings.Contains(flat, want) {
					t.Errorf("%s, %s: the letter lacks %s (%q):\n%s", lang, tc.name, id, want, buf.String())
				}
			}
		}
	}
}
