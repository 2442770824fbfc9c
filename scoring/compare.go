package scoring

import (
	"sort"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/questions"
)

// Comparison is what changed between two results of a city, criterion by criterion.
type Comparison struct {
	Old, New *Result
	// SameRubric is false when the two were scored with different rubrics (id or version):
	// then only the criteria both share are compared, and OnlyOld and OnlyNew list the rest.
	SameRubric       bool
	OnlyOld, OnlyNew []string
	// SameCity is false when the two name different cities.
	SameCity bool
	// TierChange is +1 when the tier went up, -1 when it dropped, 0 when kept.
	TierChange int
	// MetOld and MetNew count the shared criteria met, out of Shared.
	MetOld, MetNew, Shared int
	Practices              []PracticeChange
	// Gained and Lost are criteria that started or stopped counting; StillOpen those that
	// count in neither.
	Gained, Lost, StillOpen []string
	// Criteria holds every criterion both results have, in the new result's order; Answers
	// those of them whose answer or evidence changed (gained and lost ones included).
	Criteria []AnswerChange
	Answers  []AnswerChange
	Metrics  []MetricChange
}

// PracticeChange is a practice's share before and after.
type PracticeChange struct {
	ID                 string
	Old, New           float64 // percent
	MetOld, MetNew     int
	TotalOld, TotalNew int
	InOld, InNew       bool
}

// AnswerChange is how one criterion both results have went from the old to the new.
type AnswerChange struct {
	ID, Practice      string
	From, To          assessment.Value
	EvidenceAdded     bool
	EvidenceRemoved   bool
	Counted, WasCount bool
}

// How a criterion changed between two results.
const (
	ChangeGained  = "gained"  // it counts now and did not
	ChangeLost    = "lost"    // it counted and does not now
	ChangeChanged = "changed" // its answer or evidence changed, not whether it counts
	ChangeSame    = "same"
)

// Change says how the criterion changed: ChangeGained, ChangeLost, ChangeChanged or ChangeSame.
func (a AnswerChange) Change() string {
	switch {
	case a.Counted && !a.WasCount:
		return ChangeGained
	case !a.Counted && a.WasCount:
		return ChangeLost
	case a.From != a.To || a.EvidenceAdded || a.EvidenceRemoved:
		return ChangeChanged
	}
	return ChangeSame
}

// MetricChange is how an outcome metric changed.
type MetricChange struct {
	Name     string
	Old, New *MetricResult
	Kind     MetricChangeKind
}

// MetricChangeKind says what happened to a metric.
type MetricChangeKind string

// The kinds of metric change.
const (
	MetricAdded        MetricChangeKind = "added"
	MetricRemoved      MetricChangeKind = "removed"
	MetricNowCounted   MetricChangeKind = "now_counted"
	MetricNoLonger     MetricChangeKind = "no_longer_counted"
	MetricValueChanged MetricChangeKind = "values_changed"
	MetricSame         MetricChangeKind = "same"
)

// MetricChangeKinds lists every kind, for catalogs.
var MetricChangeKinds = []MetricChangeKind{MetricAdded, MetricRemoved, MetricNowCounted, MetricNoLonger, MetricValueChanged, MetricSame}

// Compare compares an older and a newer result; tiers (the rubric's) order their tiers.
func Compare(old, new *Result, tiers []questions.Tier) *Comparison {
	c := &Comparison{Old: old, New: new,
		SameRubric: old.RubricID == new.RubricID && old.RubricVersion == new.RubricVersion,
		SameCity:   fold(old.City) == fold(new.City) || old.City == "" || new.City == ""}
	switch ro, rn := TierRank(tiers, old.Tier), TierRank(tiers, new.Tier); {
	case rn > ro:
		c.TierChange = 1
	case rn < ro:
		c.TierChange = -1
	}
	oldQ := map[string]QuestionResult{}
	for _, q := range old.Questions {
		oldQ[q.ID] = q
	}
	newQ := map[string]bool{}
	for _, q := range new.Questions {
		newQ[q.ID] = true
		o, shared := oldQ[q.ID]
		if !shared {
			c.OnlyNew = append(c.OnlyNew, q.ID)
			continue
		}
		c.Shared++
		if o.Counted() {
			c.MetOld++
		}
		if q.Counted() {
			c.MetNew++
		}
		switch {
		case q.Counted() && !o.Counted():
			c.Gained = append(c.Gained, q.ID)
		case !q.Counted() && o.Counted():
			c.Lost = append(c.Lost, q.ID)
		case !q.Counted() && !o.Counted():
			c.StillOpen = append(c.StillOpen, q.ID)
		}
		ch := AnswerChange{ID: q.ID, Practice: q.Practice, From: o.Answer, To: q.Answer, Counted: q.Counted(), WasCount: o.Counted(),
			EvidenceAdded: o.Evidence == "" && q.Evidence != "", EvidenceRemoved: o.Evidence != "" && q.Evidence == ""}
		c.Criteria = append(c.Criteria, ch)
		if ch.Change() != ChangeSame {
			c.Answers = append(c.Answers, ch)
		}
	}
	for _, q := range old.Questions {
		if !newQ[q.ID] {
			c.OnlyOld = append(c.OnlyOld, q.ID)
		}
	}
	c.Practices = comparePractices(old, new)
	c.Metrics = compareMetrics(old, new)
	return c
}

func comparePractices(old, new *Result) []PracticeChange {
	var out []PracticeChange
	idx := map[string]int{}
	for _, p := range new.Practices {
		idx[p.ID] = len(out)
		out = append(out, PracticeChange{ID: p.ID, New: p.Percent(), MetNew: p.Met, TotalNew: p.Total, InNew: true})
	}
	for _, p := range old.Practices {
		i, ok := idx[p.ID]
		if !ok {
			out = append(out, PracticeChange{ID: p.ID})
			i = len(out) - 1
		}
		out[i].Old, out[i].MetOld, out[i].TotalOld, out[i].InOld = p.Percent(), p.Met, p.Total, true
	}
	return out
}

func compareMetrics(old, new *Result) []MetricChange {
	oldM := map[string]*MetricResult{}
	var order []string
	for i := range old.Outcomes {
		k := fold(old.Outcomes[i].Metric.Name)
		oldM[k] = &old.Outcomes[i]
		order = append(order, k)
	}
	var out []MetricChange
	seen := map[string]bool{}
	for i := range new.Outcomes {
		n := &new.Outcomes[i]
		k := fold(n.Metric.Name)
		seen[k] = true
		o, ok := oldM[k]
		mc := MetricChange{Name: n.Metric.Name, Old: o, New: n}
		switch {
		case !ok:
			mc.Kind = MetricAdded
		case n.Counted() && !o.Counted():
			mc.Kind = MetricNowCounted
		case !n.Counted() && o.Counted():
			mc.Kind = MetricNoLonger
		case !sameValue(o.Metric.Baseline, n.Metric.Baseline) || !sameValue(o.Metric.Current, n.Metric.Current):
			mc.Kind = MetricValueChanged
		default:
			mc.Kind = MetricSame
		}
		out = append(out, mc)
	}
	for _, k := range order {
		if !seen[k] {
			out = append(out, MetricChange{Name: oldM[k].Metric.Name, Old: oldM[k], Kind: MetricRemoved})
		}
	}
	return out
}

func sameValue(a, b *float64) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

func fold(s string) string { return assessment.Fold(s) }

// Changed reports whether anything differs between the two results.
func (c *Comparison) Changed() bool {
	if c.TierChange != 0 || len(c.Gained) > 0 || len(c.Lost) > 0 || len(c.Answers) > 0 || len(c.OnlyOld) > 0 || len(c.OnlyNew) > 0 {
		return true
	}
	for _, m := range c.Metrics {
		if m.Kind != MetricSame {
			return true
		}
	}
	return c.Old.Met != c.New.Met || c.Old.Total != c.New.Total
}

// Dropped reports whether the tier dropped or a criterion was lost.
func (c *Comparison) Dropped() bool { return c.TierChange < 0 || len(c.Lost) > 0 }

// Trend is a city's path over several years.
type Trend struct {
	Results []*Result // sorted by year
	// FirstMet gives, for each criterion of the latest result, the first year it counted
	// (0 when it never did), in rubric order.
	FirstMet []FirstMet
	// History gives, for each criterion of the latest result, every year it was first met,
	// lost and met again, in rubric order.
	History []CriterionHistory
}

// FirstMet is when a criterion first counted.
type FirstMet struct {
	ID   string
	Year int
}

// TrendError says why results cannot form one city's trend.
type TrendError struct {
	// DifferentCity holds the two cities found; RepeatedYear the year given twice (in City's
	// files, for a panel of several cities).
	DifferentCity [2]string
	RepeatedYear  int
	City          string
	NoYear        bool
	// OneYear is the only year of results that are all of one year: a trend needs two.
	OneYear int
}

func (e *TrendError) Error() string {
	switch {
	case e.OneYear != 0:
		return "a trend needs two or more years"
	case e.RepeatedYear != 0:
		return "year given twice"
	case e.NoYear:
		return "a result has no year"
	}
	return "different cities"
}

// NewTrend sorts results by year and checks they are one city's, one per year, over two
// years or more.
func NewTrend(results []*Result) (*Trend, error) {
	rs := sortedByYear(results)
	for _, r := range rs {
		if fold(r.City) != fold(rs[0].City) {
			return nil, &TrendError{DifferentCity: [2]string{rs[0].City, r.City}}
		}
	}
	if len(rs) == 0 {
		return nil, &TrendError{NoYear: true}
	}
	if err := checkYears(rs, true); err != nil {
		return nil, err
	}
	return newPath(rs), nil
}

// newPath is the trend of one city's results, sorted by year and checked.
func newPath(rs []*Result) *Trend {
	t := &Trend{Results: rs, History: History(rs)}
	for _, h := range t.History {
		t.FirstMet = append(t.FirstMet, FirstMet{ID: h.ID, Year: h.FirstMet()})
	}
	return t
}

func sortedByYear(results []*Result) []*Result {
	rs := append([]*Result(nil), results...)
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].Year < rs[j].Year })
	return rs
}

// checkYears checks that one city's results, sorted by year, all have one, each a different
// one, and (when two are needed) that there are two years or more: files all of one year say
// so rather than that a year is repeated.
func checkYears(rs []*Result, needTwo bool) error {
	for _, r := range rs {
		if r.Year == 0 {
			return &TrendError{NoYear: true, City: r.City}
		}
	}
	if needTwo && rs[0].Year == rs[len(rs)-1].Year {
		return &TrendError{OneYear: rs[0].Year, City: rs[0].City}
	}
	for i, r := range rs {
		if i > 0 && r.Year == rs[i-1].Year {
			return &TrendError{RepeatedYear: r.Year, City: r.City}
		}
	}
	return nil
}
