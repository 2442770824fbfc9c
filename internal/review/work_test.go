package review

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/reviewfile"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/questions/rubricfile"
)

func rubric(t *testing.T) *questions.Rubric {
	t.Helper()
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// genSubmission makes a city's answers: every criterion answered at random (unanswered
// included), some evidence and notes, and up to three metrics.
func genSubmission(rng *rand.Rand, r *questions.Rubric) *assessment.Assessment {
	a := assessment.New()
	a.City, a.Country, a.Year = "Villa "+fmt.Sprint(rng.IntN(5)), "Chile", 2020+rng.IntN(6)
	a.Rubric = assessment.RubricRef{ID: r.ID, Version: r.Version}
	values := []assessment.Value{assessment.Met, assessment.NotMet, assessment.InProgress, assessment.Unanswered}
	for _, q := range r.Questions() {
		v := values[rng.IntN(len(values))]
		if v == assessment.Unanswered {
			continue
		}
		a.Set(questions.NormalizeID(q.ID), assessment.Answer{Value: v, Evidence: fmt.Sprintf("https://example.org/%s/%d", q.ID, rng.IntN(1000))})
	}
	for i := range rng.IntN(4) {
		b, c := float64(100+i), float64(50+i)
		a.Outcomes = append(a.Outcomes, assessment.Metric{Name: fmt.Sprintf("Metric %d", i), Direction: assessment.Decrease, Baseline: &b, Current: &c, BaselineYear: 2020, CurrentYear: 2024})
	}
	return a
}

func open(t *testing.T, r *questions.Rubric, a *assessment.Assessment, path string) *Work {
	t.Helper()
	w, err := Open(Options{Rubric: r, A: a, Submission: "sub.yaml", Path: path, Reviewer: "Ana", Today: "2026-11-21"})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// TestVisitOrder: claims met in rubric order, then in progress, then every metric; nothing
// answered not met or unanswered; stale criteria before all.
func TestVisitOrder(t *testing.T) {
	r := rubric(t)
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 50 {
		a := genSubmission(rng, r)
		w := open(t, r, a, filepath.Join(t.TempDir(), "r.yaml"))
		var want []Target
		for _, v := range []assessment.Value{assessment.Met, assessment.InProgress} {
			for _, q := range r.Questions() {
				if id := questions.NormalizeID(q.ID); a.Answer(id).Value == v {
					want = append(want, Target{Criterion: id})
				}
			}
		}
		for i := range a.Outcomes {
			want = append(want, Target{Metric: i})
		}
		if got := w.Visit(); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("case %d: visit %v, want %v", n, got, want)
		}
	}
}

// TestEveryDecisionIsSavedAtOnce decides at random and reads the file back after each: it
// holds exactly the decisions taken, with the date and the answer they were taken on.
func TestEveryDecisionIsSavedAtOnce(t *testing.T) {
	r := rubric(t)
	rng := rand.New(rand.NewPCG(3, 4))
	for n := range 15 {
		a := genSubmission(rng, r)
		path := filepath.Join(t.TempDir(), "r.yaml")
		w := open(t, r, a, path)
		if _, err := os.Stat(path); err != nil {
			t.Fatalf("case %d: a new review is not written at once: %v", n, err)
		}
		all := w.All()
		want := map[Target]assessment.ReviewItem{}
		for k := range 1 + rng.IntN(12) {
			tg := all[rng.IntN(len(all))]
			d := assessment.Decisions[rng.IntN(3)]
			comment := strings.Repeat("x", rng.IntN(3)) + fmt.Sprint(k)
			if err := w.Decide(tg, d, comment); err != nil {
				t.Fatal(err)
			}
			it := assessment.ReviewItem{Decision: d, Comment: comment, Date: "2026-11-21"}
			if !tg.IsMetric() {
				it.Answer = a.Answer(tg.Criterion).Value
			}
			want[tg] = it
			back, err := reviewfile.Read(path)
			if err != nil {
				t.Fatalf("case %d: %v", n, err)
			}
			if len(back.Criteria)+len(back.Metrics) != len(want) {
				t.Fatalf("case %d: %d decisions in the file, want %d", n, len(back.Criteria)+len(back.Metrics), len(want))
			}
			for tg, it := range want {
				got := back.Criteria[tg.Criterion]
				if tg.IsMetric() {
					got = back.Metrics[w.MetricKey(tg.Metric)]
				}
				if got != it {
					t.Fatalf("case %d: %v is %+v in the file, want %+v", n, tg, got, it)
				}
			}
			if back.Reviewer != "Ana" || back.Submission.City != a.City || back.Submission.SHA256 == "" {
				t.Fatalf("case %d: submission %+v", n, back.Submission)
			}
		}
		again := open(t, r, a, path)
		if !again.Resumed || again.Changed || len(again.Stale) != 0 || again.Decisions() != w.Decisions() {
			t.Fatalf("case %d: resumed %v changed %v stale %v decisions %d/%d", n, again.Resumed, again.Changed, again.Stale, again.Decisions(), w.Decisions())
		}
	}
}

// TestChangedAnswersAreStale changes some decided answers: exactly those are stale, visited
// first, and no longer pending once decided again.
func TestChangedAnswersAreStale(t *testing.T) {
	r := rubric(t)
	rng := rand.New(rand.NewPCG(5, 6))
	for n := range 6 {
		a := genSubmission(rng, r)
		path := filepath.Join(t.TempDir(), "r.yaml")
		w := open(t, r, a, path)
		for _, tg := range w.Visit() {
			if err := w.Decide(tg, assessment.Accepted, ""); err != nil {
				t.Fatal(err)
			}
		}
		changed := map[string]bool{}
		b := *a
		b.Answers = map[string]assessment.Answer{}
		for id, ans := range a.Answers {
			if ans.Value == assessment.Met && rng.IntN(3) == 0 {
				ans.Value = assessment.NotMet
				changed[id] = true
			}
			b.Answers[id] = ans
		}
		w2 := open(t, r, &b, path)
		if w2.Changed != (len(changed) > 0) {
			t.Fatalf("case %d: changed %v with %d answers changed", n, w2.Changed, len(changed))
		}
		if len(w2.Stale) != len(changed) {
			t.Fatalf("case %d: stale %v, changed %v", n, w2.Stale, changed)
		}
		for i, id := range w2.Stale {
			if !changed[id] || w2.Visit()[i].Criterion != id || w2.Pending()[i].Criterion != id {
				t.Fatalf("case %d: stale %v not visited first", n, w2.Stale)
			}
		}
		for _, id := range w2.Stale {
			if err := w2.Decide(Target{Criterion: id}, assessment.NotAccepted, "changed"); err != nil {
				t.Fatal(err)
			}
		}
		if len(w2.Stale) != 0 || len(w2.Pending()) != 0 {
			t.Fatalf("case %d: after deciding again: stale %v, pending %v", n, w2.Stale, w2.Pending())
		}
	}
}

// TestOtherSubmissionIsRefused: a review of another city, country, year or rubric is refused,
// naming both, and left untouched.
func TestOtherSubmissionIsRefused(t *testing.T) {
	r := rubric(t)
	rng := rand.New(rand.NewPCG(7, 8))
	changes := []func(a *assessment.Assessment) *questions.Rubric{
		func(a *assessment.Assessment) *questions.Rubric { a.City += "x"; return r },
		func(a *assessment.Assessment) *questions.Rubric { a.Country = "Uruguay"; return r },
		func(a *assessment.Assessment) *questions.Rubric { a.Year++; return r },
		func(a *assessment.Assessment) *questions.Rubric { c := *r; c.Version = "2030.1"; return &c },
	}
	for n := range 20 {
		a := genSubmission(rng, r)
		path := filepath.Join(t.TempDir(), "r.yaml")
		w := open(t, r, a, path)
		if err := w.Decide(w.All()[0], assessment.Accepted, "ok"); err != nil {
			t.Fatal(err)
		}
		before, _ := os.ReadFile(path)
		b := *a
		r2 := changes[n%len(changes)](&b)
		_, err := Open(Options{Rubric: r2, A: &b, Submission: "other.yaml", Path: path, Today: "2026-11-22"})
		var e *msg.Error
		if !errors.As(err, &e) || e.ID != "review.other_submission" {
			t.Fatalf("case %d: %v", n, err)
		}
		if e.Args["Theirs"] == e.Args["Ours"] || !strings.Contains(fmt.Sprint(e.Args["Theirs"]), a.City) {
			t.Fatalf("case %d: %v", n, e.Args)
		}
		after, _ := os.ReadFile(path)
		if string(before) != string(after) {
			t.Fatalf("case %d: the review file was changed", n)
		}
	}
}

// TestDefaultPath is beside the submission, named after the city and year.
func TestDefaultPath(t *testing.T) {
	a := &assessment.Assessment{City: "São Paulo", Year: 2025}
	if got := DefaultPath(filepath.Join("in", "x.xlsx"), a); got != filepath.Join("in", "sao-paulo-2025-review.yaml") {
		t.Fatal(got)
	}
}

// TestCityFileIsNoReview: -o naming a city's own file (the submission, a workbook, a saved
// result) is refused with what it is, and the file is left as it was.
func TestCityFileIsNoReview(t *testing.T) {
	r := rubric(t)
	rng := rand.New(rand.NewPCG(13, 14))
	for _, name := range []string{"maipu-2024.yaml", "result.json"} {
		src := filepath.Join("..", "..", "testdata", "cities", "maipu-2024.yaml")
		if name == "result.json" {
			src = filepath.Join("..", "..", "testdata", "results", "maipu-2021-draft-rubric.json")
		}
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		_, err = Open(Options{Rubric: r, A: genSubmission(rng, r), Submission: "sub.yaml", Path: path, Today: "2026-11-21"})
		var e *msg.Error
		if !errors.As(err, &e) || e.ID != "review.not_a_review" {
			t.Fatalf("%s: %v", name, err)
		}
		if after, _ := os.ReadFile(path); string(after) != string(data) {
			t.Fatalf("%s was changed", name)
		}
	}
}

// TestStaleCommentIsNotOffered: a new decision on a claim whose answer changed starts from no
// comment (the old one was on another answer), on an unchanged claim from the comment it has;
// both review modes take it from Work.Comment.
func TestStaleCommentIsNotOffered(t *testing.T) {
	r := rubric(t)
	rng := rand.New(rand.NewPCG(9, 2))
	a := genSubmission(rng, r)
	path := filepath.Join(t.TempDir(), "r.yaml")
	w := open(t, r, a, path)
	visit := w.Visit()
	if len(visit) < 2 {
		t.Skip("too few claims")
	}
	for _, tg := range visit[:2] {
		if err := w.Decide(tg, assessment.Accepted, "seen "+tg.Criterion); err != nil {
			t.Fatal(err)
		}
	}
	b := *a
	b.Answers = map[string]assessment.Answer{}
	for id, ans := range a.Answers {
		if id == visit[0].Criterion {
			ans.Value = assessment.InProgress
		}
		b.Answers[id] = ans
	}
	w2 := open(t, r, &b, path)
	if got := w2.Comment(visit[0]); got != "" {
		t.Errorf("stale %s offers %q", visit[0].Criterion, got)
	}
	if got := w2.Comment(visit[1]); got != "seen "+visit[1].Criterion {
		t.Errorf("unchanged %s offers %q", visit[1].Criterion, got)
	}
}
