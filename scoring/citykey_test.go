package scoring

import (
	"testing"

	"github.com/citydatakit/wwc/assessment"
)

// TestCityKeyIsMatchReviewsRule: two spellings of a city are one city for the duplicate
// check, the panel and batch's matching of reviews exactly when MatchReview takes a review of
// one for the other.
func TestCityKeyIsMatchReviewsRule(t *testing.T) {
	r := defaultRubric(t)
	for _, tc := range [][2]string{{"Maipú", "Maipu"}, {"São Paulo", "sao  paulo"}, {"Maipú", "MAIPÚ "}, {"Maipú", "Recife"}, {"Bogotá", "Bogota D.C."}} {
		a := assessment.New()
		a.City, a.Country, a.Year = tc[0], "Chile", 2024
		rev := assessment.NewReview()
		rev.Submission = assessment.ReviewedSubmission{City: tc[1], Country: "chile", Year: 2024}
		same := PlaceKey(tc[0], "Chile", 2024) == PlaceKey(tc[1], "chile", 2024)
		if same != (MatchReview(rev, a, r) == nil) || same != (CityKey(tc[0], "Chile") == CityKey(tc[1], "chile")) {
			t.Errorf("%q and %q: PlaceKey says same=%v, MatchReview %v", tc[0], tc[1], same, MatchReview(rev, a, r))
		}
	}
}
