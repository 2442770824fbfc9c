// Command reviews writes evaluators' reviews for a share of the submissions in a folder (as
// testdata/gen makes them), to measure wwc batch --reviews:
//
//	go run ./testdata/gen -n 2000 -o /tmp/cohort
//	go run ./testdata/gen/reviews -in /tmp/cohort -o /tmp/reviews -every 2
//
// Each review is of exactly the submission's answers (its digest): most claims accepted, one
// in ten not accepted, one in ten waiting for a clarification, one in twenty left
// unreviewed; every metric counted is accepted. One review in ten is written on other
// answers (another digest: stale).
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/assessment/reviewfile"
	"github.com/citydatakit/wwc/internal/scorefile"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/questions/rubricfile"
	"github.com/citydatakit/wwc/scoring"
)

func main() {
	in := flag.String("in", "cohort", "folder of submissions")
	out := flag.String("o", "reviews", "folder to write the reviews in")
	every := flag.Int("every", 2, "review one submission in this many")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if err := run(*in, *out, *every, *seed); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(in, out string, every int, seed uint64) error {
	r, err := rubricfile.Default()
	if err != nil {
		return err
	}
	var files []string
	err = filepath.WalkDir(in, func(p string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() && load.SubmissionName(p) {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		return err
	}
	sort.Strings(files)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(seed, 16))
	written := 0
	for i, f := range files {
		if i%max(1, every) != 0 {
			continue
		}
		rev, err := review(r, f, rng)
		if err != nil {
			continue // a broken submission gets no review
		}
		name := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f)) + "-review.yaml"
		if err := reviewfile.Write(filepath.Join(out, name), rev, nil); err != nil {
			return err
		}
		written++
	}
	fmt.Printf("%d reviews of %d submissions written to %s\n", written, len(files), out)
	return nil
}

func review(r *questions.Rubric, path string, rng *rand.Rand) (*assessment.Review, error) {
	in, err := load.Open(path)
	if err != nil {
		return nil, err
	}
	defer in.Close()
	s, err := scorefile.Read(in, r, scorefile.Options{Scoring: scoring.Options{}})
	if err != nil {
		return nil, err
	}
	a := s.Assessment
	rev := assessment.NewReview()
	rev.Reviewer = "Generated Reviewer"
	rev.Submission = assessment.ReviewedSubmission{File: filepath.Base(path), City: a.City, Country: a.Country, Year: a.Year,
		Rubric: assessment.RubricRef{ID: r.ID, Version: r.Version}, SHA256: answers.Digest(a)}
	if rng.IntN(10) == 0 {
		rev.Submission.SHA256 = fmt.Sprintf("%064x", rng.Uint64())
	}
	for _, q := range s.Result.Questions {
		if !q.Counted() {
			continue
		}
		id := questions.NormalizeID(q.ID)
		item := assessment.ReviewItem{Decision: assessment.Accepted, Answer: a.Answer(id).Value, Date: "2026-11-20"}
		switch n := rng.IntN(20); {
		case n == 0:
			continue
		case n < 3:
			item.Decision, item.Comment = assessment.NotAccepted, "The evidence does not show it."
		case n < 5:
			item.Decision, item.Comment = assessment.Clarification, "Please send the document."
		}
		rev.Criteria[id] = item
	}
	for _, m := range s.Result.Outcomes {
		if m.Counted() {
			rev.Metrics[m.Metric.Name] = assessment.ReviewItem{Decision: assessment.Accepted, Date: "2026-11-20"}
		}
	}
	return rev, nil
}
