package scoring

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/citydatakit/wwc/questions/rubricfile"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/questions"
)

func defaultRubric(t testing.TB) *questions.Rubric {
	t.Helper()
	r, err := rubricfile.Default()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// city answers the first n criteria of the rubric met and the rest not met, with k outcome
// metrics that show progress.
func city(r *questions.Rubric, n, k int) *assessment.Assessment {
	a := assessment.New()
	for i, q := range r.Questions() {
		v := assessment.NotMet
		if i < n {
			v = assessment.Met
		}
		a.Set(q.ID, assessment.Answer{Value: v, Evidence: "https://example.org/" + q.ID})
	}
	for i := 0; i < k; i++ {
		a.Outcomes = append(a.Outcomes, progress(fmt.Sprintf("metric %d", i)))
	}
	return a
}

func f(v float64) *float64 { return &v }

func progress(name string) assessment.Metric {
	return assessment.Metric{Name: name, Direction: assessment.Decrease, BaselineYear: 2021, Baseline: f(20000), CurrentYear: 2024, Current: f(2000)}
}

func TestTierBoundaries(t *testing.T) {
	r := defaultRubric(t)
	cases := []struct {
		met, outcomes int
		want          string
	}{
		{0, 3, TierNone},
		{21, 3, TierNone}, // 48.8%
		{22, 3, "silver"}, // 51.2%
		{29, 3, "silver"}, // 67.4%
		{30, 3, "gold"},   // 69.8%
		{36, 3, "gold"},   // 83.7%
		{37, 3, "platinum"},
		{43, 3, "platinum"},
		// The outcome gate at 100% of criteria.
		{43, 0, TierNone},
		{43, 1, "silver"},
		{43, 2, "gold"},
		{43, 3, "platinum"},
		// Both conditions must hold, whichever binds.
		{22, 0, TierNone},
		{30, 1, "silver"},
		{36, 2, "gold"},
	}
	for _, tc := range cases {
		t.Run(fmt.Sprintf("%d_of_43_with_%d_outcomes", tc.met, tc.outcomes), func(t *testing.T) {
			res := Score(r, city(r, tc.met, tc.outcomes), Options{})
			if res.Tier != tc.want {
				t.Errorf("tier = %s, want %s (%d/%d, %d outcomes)", res.Tier, tc.want, res.Met, res.Total, res.OutcomesCounted)
			}
			if res.Met != tc.met || res.Total != 43 {
				t.Errorf("met = %d/%d, want %d/43", res.Met, res.Total, tc.met)
			}
		})
	}
}

func TestNinetyPercentWithOneMetricIsSilverAndSaysWhy(t *testing.T) {
	r := defaultRubric(t)
	res := Score(r, city(r, 39, 1), Options{}) // 90.7%
	if res.Tier != "silver" || res.PercentTier != "platinum" || !res.Capped() {
		t.Fatalf("tier %s, by criteria %s, capped %v; want silver capped from platinum", res.Tier, res.PercentTier, res.Capped())
	}
	if res.Next == nil || res.Next.Tier != "gold" || res.Next.PointsNeeded != 0 || res.Next.OutcomesNeeded != 1 {
		t.Fatalf("next = %+v, want gold needing 0 criteria and 1 outcome", res.Next)
	}
	if len(res.Next.Suggested) != 0 {
		t.Errorf("no criteria are needed, yet %d are suggested", len(res.Next.Suggested))
	}
}

func TestExactBoundaryIsIntegerArithmetic(t *testing.T) {
	// 51 of 100 is exactly 51%: a float computation (51/100*100 = 51.00000000000001 or
	// 50.99999999999999) must not decide it.
	r := uniformRubric(t, 100, "51", "68", "85")
	a := assessment.New()
	for i, q := range r.Questions() {
		if i < 51 {
			a.Set(q.ID, assessment.Answer{Value: assessment.Met})
		}
	}
	a.Outcomes = []assessment.Metric{progress("a"), progress("b"), progress("c")}
	if got := Score(r, a, Options{}).Tier; got != "silver" {
		t.Fatalf("51 of 100 at min 51%%: tier %s, want silver", got)
	}
	a.Set(r.Questions()[50].ID, assessment.Answer{Value: assessment.NotMet})
	if got := Score(r, a, Options{}).Tier; got != TierNone {
		t.Fatalf("50 of 100 at min 51%%: tier %s, want none", got)
	}
}

func TestFractionalPercent(t *testing.T) {
	r := uniformRubric(t, 200, "50.5", "68", "85")
	a := assessment.New()
	a.Outcomes = []assessment.Metric{progress("a")}
	for i, q := range r.Questions() {
		if i < 101 { // 50.5% exactly
			a.Set(q.ID, assessment.Answer{Value: assessment.Met})
		}
	}
	if got := Score(r, a, Options{}).Tier; got != "silver" {
		t.Fatalf("101 of 200 at 50.5%%: %s", got)
	}
}

func TestPointsFor(t *testing.T) {
	for _, tc := range []struct {
		min   questions.Percent
		total int
		want  int
	}{{5100, 43, 22}, {6800, 43, 30}, {8500, 43, 37}, {5100, 100, 51}, {10000, 43, 43}, {5050, 200, 101}} {
		if got := PointsFor(tc.min, tc.total); got != tc.want {
			t.Errorf("PointsFor(%v, %d) = %d, want %d", tc.min, tc.total, got, tc.want)
		}
	}
}

func TestReasons(t *testing.T) {
	r := defaultRubric(t)
	a := assessment.New()
	a.Set("DM1", assessment.Answer{Value: assessment.Met, Evidence: "policy.pdf"})
	a.Set("DM2", assessment.Answer{Value: assessment.Met})
	a.Set("DM3", assessment.Answer{Value: assessment.NotMet})
	a.Set("DM4", assessment.Answer{Value: assessment.InProgress})
	res := Score(r, a, Options{})
	want := map[string]Reason{"DM1": Counted, "DM2": Counted, "DM3": ReasonNotMet, "DM4": ReasonProgress, "DM5": ReasonNone}
	for _, q := range res.Questions {
		if w, ok := want[q.ID]; ok && q.Reason != w {
			t.Errorf("%s: reason %q, want %q", q.ID, q.Reason, w)
		}
	}
	if len(res.Unanswered) != 39 || res.Unanswered[0] != "DM5" {
		t.Errorf("unanswered = %v", res.Unanswered)
	}
}

func TestRequireEvidence(t *testing.T) {
	r := defaultRubric(t)
	a := city(r, 43, 3)
	a.Set("DM2", assessment.Answer{Value: assessment.Met}) // no evidence
	a.Set("OD1", assessment.Answer{Value: assessment.Met, Evidence: ""})
	lenient := Score(r, a, Options{})
	if lenient.Met != 43 {
		t.Fatalf("self-assessment view: met %d, want 43", lenient.Met)
	}
	strict := Score(r, a, Options{RequireEvidence: true})
	if strict.Met != 41 {
		t.Fatalf("evaluator view: met %d, want 41", strict.Met)
	}
	for _, q := range strict.Questions {
		if (q.ID == "DM2" || q.ID == "OD1") && q.Reason != ReasonEvidence {
			t.Errorf("%s: reason %q, want no_evidence", q.ID, q.Reason)
		}
	}
	if strict.Tier != "platinum" { // 41/43 = 95%
		t.Errorf("tier %s", strict.Tier)
	}
}

func TestOutcomeMetricRule(t *testing.T) {
	cases := []struct {
		name string
		m    assessment.Metric
		want MetricReason
	}{
		{"leaks fell", progress("leaks"), MetricCounted},
		{"coverage rose", assessment.Metric{Direction: assessment.Increase, Baseline: f(71.5), Current: f(88.2)}, MetricCounted},
		{"no baseline", assessment.Metric{Direction: assessment.Decrease, Current: f(2)}, MetricNoBaseline},
		{"no later value", assessment.Metric{Direction: assessment.Decrease, Baseline: f(2)}, MetricNoCurrent},
		{"no direction", assessment.Metric{Baseline: f(1), Current: f(2)}, MetricNoDirection},
		{"wrong way down", assessment.Metric{Direction: assessment.Decrease, Baseline: f(130), Current: f(141)}, MetricWrongWay},
		{"wrong way up", assessment.Metric{Direction: assessment.Increase, Baseline: f(130), Current: f(120)}, MetricWrongWay},
		{"flat", assessment.Metric{Direction: assessment.Increase, Baseline: f(290), Current: f(290)}, MetricNoProgress},
		{"later year not later", assessment.Metric{Direction: assessment.Decrease, BaselineYear: 2024, Baseline: f(10), CurrentYear: 2024, Current: f(5)}, MetricYearsOrder},
		{"zero baseline rising", assessment.Metric{Direction: assessment.Increase, Baseline: f(0), Current: f(3)}, MetricCounted},
	}
	for _, tc := range cases {
		if got := JudgeMetric(tc.m); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestMetricsThatDoNotCountDoNotRaiseTheTier(t *testing.T) {
	r := defaultRubric(t)
	a := city(r, 43, 1)
	a.Outcomes = append(a.Outcomes,
		assessment.Metric{Name: "missing", Direction: assessment.Decrease, Baseline: f(3)},
		assessment.Metric{Name: "wrong way", Direction: assessment.Decrease, Baseline: f(3), Current: f(4)})
	res := Score(r, a, Options{})
	if res.OutcomesCounted != 1 || res.Tier != "silver" {
		t.Fatalf("counted %d, tier %s; want 1, silver", res.OutcomesCounted, res.Tier)
	}
}

// customRubric builds a small rubric for prerequisite, checklist and weight rules.
func customRubric(t *testing.T) *questions.Rubric {
	t.Helper()
	yml := `format: wwc-rubric/1
id: custom
version: "1"
name: {en: Custom, es: Propia, pt: Própria}
tiers:
  - {id: silver, name: {en: Silver, es: Plata, pt: Prata}, min_percent: 50, min_outcomes: 0}
  - {id: gold, name: {en: Gold, es: Oro, pt: Ouro}, min_percent: 80, min_outcomes: 0}
practices:
  - id: A
    name: {en: A, es: A, pt: A}
    questions:
      - {id: A1, title: {en: t, es: t, pt: t}, question: {en: q, es: q, pt: q}}
      - {id: A2, title: {en: t, es: t, pt: t}, question: {en: q, es: q, pt: q}, prerequisites: [A1]}
      - {id: A3, title: {en: t, es: t, pt: t}, question: {en: q, es: q, pt: q}, prerequisites: [A2], weight: 2}
      - id: A4
        title: {en: t, es: t, pt: t}
        question: {en: q, es: q, pt: q}
        checklist:
          min_required: 3
          items:
            - {id: a, text: {en: x, es: x, pt: x}}
            - {id: b, text: {en: x, es: x, pt: x}}
            - {id: c, text: {en: x, es: x, pt: x}}
            - {id: d, text: {en: x, es: x, pt: x}}
`
	r, err := rubricfile.Parse([]byte(yml), "custom.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestPrerequisites(t *testing.T) {
	r := customRubric(t)
	a := assessment.New()
	a.Set("A1", assessment.Answer{Value: assessment.NotMet})
	a.Set("A2", assessment.Answer{Value: assessment.Met})
	a.Set("A3", assessment.Answer{Value: assessment.Met})
	res := Score(r, a, Options{})
	byID := map[string]QuestionResult{}
	for _, q := range res.Questions {
		byID[q.ID] = q
	}
	if q := byID["A2"]; q.Reason != ReasonPrereq || !reflect.DeepEqual(q.Missing, []string{"A1"}) {
		t.Errorf("A2: reason %q missing %v; want prerequisite A1", q.Reason, q.Missing)
	}
	// A3 needs A2, which is met on its own answer: A3 counts although A2 does not.
	if q := byID["A3"]; q.Reason != Counted || q.Earned != 2 {
		t.Errorf("A3: reason %q earned %d; want counted with 2 points", q.Reason, q.Earned)
	}
	if res.Met != 2 || res.Total != 5 {
		t.Errorf("points %d/%d, want 2/5", res.Met, res.Total)
	}
	// The plan suggests A1 first, since it unlocks A2.
	if res.Next == nil || len(res.Next.Suggested) == 0 || res.Next.Suggested[0].ID != "A1" || res.Next.Suggested[0].Why != WhyUnlocks {
		t.Errorf("next = %+v; want A1 first because it unlocks A2", res.Next)
	}
}

func TestChecklist(t *testing.T) {
	r := customRubric(t)
	for _, tc := range []struct {
		items map[string]assessment.Value
		value assessment.Value
		want  Reason
		met   int
	}{
		{map[string]assessment.Value{"A": assessment.Met, "B": assessment.Met, "C": assessment.Met}, assessment.Unanswered, Counted, 3},
		{map[string]assessment.Value{"A": assessment.Met, "B": assessment.Met, "C": assessment.Met, "D": assessment.Met}, assessment.Unanswered, Counted, 4},
		{map[string]assessment.Value{"A": assessment.Met, "B": assessment.Met, "C": assessment.NotMet}, assessment.Met, ReasonList, 2},
		{map[string]assessment.Value{"A": assessment.Met}, assessment.InProgress, ReasonProgress, 1},
		{nil, assessment.Unanswered, ReasonNone, 0},
		{nil, assessment.Met, ReasonList, 0},
	} {
		a := assessment.New()
		a.Set("A4", assessment.Answer{Value: tc.value, Checklist: tc.items})
		res := Score(r, a, Options{})
		q := res.Questions[3]
		if q.Reason != tc.want || q.ItemsMet != tc.met || q.ItemsNeeded != 3 {
			t.Errorf("items %v answer %v: reason %q, %d of %d; want %q with %d", tc.items, tc.value, q.Reason, q.ItemsMet, q.ItemsNeeded, tc.want, tc.met)
		}
	}
}

func TestNextTierPlanOrder(t *testing.T) {
	r := defaultRubric(t)
	a := city(r, 25, 1) // DM1..PA5 met except the rest; silver
	a.Set("EVAL2", assessment.Answer{Value: assessment.InProgress})
	a.Set("BF3", assessment.Answer{Value: assessment.InProgress})
	res := Score(r, a, Options{})
	if res.Tier != "silver" || res.Next.Tier != "gold" || res.Next.PointsNeeded != 5 || res.Next.OutcomesNeeded != 1 {
		t.Fatalf("tier %s next %+v", res.Tier, res.Next)
	}
	got := []string{}
	for _, s := range res.Next.Suggested {
		got = append(got, s.ID+":"+string(s.Why))
	}
	// In progress first, in rubric order; then the weakest practices. BF, RDC, CI and EVAL
	// are all at 0%, so rubric order breaks the tie.
	want := []string{"BF3:in_progress", "EVAL2:in_progress", "BF1:weak_practice", "BF2:weak_practice", "RDC1:weak_practice"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("suggested %v\nwant      %v", got, want)
	}
}

func TestWeakestPracticeFirst(t *testing.T) {
	r := defaultRubric(t)
	a := city(r, 43, 1)
	// DM at 5/9 (56%), EVAL at 3/4 (75%): DM's open criteria come before EVAL's.
	for _, id := range []string{"DM6", "DM7", "DM8", "DM9", "EVAL4"} {
		a.Set(id, assessment.Answer{Value: assessment.NotMet})
	}
	// 38/43 = 88%: platinum by criteria, gold-capped by one outcome... keep outcomes out of it.
	a.Outcomes = []assessment.Metric{progress("a"), progress("b"), progress("c")}
	for _, id := range []string{"LC1", "LC2", "LC3", "OD1", "PA1", "PA2", "BF1"} {
		a.Set(id, assessment.Answer{Value: assessment.NotMet})
	}
	res := Score(r, a, Options{}) // 31/43: gold, platinum needs 6 more
	if res.Tier != "gold" || res.Next.PointsNeeded != 6 {
		t.Fatalf("tier %s next %+v", res.Tier, res.Next)
	}
	// Practices: DM 5/9=55.6%, OD 3/4=75%, BF 2/3=66.7%, PA 3/5=60%, LC 4/7=57.1%, EVAL 3/4=75%.
	got := []string{}
	for _, s := range res.Next.Suggested {
		got = append(got, s.ID)
	}
	want := []string{"DM6", "DM7", "DM8", "DM9", "LC1", "LC2"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("suggested %v, want %v", got, want)
	}
}

func TestTopTierHasNoPlan(t *testing.T) {
	r := defaultRubric(t)
	if res := Score(r, city(r, 43, 3), Options{}); res.Next != nil {
		t.Fatalf("platinum city has a next tier: %+v", res.Next)
	}
}

func TestScoreIsDeterministic(t *testing.T) {
	r := defaultRubric(t)
	a := city(r, 30, 2)
	first := Score(r, a, Options{})
	for i := 0; i < 20; i++ {
		if !reflect.DeepEqual(first, Score(r, a, Options{})) {
			t.Fatal("two scores of the same answers differ")
		}
	}
}

// uniformRubric builds a rubric of n criteria in one practice with the given tier minimums.
func uniformRubric(t *testing.T, n int, silver, gold, platinum string) *questions.Rubric {
	t.Helper()
	yml := fmt.Sprintf(`format: wwc-rubric/1
id: uniform
version: "1"
name: {en: U, es: U, pt: U}
tiers:
  - {id: silver, name: {en: S, es: S, pt: S}, min_percent: %s, min_outcomes: 1}
  - {id: gold, name: {en: G, es: G, pt: G}, min_percent: %s, min_outcomes: 2}
  - {id: platinum, name: {en: P, es: P, pt: P}, min_percent: %s, min_outcomes: 3}
practices:
  - id: U
    name: {en: U, es: U, pt: U}
    questions:
`, silver, gold, platinum)
	for i := 1; i <= n; i++ {
		yml += fmt.Sprintf("      - {id: U%d, title: {en: t, es: t, pt: t}, question: {en: q, es: q, pt: q}}\n", i)
	}
	r, err := rubricfile.Parse([]byte(yml), "uniform.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestWhatIf(t *testing.T) {
	r := defaultRubric(t)
	a := city(r, 28, 2) // 28/43 = 65%: silver
	before := Score(r, a, Options{RequireEvidence: true})
	after := WhatIf(r, a, []string{"RDC4", "RDC5"}, Options{RequireEvidence: true})
	if before.Tier != "silver" || after.Tier != "gold" || after.Met != 30 {
		t.Fatalf("before %s %d, after %s %d", before.Tier, before.Met, after.Tier, after.Met)
	}
	if a.Answers["RDC4"].Value != assessment.NotMet {
		t.Fatal("WhatIf changed the assessment it was given")
	}
}

func TestSummarize(t *testing.T) {
	r := defaultRubric(t)
	a1 := city(r, 43, 3)
	a1.City, a1.Country, a1.Year = "Maipú", "Chile", 2024
	a2 := city(r, 22, 1)
	a2.City, a2.Country, a2.Year = "Recife", "Brasil", 2024
	a3 := city(r, 10, 0)
	a3.City, a3.Country, a3.Year = "maipú ", "Chile", 2024
	var briefs []Brief
	for _, a := range []*assessment.Assessment{a1, a2, a3} {
		briefs = append(briefs, Score(r, a, Options{}).Brief())
	}
	c := Summarize(briefs)
	// Maipú 2024 is counted once, as its last submission (a3).
	if c.Scored != 3 || c.Counted != 2 || c.Tiers["platinum"] != 0 || c.Tiers["silver"] != 1 || c.Tiers[TierNone] != 1 {
		t.Errorf("tiers %v", c.Tiers)
	}
	if c.Criteria[0].ID != "DM1" || c.Criteria[0].Met != 2 || c.Criteria[0].Of != 2 || c.Criteria[42].Met != 0 {
		t.Errorf("criteria %+v %+v", c.Criteria[0], c.Criteria[42])
	}
	if got := c.Practices[0].Percent; got < 99.99 || got > 100.01 { // DM1..DM9 met by both counted
		t.Errorf("DM average %v", got)
	}
	if len(c.Duplicates) != 1 || len(c.Duplicates[0]) != 2 || c.Duplicates[0][1] != 2 || c.Kept[0] != 2 {
		t.Errorf("duplicates %v, kept %v", c.Duplicates, c.Kept)
	}
}

func TestCompare(t *testing.T) {
	r := defaultRubric(t)
	old := city(r, 30, 2) // gold
	old.City = "Maipú"
	neu := city(r, 28, 2) // silver: the 29th and 30th criteria, RDC1 and RDC2, lost
	neu.City = "maipu"
	neu.Set("EVAL4", assessment.Answer{Value: assessment.InProgress})
	neu.Outcomes = append(neu.Outcomes, progress("new one"))
	c := Compare(Score(r, old, Options{}), Score(r, neu, Options{}), r.Tiers)
	if c.TierChange != -1 || !c.Dropped() || !c.Changed() || !c.SameCity || !c.SameRubric {
		t.Fatalf("%+v", c)
	}
	if !reflect.DeepEqual(c.Lost, []string{"RDC1", "RDC2"}) || len(c.Gained) != 0 {
		t.Errorf("lost %v gained %v", c.Lost, c.Gained)
	}
	if len(c.Answers) != 3 { // RDC1, RDC2 met -> not met; EVAL4 not met -> in progress
		t.Errorf("answers %+v", c.Answers)
	}
	if len(c.Metrics) != 3 || c.Metrics[2].Kind != MetricAdded {
		t.Errorf("metrics %+v", c.Metrics)
	}
	same := Compare(Score(r, old, Options{}), Score(r, old, Options{}), r.Tiers)
	if same.Changed() || same.Dropped() {
		t.Error("a result compared with itself changed")
	}
}

func TestTierRank(t *testing.T) {
	r := defaultRubric(t)
	for id, want := range map[string]int{TierNone: 0, "silver": 1, "gold": 2, "platinum": 3, "diamond": -1} {
		if got := TierRank(r.Tiers, id); got != want {
			t.Errorf("TierRank(%s) = %d, want %d", id, got, want)
		}
	}
}

func TestTrend(t *testing.T) {
	r := defaultRubric(t)
	mk := func(year, met int, name string) *Result {
		a := city(r, met, 1)
		a.City, a.Year = name, year
		return Score(r, a, Options{})
	}
	tr, err := NewTrend([]*Result{mk(2024, 30, "Recife"), mk(2022, 10, "Recife"), mk(2023, 20, "recife")})
	if err != nil {
		t.Fatal(err)
	}
	if tr.Results[0].Year != 2022 || tr.Results[2].Year != 2024 {
		t.Errorf("not sorted by year")
	}
	if tr.FirstMet[0] != (FirstMet{"DM1", 2022}) || tr.FirstMet[15] != (FirstMet{"LC7", 2023}) || tr.FirstMet[42].Year != 0 {
		t.Errorf("first met %v %v %v", tr.FirstMet[0], tr.FirstMet[15], tr.FirstMet[42])
	}
	if _, err := NewTrend([]*Result{mk(2024, 1, "Recife"), mk(2024, 2, "Recife")}); err == nil {
		t.Error("a repeated year was accepted")
	}
	if _, err := NewTrend([]*Result{mk(2023, 1, "Recife"), mk(2024, 2, "Maipú")}); err == nil {
		t.Error("two cities were accepted")
	}
}
