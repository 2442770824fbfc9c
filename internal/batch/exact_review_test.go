package batch

import (
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/questions/rubricfile"
	"github.com/citydatakit/wwc/scoring"
)

// TestExactReviewWithoutAnswersIsNotStale: a review whose digest is the submission's applies
// to exactly these answers, whatever answers it recorded (a file written by hand records
// none): batch counts its decisions as wwc score does, none of them stale.
func TestExactReviewWithoutAnswersIsNotStale(t *testing.T) {
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	a, err := answers.Read("../../testdata/cities/recife-2024.yaml")
	if err != nil {
		t.Fatal(err)
	}
	claimed := scoring.Score(r, a, scoring.Options{})
	rev := assessment.NewReview()
	rev.Submission = assessment.ReviewedSubmission{City: a.City, Country: a.Country, Year: a.Year, SHA256: answers.Digest(a)}
	decided := 0
	for _, q := range claimed.Questions {
		if q.Counted() {
			rev.Criteria[q.ID] = assessment.ReviewItem{Decision: assessment.Accepted} // no Answer recorded
			decided++
		}
	}
	rs := NewReviews("rdir", []ReviewFile{{Path: "rdir/recife.yaml", Review: rev}})
	cands := rs.Candidates(r, a, claimed, scoring.Options{})
	if len(cands) != 1 || !cands[0].Exact || cands[0].Validated == nil {
		t.Fatalf("candidates %+v", cands)
	}
	v := cands[0].Validated
	if v.Stale != 0 || v.Reviewed != decided {
		t.Errorf("validated %+v: want %d reviewed, none stale", v, decided)
	}
}
