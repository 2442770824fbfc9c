package review

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/assessment/reviewbook"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/questions/rubricfile"
)

// workbookOf is what reading a review workbook of sub, written as it stands, gives: every
// answer shown, a decision on some criteria.
func workbookOf(r *questions.Rubric, sub *assessment.Assessment, rng *rand.Rand) *Loaded {
	rev := assessment.NewReview()
	rev.Submission = Identity(r, sub, "maipu.yaml")
	res := &reviewbook.Result{Review: rev, Details: true, Answers: true, Shown: map[string]assessment.Value{}, Places: map[string]msg.M{}}
	for _, q := range r.Questions() {
		id := questions.NormalizeID(q.ID)
		res.Shown[id] = sub.Answer(id).Value
		if rng.Intn(3) == 0 {
			rev.Criteria[id] = assessment.ReviewItem{Decision: assessment.Decisions[rng.Intn(3)], Answer: sub.Answer(id).Value}
		}
	}
	return &Loaded{Review: rev, Book: res}
}

func submission(rng *rand.Rand, r *questions.Rubric) *assessment.Assessment {
	a := assessment.New()
	a.City, a.Country, a.Year = "Maipú", "Chile", 2024
	for _, q := range r.Questions() {
		a.Answers[questions.NormalizeID(q.ID)] = assessment.Answer{Value: assessment.Value(rng.Intn(4))}
	}
	return a
}

// TestImport: a workbook of the submission as it stands imports with every decision dated;
// one written before the answers changed is imported with the changed criteria named; one of
// another city, year or rubric is refused naming what differs; decisions on criteria the
// rubric lacks are refused; an earlier review's decisions left blank are kept.
func TestImport(t *testing.T) {
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(16))
	for i := 0; i < 200; i++ {
		sub := submission(rng, r)
		got := workbookOf(r, sub, rng)
		decided := len(got.Review.Criteria)
		switch i % 5 {
		case 0: // as it stands
			imp, err := Import(r, sub, "maipu.yaml", "rev.xlsx", got, nil, "", "2026-11-21")
			if err != nil || imp.Changed || len(imp.Stale) != 0 || imp.Read != decided {
				t.Fatalf("%d: %+v %v", i, imp, err)
			}
			for id, it := range imp.Review.Criteria {
				if it.Date != "2026-11-21" {
					t.Fatalf("%d: %s undated", i, id)
				}
			}
		case 1: // answers changed since
			var changed []string
			for _, q := range r.Questions() {
				id := questions.NormalizeID(q.ID)
				if rng.Intn(6) == 0 {
					a := sub.Answers[id]
					a.Value = (a.Value + 1) % 4
					sub.Answers[id] = a
					changed = append(changed, q.ID)
				}
			}
			imp, err := Import(r, sub, "maipu.yaml", "rev.xlsx", got, nil, "", "2026-11-21")
			if err != nil || fmt.Sprint(imp.Stale) != fmt.Sprint(changed) || imp.Changed != (len(changed) > 0) {
				t.Fatalf("%d: stale %v, want %v (%v)", i, imp.Stale, changed, err)
			}
			if imp.Review.Submission.SHA256 == answers.Digest(sub) && len(changed) > 0 {
				t.Fatalf("%d: the review takes the new digest: staleness would be lost", i)
			}
		case 2: // another submission
			field := rng.Intn(3)
			switch field {
			case 0:
				got.Review.Submission.City = "Recife"
			case 1:
				got.Review.Submission.Year = 2023
			case 2:
				got.Review.Submission.Rubric.Version = "2019"
			}
			_, err := Import(r, sub, "maipu.yaml", "rev.xlsx", got, nil, "", "2026-11-21")
			text := msg.Text(i18n.For("en"), err)
			want := []string{"it reviews Recife, Chile, 2024 (wwc-2022 2022.1), and the submission is Maipú, Chile, 2024", "it reviews Maipú, Chile, 2023", "wwc-2022 2019"}[field]
			if !strings.Contains(text, want) {
				t.Fatalf("%d: %s", i, text)
			}
		case 3: // a criterion the rubric lacks
			got.Review.Criteria["ZZ9"] = assessment.ReviewItem{Decision: assessment.Accepted}
			got.Book.Places["ZZ9"] = msg.M{ID: "place.cell", Args: msg.Args{"Sheet": "Criterios", "Cell": "A99"}}
			_, err := Import(r, sub, "maipu.yaml", "rev.xlsx", got, nil, "", "2026-11-21")
			if text := msg.Text(i18n.For("es"), err); !strings.Contains(text, `hoja "Criterios", celda A99: ZZ9 no es un criterio`) {
				t.Fatalf("%d: %s", i, text)
			}
		case 4: // an earlier review file
			earlier := assessment.NewReview()
			earlier.Reviewer = "Ana"
			kept := 0
			for _, q := range r.Questions() {
				id := questions.NormalizeID(q.ID)
				if rng.Intn(2) == 0 {
					earlier.Criteria[id] = assessment.ReviewItem{Decision: assessment.Clarification, Comment: "antes", Date: "2026-01-01"}
					if _, ok := got.Review.Criteria[id]; !ok {
						kept++
					}
				}
			}
			imp, err := Import(r, sub, "maipu.yaml", "rev.xlsx", got, earlier, "", "2026-11-21")
			if err != nil || imp.Kept != kept || len(imp.Review.Criteria) != decided+kept || imp.Review.Reviewer != "Ana" {
				t.Fatalf("%d: kept %d of %d, %d decisions (%v)", i, imp.Kept, kept, len(imp.Review.Criteria), err)
			}
		}
	}
}
