package reviewfile

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
)

// tricky are texts a comment or a metric name may hold that YAML would read as something else.
var tricky = []string{"true", "no", "123", "1.5", "null", "~", "DM1: x", "- item", "# not a comment", "a\nb: c",
	"«comillas» y \"dobles\"", "", "  spaces  ", "Fugas de agua diarias", "tab\there", "'single'", "ção ñ 😀", "@at", "key: value #x"}

func randomReview(rng *rand.Rand) *assessment.Review {
	rev := assessment.NewReview()
	rev.Reviewer = tricky[rng.Intn(len(tricky))]
	rev.Submission = assessment.ReviewedSubmission{File: "maipu-2024.yaml", City: "Maipú", Country: "Chile", Year: 2024,
		Rubric: assessment.RubricRef{ID: "wwc-2022", Version: "2022.1"}, SHA256: fmt.Sprintf("%064x", rng.Int63())}
	for i := 1 + rng.Intn(43); i > 0; i-- {
		id := fmt.Sprintf("DM%d", rng.Intn(60))
		rev.Criteria[id] = assessment.ReviewItem{
			Decision: assessment.Decisions[rng.Intn(3)], Comment: tricky[rng.Intn(len(tricky))],
			Date: fmt.Sprintf("2026-%02d-%02d", 1+rng.Intn(12), 1+rng.Intn(28)), Answer: assessment.Values[rng.Intn(4)],
		}
	}
	for i := rng.Intn(4); i > 0; i-- {
		name := strings.TrimSpace(tricky[rng.Intn(len(tricky))])
		if name == "" {
			continue
		}
		rev.Metrics[name] = assessment.ReviewItem{Decision: assessment.Decisions[rng.Intn(3)], Comment: tricky[rng.Intn(len(tricky))]}
	}
	return rev
}

// TestReviewRoundTrip: any review written reads back the same, whatever its comments and
// metric names hold, and starts with the line that names its schema.
func TestReviewRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewSource(16))
	dir := t.TempDir()
	for i := 0; i < 300; i++ {
		rev := randomReview(rng)
		path := filepath.Join(dir, "r.yaml")
		if err := Write(path, rev, []string{"DM9", "DM1"}); err != nil {
			t.Fatal(err)
		}
		back, err := Read(path)
		if err != nil {
			data, _ := os.ReadFile(path)
			t.Fatalf("round %d: %v\n%s", i, err, data)
		}
		if !reflect.DeepEqual(back, rev) {
			data, _ := os.ReadFile(path)
			t.Fatalf("round %d: read back\n%+v\nwrote\n%+v\n%s", i, back, rev, data)
		}
		data, _ := os.ReadFile(path)
		if !strings.HasPrefix(string(data), "# yaml-language-server: $schema="+SchemaURL+"\nformat: wwc-review/1\n") {
			t.Fatalf("round %d: starts %q", i, string(data)[:80])
		}
	}
}

// TestReviewProblemsNameTheLine: every problem of a review file is reported at once, in the
// user's language, with its line.
func TestReviewProblemsNameTheLine(t *testing.T) {
	text := "format: wwc-review/1\nsubmission: {sha256: abc}\ncriteria:\n  DM1:\n    decision: tal vez\n    answer: met\n  DM2:\n    decision: aceptado\n    answer: quizás\n  DM3:\n    decision: aclaración\n    date: ayer\n"
	_, err := Parse([]byte(text), "r.yaml")
	list, ok := err.(msg.List)
	if !ok || len(list) != 3 {
		t.Fatalf("want 3 problems, got %v", err)
	}
	es := msg.Text(i18n.For("es"), err)
	for _, want := range []string{"línea 5: la decisión \"tal vez\" sobre DM1", "línea 9: la respuesta \"quizás\"", "línea 11: la fecha \"ayer\""} {
		if !strings.Contains(es, want) {
			t.Errorf("missing %q in\n%s", want, es)
		}
	}
	for _, bad := range []string{"", "format: wwc-answers/1\n", "format: wwc-review/1\nreviwer: x\n", "format: wwc-review/1\ncriteria: [1, 2]\n"} {
		if _, err := Parse([]byte(bad), "r.yaml"); err == nil {
			t.Errorf("%q read as a review", bad)
		}
	}
}

// TestDigestSeesEveryChange: the digest of a city's answers changes with any answer,
// evidence, note or metric, and not with the file's language or where it was read.
func TestDigestSeesEveryChange(t *testing.T) {
	a, err := answers.Read("../../testdata/cities/maipu-2024.yaml")
	if err != nil {
		t.Fatal(err)
	}
	base := answers.Digest(a)
	same := *a
	same.Lang, same.Source = "pt", "elsewhere.xlsx"
	if answers.Digest(&same) != base {
		t.Error("the language or the source changed the digest")
	}
	for id := range a.Answers {
		for _, change := range []func(*assessment.Answer){
			func(x *assessment.Answer) { x.Value = (x.Value + 1) % 4 },
			func(x *assessment.Answer) { x.Evidence += "x" },
			func(x *assessment.Answer) { x.Notes += "." },
		} {
			b := *a
			b.Answers = map[string]assessment.Answer{}
			for k, v := range a.Answers {
				b.Answers[k] = v
			}
			ans := b.Answers[id]
			change(&ans)
			b.Answers[id] = ans
			if answers.Digest(&b) == base {
				t.Fatalf("a change to %s left the digest as it was", id)
			}
		}
	}
}
