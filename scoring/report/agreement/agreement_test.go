package agreement

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/reviewfile"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/schematest"
	"github.com/citydatakit/wwc/scoring/report/internal/reporttest"
	"github.com/citydatakit/wwc/scoring/report/render"
)

func readReview(t testing.TB, name string) *assessment.Review {
	t.Helper()
	rev, err := reviewfile.Read(reporttest.Testdata("reviews", name))
	if err != nil {
		t.Fatal(err)
	}
	return rev
}

// TestGoldenCompare: the two reviews of Maipú's 2024 submission in every format, in English
// and Spanish.
func TestGoldenCompare(t *testing.T) {
	r := reporttest.Rubric(t)
	in := New(readReview(t, "compare-maipu-2024-a.yaml"), readReview(t, "compare-maipu-2024-b.yaml"), r)
	in.Files = [2]string{"compare-maipu-2024-a.yaml", "compare-maipu-2024-b.yaml"}
	for _, lang := range []string{"en", "es"} {
		in.Cat = i18n.For(lang)
		for _, f := range Formats.All() {
			var buf bytes.Buffer
			if err := f.New().Write(&buf, in); err != nil {
				t.Fatal(err)
			}
			reporttest.Golden(t, "compare-maipu-2024."+lang+"."+f.Name, buf.Bytes())
		}
	}
}

// edge makes the kappa edge cases from review A: both accept every criterion A decided (one
// decision, kappa undefined), both agree with two decisions (kappa 1), and no criterion in
// common (kappa undefined).
func edge(t *testing.T, which string) Input {
	a := readReview(t, "compare-maipu-2024-a.yaml")
	b := readReview(t, "compare-maipu-2024-a.yaml")
	b.Reviewer = "Luis Pérez"
	switch which {
	case "one-decision":
		for _, rev := range []*assessment.Review{a, b} {
			for k, it := range rev.Criteria {
				it.Decision, it.Comment = assessment.Accepted, ""
				rev.Criteria[k] = it
			}
		}
	case "agree-all":
	case "nothing-in-common":
		for i, q := range reporttest.Rubric(t).Questions() {
			if i%2 == 0 {
				delete(a.Criteria, q.ID)
			} else {
				delete(b.Criteria, q.ID)
			}
		}
	}
	in := New(a, b, reporttest.Rubric(t))
	in.Files = [2]string{"a.yaml", "b.yaml"}
	return in
}

// TestKappaEdgeCases: each edge case reads right in words, in English and Spanish (golden
// text), and its JSON has kappa null with the reason, or 1.
func TestKappaEdgeCases(t *testing.T) {
	for _, which := range []string{"agree-all", "one-decision", "nothing-in-common"} {
		in := edge(t, which)
		for _, lang := range []string{"en", "es"} {
			in.Cat = i18n.For(lang)
			var buf bytes.Buffer
			text, _ := Formats.Lookup(render.FormatText)
			if err := text.New().Write(&buf, in); err != nil {
				t.Fatal(err)
			}
			reporttest.Golden(t, "compare-"+which+"."+lang+".text", buf.Bytes())
		}
		var buf bytes.Buffer
		js, _ := Formats.Lookup(render.FormatJSON)
		if err := js.New().Write(&buf, in); err != nil {
			t.Fatal(err)
		}
		if err := schematest.ValidateJSON(which, buf.Bytes()); err != nil {
			t.Error(err)
		}
		var d map[string]any
		json.Unmarshal(buf.Bytes(), &d)
		want := map[string][3]any{
			"agree-all":         {1.0, nil, 100.0},
			"one-decision":      {nil, "one_decision", 100.0},
			"nothing-in-common": {nil, "nothing_in_common", nil},
		}[which]
		if d["kappa"] != want[0] || d["kappa_undefined"] != want[1] || d["agreement"] != want[2] {
			t.Errorf("%s: kappa %v (%v), agreement %v; want %v", which, d["kappa"], d["kappa_undefined"], d["agreement"], want)
		}
	}
}

// TestRandomReviewsMatchTheSchema: comparisons of random pairs of reviews (any decisions,
// comments with markup and control characters, metrics on one side only) are valid
// wwc-review-compare/1 documents, and every other format escapes what the reviewers typed.
func TestRandomReviewsMatchTheSchema(t *testing.T) {
	r := reporttest.Rubric(t)
	rng := rand.New(rand.NewPCG(16, 3))
	comments := []string{"", "<script>alert(1)</script>", "ok | *bold* [x](javascript:1)", "line one\nline two", "\x1b[31mred\u202e", "=SUM(A1)"}
	random := func(name string) *assessment.Review {
		rev := assessment.NewReview()
		rev.Reviewer = name
		rev.Submission = assessment.ReviewedSubmission{File: "x.yaml", City: "São <b>José</b>", Year: 2024, Rubric: assessment.RubricRef{ID: r.ID, Version: r.Version}, SHA256: "ab"}
		for _, q := range r.Questions() {
			if d := assessment.Decision(rng.IntN(4)); d != assessment.Unreviewed {
				rev.Criteria[q.ID] = assessment.ReviewItem{Decision: d, Comment: comments[rng.IntN(len(comments))], Date: "2026-11-20"}
			}
		}
		for k := rng.IntN(4); k > 0; k-- {
			rev.Metrics[fmt.Sprintf("metric <%d>", rng.IntN(5))] = assessment.ReviewItem{Decision: assessment.Decision(1 + rng.IntN(3)), Comment: comments[rng.IntN(len(comments))]}
		}
		return rev
	}
	for i := 0; i < 60; i++ {
		in := New(random("Ana"), random(""), r)
		in.Cat = i18n.For(i18n.Languages[i%len(i18n.Languages)])
		for _, f := range Formats.All() {
			var buf bytes.Buffer
			if err := f.New().Write(&buf, in); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			switch f.Name {
			case render.FormatJSON:
				if err := schematest.ValidateJSON(fmt.Sprint("random ", i), buf.Bytes()); err != nil {
					t.Fatal(err)
				}
			case render.FormatHTML, render.FormatMarkdown:
				if strings.Contains(out, "<script>") || strings.Contains(out, "<b>") {
					t.Fatalf("%d %s: markup from a review came through:\n%s", i, f.Name, out)
				}
			}
			if f.Name != render.FormatJSON && (strings.Contains(out, "\x1b") || strings.Contains(out, "\u202e")) {
				t.Fatalf("%d %s: a control character came through", i, f.Name)
			}
		}
	}
}
