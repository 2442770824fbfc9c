package scoring

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
)

// scored is a result of the first n criteria met, named.
func scored(t testing.TB, r *questions.Rubric, name string, year, n, k int) *Result {
	t.Helper()
	a := city(r, n, k)
	a.City, a.Country, a.Year = name, "Chile", year
	return Score(r, a, Options{})
}

// randomCity meets each criterion with probability p (in percent).
func randomCity(r *questions.Rubric, rng *rand.Rand, name string, p int) *Result {
	a := assessment.New()
	a.City, a.Country, a.Year = name, "Chile", 2024
	for _, q := range r.Questions() {
		v := assessment.NotMet
		if rng.IntN(100) < p {
			v = assessment.Met
		}
		a.Set(q.ID, assessment.Answer{Value: v})
	}
	return Score(r, a, Options{})
}

func peerOf(res *Result, source string) Peer {
	return Peer{Brief: res.Brief(), RubricID: res.RubricID, RubricVersion: res.RubricVersion, Source: source}
}

func TestBenchmarkTable(t *testing.T) {
	r := defaultRubric(t)
	me := scored(t, r, "Maipú", 2024, 22, 1)
	other := func(name string, n int) Peer { return peerOf(scored(t, r, name, 2024, n, 1), name+".yaml") }
	oldRubric := other("Old", 30)
	oldRubric.RubricVersion = "2018"
	for _, tc := range []struct {
		name    string
		peers   []Peer
		err     string
		peersN  int
		crit    int
		pct     float64
		median  float64
		self    []string
		repeats []string
		others  []string
	}{
		{name: "empty cohort", err: "benchmark.empty_cohort"},
		{name: "only the city itself", peers: []Peer{peerOf(scored(t, r, " MAIPÚ ", 2024, 10, 0), "me.xlsx")}, err: "benchmark.only_self"},
		{name: "a cohort of one above", peers: []Peer{other("A", 40)}, peersN: 1, crit: 1, pct: 0, median: 40 * 100.0 / 43},
		{name: "a cohort of one below", peers: []Peer{other("A", 5)}, peersN: 1, crit: 1, pct: 100, median: 5 * 100.0 / 43},
		{name: "ties with all", peers: []Peer{other("A", 22), other("B", 22), other("C", 22)}, peersN: 3, crit: 3, pct: 50, median: 22 * 100.0 / 43},
		{name: "ties counted half", peers: []Peer{other("A", 10), other("B", 22), other("C", 22), other("D", 40)}, peersN: 4, crit: 4, pct: 50, median: 22 * 100.0 / 43},
		{name: "the city inside its cohort, folded", peers: []Peer{other("A", 10), peerOf(scored(t, r, "maipú ", 2024, 22, 1), "me.xlsx"), other("B", 40)},
			peersN: 2, crit: 2, pct: 50, median: 25 * 100.0 / 43, self: []string{"me.xlsx"}},
		{name: "another year of the city is a peer", peers: []Peer{peerOf(scored(t, r, "Maipú", 2023, 10, 1), "2023.xlsx")},
			peersN: 1, crit: 1, pct: 100, median: 10 * 100.0 / 43},
		{name: "a city given twice counts once, the last", peers: []Peer{other("A", 40), other("A", 10)},
			peersN: 1, crit: 1, pct: 100, median: 10 * 100.0 / 43, repeats: []string{"A.yaml"}},
		{name: "another rubric version: reported, out of the criteria", peers: []Peer{other("A", 10), oldRubric},
			peersN: 2, crit: 1, pct: 50, median: 20 * 100.0 / 43, others: []string{"Old.yaml"}},
		{name: "only another rubric version", peers: []Peer{oldRubric}, peersN: 1, crit: 0, pct: 0, median: 30 * 100.0 / 43, others: []string{"Old.yaml"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := Benchmark(me, tc.peers)
			if tc.err != "" {
				var e *msg.Error
				if err == nil || !asMsg(err, &e) || e.ID != tc.err {
					t.Fatalf("err = %v, want %s", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if b.Peers != tc.peersN || b.CriteriaPeers != tc.crit {
				t.Errorf("peers %d/%d, want %d/%d", b.Peers, b.CriteriaPeers, tc.peersN, tc.crit)
			}
			if !near(b.Overall.Percentile, tc.pct) || !near(b.Overall.Median, tc.median) {
				t.Errorf("percentile %v median %v, want %v %v", b.Overall.Percentile, b.Overall.Median, tc.pct, tc.median)
			}
			if !reflect.DeepEqual(b.Self, tc.self) || !reflect.DeepEqual(b.Repeats, tc.repeats) || !reflect.DeepEqual(b.OtherRubric, tc.others) {
				t.Errorf("self %v repeats %v others %v", b.Self, b.Repeats, b.OtherRubric)
			}
			for _, c := range b.Criteria {
				if c.Of != tc.crit {
					t.Errorf("%s counted over %d, want %d", c.ID, c.Of, tc.crit)
				}
			}
			if len(b.Practices) != len(me.Practices) {
				t.Errorf("%d practices", len(b.Practices))
			}
		})
	}
}

func asMsg(err error, target **msg.Error) bool {
	e, ok := err.(*msg.Error)
	*target = e
	return ok
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

// TestBenchmarkSteps: a cohort where most meet PA1 and few meet DM1 puts PA1 among the steps
// with its rate, DM1 among the rare criteria the city leads on, and marks the plan's.
func TestBenchmarkSteps(t *testing.T) {
	r := defaultRubric(t)
	mk := func(name string, met ...string) *Result {
		a := assessment.New()
		a.City, a.Country, a.Year = name, "Chile", 2024
		for _, q := range r.Questions() {
			v := assessment.NotMet
			if slices.Contains(met, q.ID) {
				v = assessment.Met
			}
			a.Set(q.ID, assessment.Answer{Value: v})
		}
		return Score(r, a, Options{})
	}
	me := mk("Me", "DM1", "DM2")
	var peers []Peer
	for i := range 11 {
		met := []string{"DM2"}
		if i < 9 {
			met = append(met, "PA1") // 9 of 11: 81.8 %
		}
		if i < 6 {
			met = append(met, "OD1") // 6 of 11
		}
		if i < 2 {
			met = append(met, "DM1") // 2 of 11: rare
		}
		peers = append(peers, peerOf(mk(fmt.Sprint("P", i), met...), fmt.Sprint(i)))
	}
	b, err := Benchmark(me, peers)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Steps) < 2 || b.Steps[0].ID != "PA1" || b.Steps[0].Met != 9 || b.Steps[0].Of != 11 || b.Steps[1].ID != "OD1" {
		t.Fatalf("steps %+v", b.Steps)
	}
	if len(b.Rare) != 1 || b.Rare[0].ID != "DM1" {
		t.Errorf("rare %+v", b.Rare)
	}
	inPlan := map[string]bool{}
	for _, s := range me.Next.Suggested {
		inPlan[s.ID] = true
	}
	if b.NextTier != me.Next.Tier {
		t.Errorf("next tier %q", b.NextTier)
	}
	for _, s := range b.Steps {
		if s.InPlan != inPlan[s.ID] {
			t.Errorf("%s marked in plan %v", s.ID, s.InPlan)
		}
		delete(inPlan, s.ID)
	}
	if len(inPlan) > 0 {
		t.Errorf("plan criteria missing from the steps: %v", inPlan)
	}
}

// TestBenchmarkInvariants: over many generated cohorts, the steps are exactly the criteria
// the city does not meet that most meet or the plan suggests, most met first; the rare ones
// are met by the city; leads stand above the third quartile; percentiles are within 0-100;
// and putting the city into its own cohort changes nothing but Self.
func TestBenchmarkInvariants(t *testing.T) {
	r := defaultRubric(t)
	rng := rand.New(rand.NewPCG(17, 3))
	for round := range 150 {
		me := randomCity(r, rng, "Me", rng.IntN(101))
		var peers []Peer
		for i := range 1 + rng.IntN(25) {
			peers = append(peers, peerOf(randomCity(r, rng, fmt.Sprint("City ", i), rng.IntN(101)), fmt.Sprint(i)))
		}
		b, err := Benchmark(me, peers)
		if err != nil {
			t.Fatal(err)
		}
		withSelf := slices.Insert(slices.Clone(peers), rng.IntN(len(peers)+1), peerOf(me, "me"))
		b2, err := Benchmark(me, withSelf)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(b2.Self, []string{"me"}) {
			t.Fatalf("round %d: self %v", round, b2.Self)
		}
		b2.Self = nil
		if !reflect.DeepEqual(b, b2) {
			t.Fatalf("round %d: the city in its cohort changed the benchmark", round)
		}
		steps := map[string]bool{}
		for i, s := range b.Steps {
			steps[s.ID] = true
			if s.CityMeets || !(s.Common || s.InPlan) {
				t.Errorf("round %d: step %+v", round, s)
			}
			if i > 0 && s.Rate() > b.Steps[i-1].Rate() {
				t.Errorf("round %d: steps out of order at %s", round, s.ID)
			}
		}
		for _, c := range b.Criteria {
			if !c.CityMeets && c.Common && !steps[c.ID] {
				t.Errorf("round %d: %s met by most, not a step", round, c.ID)
			}
		}
		for _, c := range b.Rare {
			if !c.CityMeets || c.Met*4 > c.Of {
				t.Errorf("round %d: rare %+v", round, c)
			}
		}
		for _, p := range append(b.Practices, PracticeStanding{Standing: b.Overall}) {
			if p.Percentile < 0 || p.Percentile > 100 || p.Q1 > p.Median || p.Median > p.Q3 {
				t.Errorf("round %d: %s %+v", round, p.ID, p.Standing)
			}
		}
		for _, p := range b.Leads {
			if p.City <= p.Q3 {
				t.Errorf("round %d: lead %s at %v, Q3 %v", round, p.ID, p.City, p.Q3)
			}
		}
	}
}

// asSummary is peers as a saved summary gives them: rows without criteria, and the tally of
// their criteria.
func asSummary(peers []Peer, source string) ([]Peer, Tally) {
	t := Tally{Source: source, Met: map[string]int{}}
	var rows []Peer
	for _, p := range peers {
		t.RubricID, t.RubricVersion = p.RubricID, p.RubricVersion
		t.Of++
		for j, id := range p.Brief.CriterionIDs {
			if p.Brief.Counted[j] {
				t.Met[id]++
			}
		}
		row := p
		row.Brief.CriterionIDs, row.Brief.Counted = nil, nil
		row.Tally = source
		rows = append(rows, row)
	}
	return rows, t
}

// TestBenchmarkSavedSummary: over many generated cohorts, a saved summary of the cohort (rows
// without criteria and the counts of its criteria) gives the same figures as its files,
// whether the city is in it or not, and a summary given beside the same files counts each
// submission once.
func TestBenchmarkSavedSummary(t *testing.T) {
	r := defaultRubric(t)
	rng := rand.New(rand.NewPCG(5, 8))
	for round := range 100 {
		me := randomCity(r, rng, "Me", rng.IntN(101))
		var peers []Peer
		for i := range 1 + rng.IntN(15) {
			peers = append(peers, peerOf(randomCity(r, rng, fmt.Sprint("City ", i), rng.IntN(101)), fmt.Sprint(i)))
		}
		if rng.IntN(2) == 0 {
			peers = slices.Insert(peers, rng.IntN(len(peers)+1), peerOf(me, "me"))
		}
		want, err := Benchmark(me, peers)
		if err != nil {
			t.Fatal(err)
		}
		rows, tl := asSummary(peers, "cohort.json")
		for _, extra := range [][]Peer{nil, peers} {
			got, err := Benchmark(me, append(slices.Clone(rows), extra...), tl)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got.Criteria, want.Criteria) || !reflect.DeepEqual(got.Practices, want.Practices) || got.CriteriaPeers != want.CriteriaPeers {
				t.Fatalf("round %d (files beside: %v): the saved summary differs from its files", round, extra != nil)
			}
		}
	}
}

// BenchmarkBenchmark measures a city against 2,000 peers.
func BenchmarkBenchmark(b *testing.B) {
	r := defaultRubric(b)
	rng := rand.New(rand.NewPCG(1, 2))
	me := randomCity(r, rng, "Me", 60)
	var peers []Peer
	for i := range 2000 {
		peers = append(peers, peerOf(randomCity(r, rng, fmt.Sprint("City ", i), rng.IntN(101)), fmt.Sprint(i)))
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Benchmark(me, peers); err != nil {
			b.Fatal(err)
		}
	}
}
