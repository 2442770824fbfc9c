package scoring

import (
	"slices"
	"sort"
	"strings"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
)

// Peer is one submission of the cohort a city is measured against: its brief, and the rubric
// it was scored against. Source names where it came from (a file, or a row of a saved
// summary), for the report to list the peers left out.
type Peer struct {
	Brief                   Brief
	RubricID, RubricVersion string
	Source                  string
	// Tally, when set, is the Source of the Tally that holds this peer's criteria: a row
	// of a saved summary, whose brief has practices but no criteria.
	Tally string
}

// Tally is what a saved cohort summary keeps of its criteria: how many of its Of counted
// submissions meet each, for one rubric. Its submissions come as Peers whose Tally names it.
// A city and year that is both a row of a tally and another peer (or the city itself) is
// taken as the same submission: the row is left out of the tally by the other's criteria.
type Tally struct {
	Source                  string
	RubricID, RubricVersion string
	Of                      int
	Met                     map[string]int
}

// BenchmarkResult places one city among its peers. Peers answering another rubric than the
// city's (id or version) are reported in OtherRubric and left out of the per-criterion
// figures; their practice shares still count where the practice has the same ID, since a
// practice's share is comparable across versions. The city itself, when the cohort holds
// it (the same city, country and year, folded as the duplicate check folds them), is left
// out and reported in Self; a city and year given more than once counts once, its last
// submission kept, as in Summarize.
type BenchmarkResult struct {
	// Peers is how many submissions the figures count; Criteria counts those of the city's
	// rubric only (CriteriaPeers).
	Peers, CriteriaPeers int
	// Self, Repeats and OtherRubric are the Sources of the peers left out as the city itself,
	// left out as an earlier submission of a city and year given again, and of the peers
	// answering another rubric, in the order given.
	Self, Repeats, OtherRubric []string
	// Overall is the city's share of points among the peers' shares.
	Overall Standing
	// Practices is each practice of the city, in rubric order.
	Practices []PracticeStanding
	// Criteria is each criterion's met rate among the peers of the city's rubric, in rubric
	// order, with whether the city meets it.
	Criteria []CriterionStanding
	// Steps are the criteria the city does not meet that most of the cohort meets (Common)
	// and the next-tier plan's suggestions (InPlan), most met first: the natural next steps.
	Steps []CriterionStanding
	// NextTier is the tier the plan leads to, "" at the top.
	NextTier string
	// Leads are the practices where the city stands above the cohort's third quartile, and
	// Rare the criteria it meets that few of the cohort meet (Rare), least met first.
	Leads []PracticeStanding
	Rare  []CriterionStanding
}

// Standing is a share of the city beside the cohort's: the cohort's quartiles, the city's
// percentile rank (mid-rank, see PercentileRank), and every peer's share, sorted, for charts.
type Standing struct {
	City           float64
	Q1, Median, Q3 float64
	Percentile     float64
	Cohort         []float64
	// AboveQ3 says the city stands above the cohort's third quartile: it leads there.
	AboveQ3 bool
}

// PracticeStanding is one practice's Standing.
type PracticeStanding struct {
	ID string
	Standing
}

// CriterionStanding is one criterion: how many peers of the city's rubric meet it, and
// whether the city does. Common says most of the cohort meets it (more than half), Rare that
// few do (a quarter or less); InPlan that the next-tier plan suggests it.
type CriterionStanding struct {
	ID, Practice string
	Met, Of      int
	CityMeets    bool
	Common, Rare bool
	InPlan       bool
}

// Rate is the share of peers meeting the criterion, in percent.
func (c CriterionStanding) Rate() float64 {
	if c.Of == 0 {
		return 0
	}
	return float64(c.Met) * 100 / float64(c.Of)
}

// placeKey folds a city, country and year as the duplicate check does; "" when the city or
// year is missing, which never matches.
func placeKey(city, country string, year int) string {
	if strings.TrimSpace(city) == "" || year == 0 {
		return ""
	}
	return PlaceKey(city, country, year)
}

// Benchmark measures city against peers. It refuses an empty cohort, and a cohort left empty
// once the city itself is taken out of it.
func Benchmark(city *Result, peers []Peer, tallies ...Tally) (*BenchmarkResult, error) {
	b := &BenchmarkResult{}
	self := placeKey(city.City, city.Country, city.Year)
	// The submission kept of a city and year given more than once is the last one with its
	// own criteria, else the last one.
	last := map[string]int{}
	for i, p := range peers {
		if k := placeKey(p.Brief.City, p.Brief.Country, p.Brief.Year); k != "" {
			if j, ok := last[k]; !ok || p.Tally == "" || peers[j].Tally != "" {
				last[k] = i
			}
		}
	}
	// out are the criteria to take out of each tally: its rows left out, by the criteria of
	// the submission they stand for.
	out := map[string][]Brief{}
	var kept []Peer
	for i, p := range peers {
		k := placeKey(p.Brief.City, p.Brief.Country, p.Brief.Year)
		switch {
		case k != "" && k == self:
			b.Self = append(b.Self, p.Source)
			if p.Tally != "" {
				out[p.Tally] = append(out[p.Tally], city.Brief())
			}
		case k != "" && last[k] != i:
			b.Repeats = append(b.Repeats, p.Source)
			if p.Tally != "" && peers[last[k]].Tally == "" {
				out[p.Tally] = append(out[p.Tally], peers[last[k]].Brief)
			}
		default:
			kept = append(kept, p)
		}
	}
	if len(kept) == 0 {
		if len(b.Self) > 0 {
			return nil, msg.E("benchmark.only_self", msg.Args{"City": city.City})
		}
		return nil, msg.E("benchmark.empty_cohort", nil)
	}
	b.Peers = len(kept)
	var shares []float64
	for _, p := range kept {
		shares = append(shares, p.Brief.Percent())
	}
	b.Overall = standing(city.Percent(), shares)
	for _, cp := range city.Practices {
		var vals []float64
		for _, p := range kept {
			if j := slices.Index(p.Brief.PracticeIDs, cp.ID); j >= 0 && j < len(p.Brief.Practices) {
				vals = append(vals, p.Brief.Practices[j])
			}
		}
		ps := PracticeStanding{ID: cp.ID, Standing: standing(cp.Percent(), vals)}
		b.Practices = append(b.Practices, ps)
		if ps.AboveQ3 {
			b.Leads = append(b.Leads, ps)
		}
	}
	var same []Peer
	for _, p := range kept {
		switch {
		case p.RubricID != city.RubricID || p.RubricVersion != city.RubricVersion:
			b.OtherRubric = append(b.OtherRubric, p.Source)
		case p.Tally == "":
			same = append(same, p)
		}
	}
	counts := tallyCounts(city, tallies, out)
	for _, p := range same {
		counts.add(p.Brief, 1)
	}
	b.CriteriaPeers = counts.of
	b.criteria(city, counts)
	return b, nil
}

// tally counts how many peers meet each criterion, by normalized ID.
type tally struct {
	met map[string]int
	of  int
	// ids caches each ID's normal form: thousands of peers share the rubric's few dozen.
	ids map[string]string
}

func (t *tally) norm(id string) string {
	n, ok := t.ids[id]
	if !ok {
		n = questions.NormalizeID(id)
		t.ids[id] = n
	}
	return n
}

func (t *tally) add(b Brief, sign int) {
	t.of += sign
	for j, id := range b.CriterionIDs {
		if j < len(b.Counted) && b.Counted[j] {
			t.met[t.norm(id)] += sign
		}
	}
}

// tallyCounts adds up the tallies of the city's rubric, less the rows left out of each.
func tallyCounts(city *Result, tallies []Tally, out map[string][]Brief) *tally {
	t := &tally{met: map[string]int{}, ids: map[string]string{}}
	for _, tl := range tallies {
		if tl.RubricID != city.RubricID || tl.RubricVersion != city.RubricVersion {
			continue
		}
		t.of += tl.Of
		for id, n := range tl.Met {
			t.met[t.norm(id)] += n
		}
		for _, b := range out[tl.Source] {
			t.add(b, -1)
		}
	}
	for id, n := range t.met {
		t.met[id] = max(0, min(n, t.of))
	}
	t.of = max(t.of, 0)
	return t
}

// standing places x among vals; with no vals it is x alone, the cohort empty.
func standing(x float64, vals []float64) Standing {
	s := Standing{City: x, Cohort: slices.Sorted(slices.Values(vals))}
	if len(vals) == 0 {
		return s
	}
	s.Q1, s.Median, s.Q3, _ = Quartiles(vals)
	s.Percentile, _ = PercentileRank(vals, x)
	s.AboveQ3 = x > s.Q3
	return s
}

// criteria fills each criterion's rate among the peers of the city's rubric, the next steps
// merged with the plan, and the criteria the city meets that few meet.
func (b *BenchmarkResult) criteria(city *Result, counts *tally) {
	plan := map[string]bool{}
	if city.Next != nil {
		b.NextTier = city.Next.Tier
		for _, s := range city.Next.Suggested {
			plan[questions.NormalizeID(s.ID)] = true
		}
	}
	for _, q := range city.Questions {
		id := questions.NormalizeID(q.ID)
		cs := CriterionStanding{ID: q.ID, Practice: q.Practice, Met: counts.met[id], Of: counts.of, CityMeets: q.Counted(), InPlan: plan[id]}
		if cs.Of > 0 {
			cs.Common = cs.Met*2 > cs.Of
			cs.Rare = cs.Met*4 <= cs.Of
		}
		b.Criteria = append(b.Criteria, cs)
		switch {
		case !cs.CityMeets && (cs.Common || cs.InPlan):
			b.Steps = append(b.Steps, cs)
		case cs.CityMeets && cs.Rare:
			b.Rare = append(b.Rare, cs)
		}
	}
	// Most met first, the common ones before plan-only ones of the same rate; rubric order
	// breaks ties. Rates are compared as integers (met*of'), never as floats.
	sort.SliceStable(b.Steps, func(i, j int) bool {
		a, c := b.Steps[i], b.Steps[j]
		if a.Met*c.Of != c.Met*a.Of {
			return a.Met*c.Of > c.Met*a.Of
		}
		return a.Common && !c.Common
	})
	sort.SliceStable(b.Rare, func(i, j int) bool {
		a, c := b.Rare[i], b.Rare[j]
		return a.Met*c.Of < c.Met*a.Of
	})
}
