package batch

import (
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/scoring"
)

// TestOutrankedReviewsAreSaid: a review of a reviewed submission's city and year that lost to
// a review of exactly its answers is reported as such, naming the submission and the winner;
// a review of a city that sent nothing is the one that matches no submission.
func TestOutrankedReviewsAreSaid(t *testing.T) {
	review := func(city string) *assessment.Review {
		r := assessment.NewReview()
		r.Submission = assessment.ReviewedSubmission{City: city, Country: "Chile", Year: 2024}
		return r
	}
	rows := []Row{{Path: "maipu.xlsx", Brief: scoring.Brief{City: "Maipú", Country: "Chile", Year: 2024},
		Candidates: []Candidate{{Review: 0, Exact: true}}}}
	rs := NewReviews("rdir", []ReviewFile{{Path: "rdir/now.yaml", Review: review("Maipú")}, {Path: "rdir/before.yaml", Review: review(" MAIPÚ ")},
		{Path: "rdir/springfield.yaml", Review: review("Springfield")}})
	out := ApplyReviews(rows, rs)
	if len(out.Outranked) != 1 || out.Outranked[0].Review != "rdir/before.yaml" || out.Outranked[0].Submission != "maipu.xlsx" ||
		len(out.Outranked[0].By) != 1 || out.Outranked[0].By[0] != "rdir/now.yaml" {
		t.Errorf("outranked %+v", out.Outranked)
	}
	if len(out.Unmatched) != 1 || out.Unmatched[0] != "rdir/springfield.yaml" {
		t.Errorf("unmatched %v", out.Unmatched)
	}
}
