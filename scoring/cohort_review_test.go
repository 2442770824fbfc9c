package scoring

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/questions"
)

// randomReview decides on a's claims at random: accepted, not accepted, clarification or
// none; some decisions taken on another answer (stale), some metrics decided.
func randomReview(rng *rand.Rand, r *questions.Rubric, a *assessment.Assessment) *assessment.Review {
	rev := assessment.NewReview()
	for _, q := range r.Questions() {
		id := questions.NormalizeID(q.ID)
		d := []assessment.Decision{assessment.Unreviewed, assessment.Accepted, assessment.Accepted, assessment.NotAccepted, assessment.Clarification}[rng.IntN(5)]
		ans := a.Answer(id).Value
		if rng.IntN(10) == 0 {
			ans = assessment.InProgress
		}
		if d != assessment.Unreviewed {
			rev.Criteria[id] = assessment.ReviewItem{Decision: d, Answer: ans}
		}
	}
	for _, m := range a.Outcomes {
		if d := assessment.Decision(rng.IntN(4)); d != assessment.Unreviewed {
			rev.Metrics[m.Name] = assessment.ReviewItem{Decision: d}
		}
	}
	return rev
}

// TestBriefValidationAgreesWithValidate: for generated cities and reviews, the brief of a
// validation carries Validate's figures, and its criteria and practices are those of the
// validated points: as many criteria count as points are met (the default rubric weighs
// each 1), never one the claim does not count, and accepting everything gives the claim.
func TestBriefValidationAgreesWithValidate(t *testing.T) {
	r := defaultRubric(t)
	rng := rand.New(rand.NewPCG(16, 3))
	for n := range 300 {
		a := city(r, rng.IntN(44), rng.IntN(4))
		claimed := Score(r, a, Options{})
		rev := randomReview(rng, r, a)
		v := Validate(r, a, rev, claimed, Options{})
		b := BriefValidation(r, a, rev, claimed, Options{})
		if b.Tier != v.Tier || b.Met != v.Met || b.OutcomesCounted != v.OutcomesCounted || b.Provisional != v.Provisional ||
			b.Reviewed != v.Reviewed || b.Claimed != v.Claimed || b.Stale != len(v.Stale) ||
			b.Clarifications != len(v.Clarifications)+len(v.MetricsClarifications) {
			t.Fatalf("city %d: brief %+v, validation %+v", n, b, v)
		}
		counted := 0
		for i, c := range b.Counted {
			if c {
				counted++
				if !claimed.Questions[i].Counted() {
					t.Fatalf("city %d: %s counts validated but not claimed", n, claimed.Questions[i].ID)
				}
			}
		}
		if counted != b.Met || len(b.Practices) != len(claimed.Practices) {
			t.Fatalf("city %d: %d criteria count for %d points; %d practices", n, counted, b.Met, len(b.Practices))
		}
		all := assessment.NewReview()
		for _, q := range r.Questions() {
			id := questions.NormalizeID(q.ID)
			all.Criteria[id] = assessment.ReviewItem{Decision: assessment.Accepted, Answer: a.Answer(id).Value}
		}
		for _, m := range a.Outcomes {
			all.Metrics[m.Name] = assessment.ReviewItem{Decision: assessment.Accepted}
		}
		whole := BriefValidation(r, a, all, claimed, Options{})
		cb := claimed.Brief()
		if whole.Tier != cb.Tier || whole.Met != cb.Met || !reflect.DeepEqual(whole.Counted, cb.Counted) || !reflect.DeepEqual(whole.Practices, cb.Practices) || whole.Provisional {
			t.Fatalf("city %d: everything accepted gives %+v, claim %+v", n, whole, cb)
		}
	}
}

// TestValidatedCohort: for generated cohorts (cities submitted up to three times, some
// reviewed), the validated view keeps the duplicates of the claimed one and its statistics
// are those of the validated figures of the counted submissions that have a review; the
// others are counted as unreviewed.
func TestValidatedCohort(t *testing.T) {
	r := defaultRubric(t)
	rng := rand.New(rand.NewPCG(16, 4))
	for round := range 150 {
		var briefs []Brief
		for c := range 1 + rng.IntN(8) {
			for range 1 + rng.IntN(3) {
				a := city(r, rng.IntN(44), rng.IntN(4))
				a.City, a.Country, a.Year = fmt.Sprintf("City %d", c), "Chile", 2024
				claimed := Score(r, a, Options{})
				b := claimed.Brief()
				if rng.IntN(3) > 0 {
					v := BriefValidation(r, a, randomReview(rng, r, a), claimed, Options{})
					b.Validated = &v
				}
				briefs = append(briefs, b)
			}
		}
		claimed := Summarize(briefs)
		got := claimed.Validated(briefs)
		// Of a city's year submitted twice, the copy an evaluator reviewed is the city's (the
		// last such one), else the claimed view's.
		wantKept := slices.Clone(claimed.Kept)
		for g, group := range claimed.Duplicates {
			for _, i := range group {
				if briefs[i].Validated != nil {
					wantKept[g] = i
				}
			}
		}
		if got.View != ViewValidated || !reflect.DeepEqual(got.Duplicates, claimed.Duplicates) || !reflect.DeepEqual(got.Kept, wantKept) || got.Scored != claimed.Scored {
			t.Fatalf("round %d: the validated view changed the duplicates or the count scored, or kept %v, want %v", round, got.Kept, wantKept)
		}
		var want []Brief
		unreviewed := 0
		for _, b := range got.countedBriefs(briefs) {
			if b.Validated == nil {
				unreviewed++
				continue
			}
			v := *b.Validated
			b.Tier, b.Met, b.Total, b.OutcomesCounted, b.Practices, b.Counted = v.Tier, v.Met, v.Total, v.OutcomesCounted, v.Practices, v.Counted
			want = append(want, b)
		}
		base := Summarize(want)
		if got.Counted != len(want) || got.Unreviewed != unreviewed || got.Unreviewed != claimed.WithoutReview(briefs) ||
			!reflect.DeepEqual(got.Tiers, base.Tiers) || !reflect.DeepEqual(got.Practices, base.Practices) || !reflect.DeepEqual(got.Criteria, base.Criteria) {
			t.Fatalf("round %d: validated view %+v, want the statistics of %d reviewed (%d unreviewed)", round, got, len(want), unreviewed)
		}
		if got.Counted+got.Unreviewed != claimed.Counted {
			t.Fatalf("round %d: %d counted + %d unreviewed, the claim counts %d", round, got.Counted, got.Unreviewed, claimed.Counted)
		}
	}
}

// TestPlaceKeyFoldsAsDuplicates: city and country in any case and spacing are the same place.
func TestPlaceKeyFoldsAsDuplicates(t *testing.T) {
	if PlaceKey(" Maipú ", "CHILE", 2024) != PlaceKey("maipú", "Chile ", 2024) || PlaceKey("Maipú", "Chile", 2024) == PlaceKey("Maipú", "Chile", 2025) {
		t.Error("place keys do not fold as the duplicate check does")
	}
}
