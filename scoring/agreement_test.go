package scoring

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/citydatakit/wwc/assessment"
)

// decided turns decisions into review items keyed C0, C1, ... and those keys in order.
func decided(ds []assessment.Decision) (map[string]assessment.ReviewItem, []string) {
	m := map[string]assessment.ReviewItem{}
	var keys []string
	for i, d := range ds {
		k := fmt.Sprintf("C%d", i)
		m[k] = assessment.ReviewItem{Decision: d}
		keys = append(keys, k)
	}
	return m, keys
}

// TestAgreeKappaUndefined: kappa has no value when nothing was decided by both, or when both
// took one and the same decision on every claim; it has one (1) as soon as two decisions
// are used and both agree on all.
func TestAgreeKappaUndefined(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 1))
	all := []assessment.Decision{assessment.Unreviewed, assessment.Accepted, assessment.NotAccepted, assessment.Clarification}
	for i := 0; i < 300; i++ {
		n := 1 + rng.IntN(43)
		a, b := make([]assessment.Decision, n), make([]assessment.Decision, n)
		switch i % 3 {
		case 0: // nothing in common: where one decided, the other did not
			for k := range a {
				if rng.IntN(2) == 0 {
					a[k] = all[1+rng.IntN(3)]
				} else {
					b[k] = all[1+rng.IntN(3)]
				}
			}
		case 1: // one decision, the same for both on every claim both decided
			d := all[1+rng.IntN(3)]
			for k := range a {
				a[k], b[k] = d, d
				if rng.IntN(4) == 0 {
					b[k] = assessment.Unreviewed
				}
			}
			a[0], b[0] = d, d
		case 2: // full agreement with at least two decisions: kappa 1
			for k := range a {
				a[k] = all[1+rng.IntN(3)]
				b[k] = a[k]
			}
			a = append(a, assessment.Accepted, assessment.NotAccepted)
			b = append(b, assessment.Accepted, assessment.NotAccepted)
		}
		ma, keys := decided(a)
		mb, _ := decided(b)
		g := Agree(keys, ma, mb)
		switch i % 3 {
		case 0:
			if g.Both != 0 || g.Undefined != KappaNothingInCommon || g.Percent != 0 || g.Kappa != 0 {
				t.Fatalf("%d: nothing in common gave %+v", i, g)
			}
		case 1:
			if g.Both == 0 || g.Same != g.Both || g.Percent != 100 || g.Undefined != KappaOneDecision {
				t.Fatalf("%d: one shared decision gave %+v", i, g)
			}
		case 2:
			if g.Undefined != "" || g.Kappa != 1 || g.Percent != 100 || len(g.Differ) != 0 {
				t.Fatalf("%d: full agreement over several decisions gave %+v", i, g)
			}
		}
	}
}

// TestAgreeProperties: over random pairs of reviews, kappa is within [-1, 1], never above
// the observed agreement's own scale, symmetric in the two reviewers, and the differing
// claims are exactly those decided differently.
func TestAgreeProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 2))
	for i := 0; i < 1000; i++ {
		n := rng.IntN(50)
		a, b := make([]assessment.Decision, n), make([]assessment.Decision, n)
		for k := range a {
			a[k] = assessment.Decision(rng.IntN(4))
			b[k] = assessment.Decision(rng.IntN(4))
		}
		ma, keys := decided(a)
		mb, _ := decided(b)
		g, h := Agree(keys, ma, mb), Agree(keys, mb, ma)
		if g.Both != h.Both || g.Same != h.Same || math.Abs(g.Kappa-h.Kappa) > 1e-12 || g.Undefined != h.Undefined || !slices.Equal(g.Differ, h.Differ) {
			t.Fatalf("%d: not symmetric: %+v and %+v", i, g, h)
		}
		if g.Undefined == "" && (g.Kappa < -1-1e-12 || g.Kappa > 1+1e-12 || math.IsNaN(g.Kappa)) {
			t.Fatalf("%d: kappa %v out of range", i, g.Kappa)
		}
		if g.Same == g.Both && g.Undefined == "" && g.Kappa != 1 {
			t.Fatalf("%d: full agreement gave kappa %v", i, g.Kappa)
		}
		var differ []string
		for k, key := range keys {
			if a[k] != assessment.Unreviewed && b[k] != assessment.Unreviewed && a[k] != b[k] {
				differ = append(differ, key)
			}
		}
		if !slices.Equal(differ, g.Differ) {
			t.Fatalf("%d: differ %v, want %v", i, g.Differ, differ)
		}
	}
}

func TestKappaBand(t *testing.T) {
	for _, c := range []struct {
		k    float64
		want string
	}{{-0.5, "poor"}, {-0.001, "poor"}, {0, "slight"}, {0.2, "slight"}, {0.21, "fair"}, {0.4, "fair"},
		{0.41, "moderate"}, {0.6, "moderate"}, {0.61, "substantial"}, {0.8, "substantial"}, {0.81, "almost_perfect"}, {1, "almost_perfect"}} {
		if got := KappaBand(c.k); got != c.want {
			t.Errorf("KappaBand(%v) = %s, want %s", c.k, got, c.want)
		}
	}
}

// TestSubmissionDifferences: each field that tells two submissions apart is named; case,
// accents and an empty side are not differences.
func TestSubmissionDifferences(t *testing.T) {
	base := assessment.ReviewedSubmission{City: "Maipú", Country: "Chile", Year: 2024,
		Rubric: assessment.RubricRef{ID: "wwc-2022", Version: "2022.1"}, SHA256: "ab12"}
	cases := []struct {
		name   string
		change func(*assessment.ReviewedSubmission)
		want   []string
	}{
		{"same", func(*assessment.ReviewedSubmission) {}, nil},
		{"case and accents", func(s *assessment.ReviewedSubmission) { s.City, s.Country, s.SHA256 = " MAIPU ", "chile", "AB12" }, nil},
		{"empty sides", func(s *assessment.ReviewedSubmission) { *s = assessment.ReviewedSubmission{} }, nil},
		{"city", func(s *assessment.ReviewedSubmission) { s.City = "Recife" }, []string{"city"}},
		{"country", func(s *assessment.ReviewedSubmission) { s.Country = "Brasil" }, []string{"country"}},
		{"year", func(s *assessment.ReviewedSubmission) { s.Year = 2023 }, []string{"year"}},
		{"rubric version", func(s *assessment.ReviewedSubmission) { s.Rubric.Version = "2021" }, []string{"rubric"}},
		{"digest", func(s *assessment.ReviewedSubmission) { s.SHA256 = "cd34" }, []string{"sha256"}},
		{"all", func(s *assessment.ReviewedSubmission) {
			*s = assessment.ReviewedSubmission{City: "Recife", Country: "Brasil", Year: 2020, Rubric: assessment.RubricRef{ID: "x"}, SHA256: "ff"}
		}, []string{"city", "country", "year", "rubric", "sha256"}},
	}
	for _, c := range cases {
		other := base
		c.change(&other)
		if got := SubmissionDifferences(base, other, true); !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
	other := base
	other.SHA256 = "cd34"
	if got := SubmissionDifferences(base, other, false); got != nil {
		t.Errorf("without the digest: %v", got)
	}
}
