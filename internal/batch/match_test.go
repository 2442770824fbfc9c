package batch

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/answers"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/questions/rubricfile"
	"github.com/citydatakit/wwc/scoring"
)

func defaultRubric(t testing.TB) *questions.Rubric {
	t.Helper()
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// version is a city's answers: version v of city c (another version answers otherwise).
func version(r *questions.Rubric, c, v int) *assessment.Assessment {
	a := assessment.New()
	a.City, a.Country, a.Year = fmt.Sprintf("City %d", c), "Chile", 2024
	for i, q := range r.Questions() {
		val := assessment.NotMet
		if (i+c)%3 != 0 || i < v {
			val = assessment.Met
		}
		a.Set(q.ID, assessment.Answer{Value: val})
	}
	return a
}

// reviewOf is a review of a accepting every claim; digest "" keeps a's, anything else is
// written instead (an earlier version's).
func reviewOf(r *questions.Rubric, a *assessment.Assessment, digest string) *assessment.Review {
	rev := assessment.NewReview()
	rev.Submission = assessment.ReviewedSubmission{City: a.City, Country: a.Country, Year: a.Year, SHA256: digest}
	if digest == "" {
		rev.Submission.SHA256 = answers.Digest(a)
	}
	for _, q := range r.Questions() {
		id := questions.NormalizeID(q.ID)
		rev.Criteria[id] = assessment.ReviewItem{Decision: assessment.Accepted, Answer: a.Answer(id).Value}
	}
	return rev
}

// matchAll matches reviews to subs as a batch does: candidates per submission, then Resolve.
func matchAll(r *questions.Rubric, subs []*assessment.Assessment, files []ReviewFile) ([]Match, []int) {
	rs := NewReviews("reviews", files)
	cands := make([][]Candidate, len(subs))
	for i, a := range subs {
		cands[i] = rs.Candidates(r, a, scoring.Score(r, a, scoring.Options{}), scoring.Options{})
	}
	return Resolve(cands, len(files))
}

// TestMatchCases: the cases by name: by digest, by city-country-year (stale), none, twice
// by digest, twice by place, and a review owned by the other version of a city.
func TestMatchCases(t *testing.T) {
	r := defaultRubric(t)
	v1, v2, other := version(r, 1, 0), version(r, 1, 5), version(r, 2, 0)
	old := "0000000000000000000000000000000000000000000000000000000000000000"
	cases := []struct {
		name      string
		subs      []*assessment.Assessment
		reviews   []*assessment.Review
		want      []Match // Validated only checked for nil-ness
		unmatched []int
	}{
		{"by digest", []*assessment.Assessment{v1}, []*assessment.Review{reviewOf(r, v1, "")},
			[]Match{{Reviews: []int{0}}}, nil},
		{"by place, stale", []*assessment.Assessment{v2}, []*assessment.Review{reviewOf(r, v1, "")},
			[]Match{{Reviews: []int{0}, Stale: true}}, nil},
		{"none", []*assessment.Assessment{other}, []*assessment.Review{reviewOf(r, v1, "")},
			[]Match{{}}, []int{0}},
		{"twice by digest", []*assessment.Assessment{v1}, []*assessment.Review{reviewOf(r, v1, ""), reviewOf(r, v1, "")},
			[]Match{{Reviews: []int{0, 1}}}, nil},
		{"twice by place", []*assessment.Assessment{v2}, []*assessment.Review{reviewOf(r, v1, old), reviewOf(r, v1, "")},
			[]Match{{Reviews: []int{0, 1}, Stale: true}}, nil},
		{"the digest wins over the place", []*assessment.Assessment{v2}, []*assessment.Review{reviewOf(r, v1, old), reviewOf(r, v2, "")},
			[]Match{{Reviews: []int{1}}}, []int{0}},
		{"a review of the other version is that one's", []*assessment.Assessment{v1, v2}, []*assessment.Review{reviewOf(r, v2, "")},
			[]Match{{}, {Reviews: []int{0}}}, nil},
		{"both versions lean on an older review", []*assessment.Assessment{v1, v2}, []*assessment.Review{reviewOf(r, v1, old)},
			[]Match{{Reviews: []int{0}, Stale: true}, {Reviews: []int{0}, Stale: true}}, nil},
		{"no city or year matches nothing by place", []*assessment.Assessment{func() *assessment.Assessment { a := version(r, 1, 5); a.Year = 0; return a }()},
			[]*assessment.Review{reviewOf(r, v1, "")}, []Match{{}}, []int{0}},
	}
	for _, c := range cases {
		var files []ReviewFile
		for i, rev := range c.reviews {
			files = append(files, ReviewFile{Path: fmt.Sprintf("r%d.yaml", i), Review: rev})
		}
		got, unmatched := matchAll(r, c.subs, files)
		for i, m := range got {
			w := c.want[i]
			if !slices.Equal(m.Reviews, w.Reviews) || m.Stale != w.Stale || (m.Validated != nil) != (len(w.Reviews) == 1) {
				t.Errorf("%s: submission %d matched %v (stale %v, validated %v), want %v (stale %v)", c.name, i, m.Reviews, m.Stale, m.Validated != nil, w.Reviews, w.Stale)
			}
		}
		if !slices.Equal(unmatched, c.unmatched) {
			t.Errorf("%s: unmatched %v, want %v", c.name, unmatched, c.unmatched)
		}
	}
}

// TestMatchGenerated: generated batches (cities sending one or two versions, reviews of
// either version, of an older version under another digest, repeated, of cities not in the
// batch) are matched as the rule says, written out plainly here: a review of exactly a
// submission's answers is its; else the reviews of its city, country and year that are no
// other submission's; one applies, more is reviewed twice; a review no submission takes is
// unmatched. A review matched by place is stale and its validation says which criteria
// changed.
func TestMatchGenerated(t *testing.T) {
	r := defaultRubric(t)
	rng := rand.New(rand.NewPCG(16, 5))
	for round := range 120 {
		var subs []*assessment.Assessment
		var revs []*assessment.Review
		for c := range 1 + rng.IntN(5) {
			versions := []*assessment.Assessment{version(r, c, 0), version(r, c, 1+rng.IntN(9))}
			subs = append(subs, versions[:1+rng.IntN(2)]...)
			for range rng.IntN(4) {
				switch rng.IntN(4) {
				case 0, 1:
					revs = append(revs, reviewOf(r, versions[rng.IntN(2)], ""))
				case 2:
					revs = append(revs, reviewOf(r, versions[rng.IntN(2)], fmt.Sprintf("%064d", rng.IntN(1000))))
				case 3:
					revs = append(revs, reviewOf(r, version(r, 100+c, 0), ""))
				}
			}
		}
		var files []ReviewFile
		for i, rev := range revs {
			files = append(files, ReviewFile{Path: fmt.Sprintf("r%d.yaml", i), Review: rev})
		}
		got, unmatched := matchAll(r, subs, files)

		digests := map[string]bool{}
		for _, a := range subs {
			digests[answers.Digest(a)] = true
		}
		used := make([]bool, len(revs))
		for i, a := range subs {
			var exact, near []int
			for k, rev := range revs {
				s := rev.Submission
				switch {
				case s.SHA256 == answers.Digest(a):
					exact = append(exact, k)
				case !digests[s.SHA256] && s.City == a.City && s.Country == a.Country && s.Year == a.Year:
					near = append(near, k)
				}
			}
			want := Match{Reviews: exact}
			if len(exact) == 0 {
				want = Match{Reviews: near, Stale: len(near) > 0}
			}
			for _, k := range want.Reviews {
				used[k] = true
			}
			m := got[i]
			if !slices.Equal(m.Reviews, want.Reviews) || m.Stale != want.Stale || (m.Validated != nil) != (len(want.Reviews) == 1) {
				t.Fatalf("round %d, submission %d: matched %v (stale %v), want %v (stale %v)", round, i, m.Reviews, m.Stale, want.Reviews, want.Stale)
			}
			if m.Validated != nil {
				claimed := scoring.Score(r, a, scoring.Options{})
				if !m.Stale && (m.Validated.Stale != 0 || m.Validated.Met != claimed.Met || m.Validated.Provisional) {
					t.Fatalf("round %d: a review of exactly these answers, accepting all, validates %+v", round, m.Validated)
				}
				if m.Stale && m.Validated.Met > claimed.Met {
					t.Fatalf("round %d: a stale review validates more than claimed", round)
				}
			}
		}
		var wantUnmatched []int
		for k, u := range used {
			if !u {
				wantUnmatched = append(wantUnmatched, k)
			}
		}
		if !reflect.DeepEqual(unmatched, wantUnmatched) {
			t.Fatalf("round %d: unmatched %v, want %v", round, unmatched, wantUnmatched)
		}
	}
}

// BenchmarkCandidates is what a worker adds to a submission in a batch with reviews: its
// digest, the lookup, and the validation of the one review that has its digest, among a
// thousand reviews.
func BenchmarkCandidates(b *testing.B) {
	r := defaultRubric(b)
	var files []ReviewFile
	for c := range 1000 {
		files = append(files, ReviewFile{Path: fmt.Sprint(c), Review: reviewOf(r, version(r, c, 0), "")})
	}
	rs := NewReviews("reviews", files)
	a := version(r, 500, 0)
	claimed := scoring.Score(r, a, scoring.Options{})
	b.ReportAllocs()
	for b.Loop() {
		if c := rs.Candidates(r, a, claimed, scoring.Options{}); len(c) != 1 {
			b.Fatal(c)
		}
	}
}
