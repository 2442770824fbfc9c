package scoring

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/questions/rubricfile"
)

// acceptAll is a review accepting every claim of a as it stands.
func acceptAll(r *questions.Rubric, a *assessment.Assessment) *assessment.Review {
	rev := &assessment.Review{Criteria: map[string]assessment.ReviewItem{}, Metrics: map[string]assessment.ReviewItem{}}
	for _, q := range r.Questions() {
		id := questions.NormalizeID(q.ID)
		rev.Criteria[id] = assessment.ReviewItem{Decision: assessment.Accepted, Answer: a.Answer(id).Value}
	}
	for _, m := range a.Outcomes {
		rev.Metrics[m.Name] = assessment.ReviewItem{Decision: assessment.Accepted}
	}
	return rev
}

func TestValidate(t *testing.T) {
	r := defaultRubric(t)
	last := r.Questions()[r.Count()-1].ID
	set := func(id string, d assessment.Decision) func(*assessment.Review, *assessment.Assessment) {
		return func(rev *assessment.Review, a *assessment.Assessment) {
			item := rev.Criteria[id]
			item.Decision = d
			rev.Criteria[id] = item
		}
	}
	cases := []struct {
		name        string
		change      func(*assessment.Review, *assessment.Assessment)
		tier        string
		met         int
		counted     int
		provisional bool
		notAccepted []string
		clarify     []string
		stale       []string
		metricsOut  []string
	}{
		{name: "every claim accepted", change: func(*assessment.Review, *assessment.Assessment) {}, tier: "platinum", met: 43, counted: 3},
		{name: "one criterion not accepted", change: set(last, assessment.NotAccepted), tier: "platinum", met: 42, counted: 3, notAccepted: []string{last}},
		{name: "one criterion waits for clarification", change: set(last, assessment.Clarification), tier: "platinum", met: 42, counted: 3, clarify: []string{last}},
		{name: "one criterion not reviewed", change: func(rev *assessment.Review, _ *assessment.Assessment) { delete(rev.Criteria, last) },
			tier: "platinum", met: 42, counted: 3, provisional: true},
		{name: "a metric not accepted drops the tier", change: func(rev *assessment.Review, _ *assessment.Assessment) {
			rev.Metrics["metric 0"] = assessment.ReviewItem{Decision: assessment.NotAccepted}
		}, tier: "gold", met: 43, counted: 2, metricsOut: []string{"metric 0"}},
		{name: "a metric not reviewed", change: func(rev *assessment.Review, _ *assessment.Assessment) { delete(rev.Metrics, "metric 2") },
			tier: "gold", met: 43, counted: 2, provisional: true},
		{name: "an answer changed after the decision", change: func(rev *assessment.Review, _ *assessment.Assessment) {
			item := rev.Criteria[last]
			item.Answer = assessment.InProgress // the city has since changed it to met
			rev.Criteria[last] = item
		}, tier: "platinum", met: 42, counted: 3, provisional: true, stale: []string{last}},
	}
	for _, tc := range cases {
		a := city(r, 43, 3)
		rev := acceptAll(r, a)
		tc.change(rev, a)
		claimed := Score(r, a, Options{})
		v := Validate(r, a, rev, claimed, Options{})
		if v.Tier != tc.tier || v.Met != tc.met || v.OutcomesCounted != tc.counted || v.Provisional != tc.provisional {
			t.Errorf("%s: tier %s, met %d, counted %d, provisional %v; want %s, %d, %d, %v",
				tc.name, v.Tier, v.Met, v.OutcomesCounted, v.Provisional, tc.tier, tc.met, tc.counted, tc.provisional)
		}
		for _, l := range []struct {
			got, want []string
			what      string
		}{{v.NotAccepted, tc.notAccepted, "not accepted"}, {v.Clarifications, tc.clarify, "clarifications"},
			{v.Stale, tc.stale, "stale"}, {v.MetricsNotAccepted, tc.metricsOut, "metrics not accepted"}} {
			if !slices.Equal(l.got, l.want) {
				t.Errorf("%s: %s %v, want %v", tc.name, l.what, l.got, l.want)
			}
		}
		if claimed.Tier != "platinum" || claimed.Met != 43 {
			t.Errorf("%s: the claim itself changed: %s %d", tc.name, claimed.Tier, claimed.Met)
		}
	}
}

// TestRefusedPrerequisite: on a rubric with prerequisites, refusing a prerequisite takes the
// criteria that need it too (DG2, worth 2, needs DG1), as Score does with a claim.
func TestRefusedPrerequisite(t *testing.T) {
	r, err := rubricfile.LoadFile("../testdata/rubrics/small.yaml")
	if err != nil {
		t.Fatal(err)
	}
	a := assessment.New()
	for _, id := range []string{"DG1", "DG2"} {
		a.Set(id, assessment.Answer{Value: assessment.Met})
	}
	a.Outcomes = []assessment.Metric{progress("metric 0"), progress("metric 1")}
	claimed := Score(r, a, Options{})
	rev := acceptAll(r, a)
	rev.Criteria["DG1"] = assessment.ReviewItem{Decision: assessment.NotAccepted, Answer: assessment.Met, Comment: "no appointment found"}
	v := Validate(r, a, rev, claimed, Options{})
	if claimed.Met != 3 || v.Met != 0 || !slices.Equal(v.NotAccepted, []string{"DG1"}) || v.Provisional {
		t.Errorf("claimed %d, validated %d, not accepted %v, provisional %v; want 3, 0, [DG1], false", claimed.Met, v.Met, v.NotAccepted, v.Provisional)
	}
}

// TestValidateNeverExceedsTheClaim: whatever the decisions, the validated result is never
// above the self-reported one, and accepting every claim gives it back exactly.
func TestValidateNeverExceedsTheClaim(t *testing.T) {
	r := defaultRubric(t)
	tiers := map[string]int{TierNone: 0, "silver": 1, "gold": 2, "platinum": 3}
	for seed := 0; seed < 200; seed++ {
		a := city(r, seed%44, seed%4)
		claimed := Score(r, a, Options{})
		rev := acceptAll(r, a)
		if v := Validate(r, a, rev, claimed, Options{}); v.Tier != claimed.Tier || v.Met != claimed.Met || v.Provisional {
			t.Fatalf("seed %d: all accepted gives %s %d (provisional %v), claim %s %d", seed, v.Tier, v.Met, v.Provisional, claimed.Tier, claimed.Met)
		}
		i := 0
		for id, item := range rev.Criteria {
			item.Decision = assessment.Decisions[(seed+i)%len(assessment.Decisions)]
			rev.Criteria[id] = item
			i++
		}
		v := Validate(r, a, rev, claimed, Options{})
		if v.Met > claimed.Met || tiers[v.Tier] > tiers[claimed.Tier] || v.Reviewed > v.Claimed {
			t.Fatalf("seed %d: validated %s %d (%d of %d reviewed) above the claim %s %d", seed, v.Tier, v.Met, v.Reviewed, v.Claimed, claimed.Tier, claimed.Met)
		}
	}
}

func TestAgree(t *testing.T) {
	acc, not, cl := assessment.Accepted, assessment.NotAccepted, assessment.Clarification
	items := func(ds ...assessment.Decision) (map[string]assessment.ReviewItem, []string) {
		m := map[string]assessment.ReviewItem{}
		var keys []string
		for i, d := range ds {
			k := fmt.Sprintf("C%d", i)
			m[k] = assessment.ReviewItem{Decision: d}
			keys = append(keys, k)
		}
		return m, keys
	}
	repeat := func(d assessment.Decision, n int) []assessment.Decision {
		out := make([]assessment.Decision, n)
		for i := range out {
			out[i] = d
		}
		return out
	}
	// 50 claims, hand-worked: both accept 20, A accepts and B refuses 5, A refuses and B
	// accepts 10, both refuse 15. Observed 35/50 = 0.7; A accepts 25, B 30, so chance is
	// 0.5·0.6 + 0.5·0.4 = 0.5; kappa (0.7 − 0.5)/(1 − 0.5) = 0.4.
	a50 := slices.Concat(repeat(acc, 20), repeat(acc, 5), repeat(not, 10), repeat(not, 15))
	b50 := slices.Concat(repeat(acc, 20), repeat(not, 5), repeat(acc, 10), repeat(not, 15))
	cases := []struct {
		name           string
		a, b           []assessment.Decision
		both, same     int
		percent, kappa float64
	}{
		{"all agree", []assessment.Decision{acc, acc, not, cl}, []assessment.Decision{acc, acc, not, cl}, 4, 4, 100, 1},
		{"all disagree", repeat(acc, 4), repeat(not, 4), 4, 0, 0, 0},
		{"a single decision, shared", repeat(acc, 5), repeat(acc, 5), 5, 5, 100, 0}, // kappa undefined (agreement_test.go)
		{"hand-worked 50", a50, b50, 50, 35, 70, 0.4},
		// Three decisions: agree on 2 of 3; A: acc, not, cl; B: acc, not, acc. Observed 2/3;
		// chance (1/3·2/3) + (1/3·1/3) + (1/3·0) = 1/3; kappa (2/3 − 1/3)/(2/3) = 0.5.
		{"three decisions", []assessment.Decision{acc, not, cl}, []assessment.Decision{acc, not, acc}, 3, 2, 200.0 / 3, 0.5},
		{"unreviewed left out", []assessment.Decision{acc, assessment.Unreviewed, not}, []assessment.Decision{acc, not, assessment.Unreviewed}, 1, 1, 100, 0},
	}
	for _, tc := range cases {
		ma, keys := items(tc.a...)
		mb, _ := items(tc.b...)
		g := Agree(keys, ma, mb)
		if g.Both != tc.both || g.Same != tc.same || math.Abs(g.Percent-tc.percent) > 1e-9 || math.Abs(g.Kappa-tc.kappa) > 1e-9 {
			t.Errorf("%s: both %d same %d percent %.4f kappa %.4f; want %d %d %.4f %.4f", tc.name, g.Both, g.Same, g.Percent, g.Kappa, tc.both, tc.same, tc.percent, tc.kappa)
		}
		if len(g.Differ) != g.Both-g.Same {
			t.Errorf("%s: %d listed as differing, want %d", tc.name, len(g.Differ), g.Both-g.Same)
		}
	}
}

// TestMatchReview: a review of the same city in any spelling matches; each field that names
// another city, country, year or rubric is refused, naming both; empty fields are not
// compared.
func TestMatchReview(t *testing.T) {
	r := defaultRubric(t)
	sub := func() *assessment.Assessment {
		a := city(r, 30, 2)
		a.City, a.Country, a.Year = "Maipú", "Chile", 2024
		return a
	}
	good := assessment.ReviewedSubmission{City: "Maipú", Country: "Chile", Year: 2024, Rubric: assessment.RubricRef{ID: r.ID, Version: r.Version}}
	same := []func(*assessment.ReviewedSubmission){
		func(*assessment.ReviewedSubmission) {},
		func(s *assessment.ReviewedSubmission) { s.City = "MAIPU" },
		func(s *assessment.ReviewedSubmission) { s.City = "  maipú " },
		func(s *assessment.ReviewedSubmission) { s.City = "" },
		func(s *assessment.ReviewedSubmission) { s.Country = "chile" },
		func(s *assessment.ReviewedSubmission) { s.Country = "" },
		func(s *assessment.ReviewedSubmission) { s.Year = 0 },
		func(s *assessment.ReviewedSubmission) { s.Rubric = assessment.RubricRef{} },
		func(s *assessment.ReviewedSubmission) { s.SHA256 = "0123" }, // a changed submission is still this one
	}
	for i, change := range same {
		s := good
		change(&s)
		rev := assessment.NewReview()
		rev.Submission = s
		if m := MatchReview(rev, sub(), r); m != nil {
			t.Errorf("variant %d (%+v) refused: %+v", i, s, *m)
		}
	}
	for _, city := range []string{"Maipú", "Recife", "Maipo"} {
		for _, country := range []string{"Chile", "Brasil"} {
			for _, year := range []int{2023, 2024, 2025} {
				for _, version := range []string{r.Version, "0.1"} {
					s := assessment.ReviewedSubmission{City: city, Country: country, Year: year, Rubric: assessment.RubricRef{ID: r.ID, Version: version}}
					rev := assessment.NewReview()
					rev.Submission = s
					m := MatchReview(rev, sub(), r)
					want := ""
					switch {
					case city != "Maipú":
						want = FieldCity
					case country != "Chile":
						want = FieldCountry
					case year != 2024:
						want = FieldYear
					case version != r.Version:
						want = FieldRubric
					}
					if want == "" {
						if m != nil {
							t.Errorf("the same submission refused: %+v", *m)
						}
						continue
					}
					if m == nil || m.Field != want || m.Review == "" || m.Submission == "" || m.Review == m.Submission {
						t.Errorf("%s %s %d %s: %+v, want a mismatch on %s", city, country, year, version, m, want)
					}
				}
			}
		}
	}
	// Only the named city differs: the city it is refused on.
	rev := assessment.NewReview()
	rev.Submission = good
	a := sub()
	a.Year = 2025
	if m := MatchReview(rev, a, r); m == nil || m.Field != FieldYear || m.Review != "2024" || m.Submission != "2025" {
		t.Errorf("another year: %+v", m)
	}
}

// TestComments pairs IDs and metric names with the reviewer's comments, whatever spelling
// the review used for the key, and leaves "" where there is none.
func TestComments(t *testing.T) {
	rev := assessment.NewReview()
	rev.Criteria["DM2"] = assessment.ReviewItem{Decision: assessment.NotAccepted, Comment: "  the inventory link is broken\n"}
	rev.Criteria["OD1"] = assessment.ReviewItem{Decision: assessment.Clarification}
	rev.Metrics["Fugas de agua"] = assessment.ReviewItem{Decision: assessment.NotAccepted, Comment: "no source"}
	got := CriterionComments(rev, []string{"DM2", "dm-2", "OD1", "PA1"})
	want := []Commented{{"DM2", "the inventory link is broken"}, {"dm-2", "the inventory link is broken"}, {"OD1", ""}, {"PA1", ""}}
	if !slices.Equal(got, want) {
		t.Errorf("criteria: %q, want %q", got, want)
	}
	if got := MetricComments(rev, []string{" Fugas de agua ", "other"}); !slices.Equal(got, []Commented{{" Fugas de agua ", "no source"}, {"other", ""}}) {
		t.Errorf("metrics: %q", got)
	}
	if got := CriterionComments(rev, nil); got == nil || len(got) != 0 {
		t.Errorf("no IDs: %v, want an empty list", got)
	}
}

// TestValidationPercent is the validated share, exact, and 0 for an empty rubric.
func TestValidationPercent(t *testing.T) {
	for _, tc := range []struct {
		met, total int
		want       float64
	}{{0, 0, 0}, {0, 43, 0}, {22, 43, 2200.0 / 43}, {43, 43, 100}} {
		if got := (Validation{Met: tc.met, Total: tc.total}).Percent(); math.Abs(got-tc.want) > 1e-12 {
			t.Errorf("%d/%d: %v, want %v", tc.met, tc.total, got, tc.want)
		}
	}
}

// BenchmarkValidate applies a review deciding on every claim to a city of 30 claims.
func BenchmarkValidate(b *testing.B) {
	r := defaultRubric(b)
	a := city(r, 30, 2)
	rev := acceptAll(r, a)
	claimed := Score(r, a, Options{})
	b.ReportAllocs()
	for b.Loop() {
		Validate(r, a, rev, claimed, Options{})
	}
}

// TestOnCurrentAnswers: a review known to be of these very answers (its digest matches)
// has no stale decision, whatever answers it recorded or left out; the review itself is
// not changed.
func TestOnCurrentAnswers(t *testing.T) {
	r := defaultRubric(t)
	for seed := 0; seed < 50; seed++ {
		a := city(r, seed%44, seed%4)
		rev := acceptAll(r, a)
		i := 0
		for id, item := range rev.Criteria {
			switch (seed + i) % 3 {
			case 0:
				item.Answer = assessment.Unanswered // not recorded
			case 1:
				item.Answer = assessment.InProgress
			}
			rev.Criteria[id] = item
			i++
		}
		before := maps.Clone(rev.Criteria)
		claimed := Score(r, a, Options{})
		fixed := OnCurrentAnswers(rev, a)
		v := Validate(r, a, fixed, claimed, Options{})
		if len(v.Stale) != 0 || v.Met != claimed.Met || v.Provisional {
			t.Errorf("seed %d: stale %v, met %d of %d, provisional %v", seed, v.Stale, v.Met, claimed.Met, v.Provisional)
		}
		if !maps.Equal(rev.Criteria, before) {
			t.Fatalf("seed %d: the review itself was changed", seed)
		}
		if seed%44 > 0 && len(Validate(r, a, rev, claimed, Options{}).Stale) == 0 {
			t.Errorf("seed %d: the recorded answers should have made some decisions stale", seed)
		}
	}
}
