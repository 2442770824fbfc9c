package scoring

import (
	"sort"
	"strconv"

	"github.com/citydatakit/wwc/assessment"
)

// Brief is what a cohort summary keeps of one result: a few hundred bytes, so that thousands
// of submissions can be summarized without keeping their results.
type Brief struct {
	City, Country   string
	Year            int
	Met, Total      int
	Tier            string
	OutcomesCounted int
	Unanswered      int
	// PracticeIDs and Practices are each practice's ID and share of points, in percent.
	PracticeIDs []string
	Practices   []float64
	// CriterionIDs and Counted say which criteria earned their points, in rubric order.
	CriterionIDs []string
	Counted      []bool
	// Notices are the reader's warnings about how the file was read (no outcomes sheet, a
	// number read by the table's language...), so that a summary shows them beside the row.
	Notices []assessment.Notice
	// Validated is the evaluator's review applied to this submission (see BriefValidation),
	// when one applies; nil when none does.
	Validated *ValidatedBrief
	// RubricID and RubricVersion are the rubric the result was scored against: a cohort
	// compares criteria only between submissions of one rubric (see Cohort.OtherRubric).
	RubricID, RubricVersion string
}

// Percent is the share of points met.
func (b Brief) Percent() float64 {
	if b.Total == 0 {
		return 0
	}
	return float64(b.Met) * 100 / float64(b.Total)
}

// Brief keeps what a cohort summary needs of the result.
func (r *Result) Brief() Brief {
	b := Brief{City: r.City, Country: r.Country, Year: r.Year, Met: r.Met, Total: r.Total, Tier: r.Tier,
		OutcomesCounted: r.OutcomesCounted, Unanswered: len(r.Unanswered), Notices: r.Notices}
	for _, p := range r.Practices {
		b.PracticeIDs = append(b.PracticeIDs, p.ID)
		b.Practices = append(b.Practices, p.Percent())
	}
	for _, q := range r.Questions {
		b.CriterionIDs = append(b.CriterionIDs, q.ID)
		b.Counted = append(b.Counted, q.Counted())
	}
	b.RubricID, b.RubricVersion = r.RubricID, r.RubricVersion
	return b
}

// Cohort summarizes many submissions: how many reach each tier, each practice's average
// share, how often each criterion is met, and which city and year were submitted twice.
//
// A city and year submitted more than once is counted once in the statistics: the submission
// kept is the last of its group in the order the briefs are given (wwc batch gives them in
// sorted path order, so the file whose path sorts last, such as maipu-v2.xlsx after
// maipu.xlsx). The others are still flagged as duplicates.
type Cohort struct {
	// Scored is the number of results summarized.
	Scored int
	// Counted is the number of results the statistics count: one per city and year.
	Counted int
	// Tiers counts results per tier ID, TierNone included.
	Tiers map[string]int
	// Practices is each practice's average share of points, in percent, in rubric order.
	Practices []PracticeAverage
	// Criteria is each criterion's met rate, in rubric order.
	Criteria []CriterionRate
	// Duplicates groups the indexes of briefs for the same city, country and year, in the
	// order given.
	Duplicates [][]int
	// Kept is, for each group of Duplicates, the index of the brief the statistics count.
	Kept []int
	// View says which figures the statistics are computed from: ViewClaimed (the zero value
	// reads the same) or ViewValidated (see Cohort.Validated).
	View string
	// Unreviewed is, in the validated view, how many submissions the statistics would count
	// but leave out because no review applies to them.
	Unreviewed int
	// RubricID and RubricVersion are the rubric the per-criterion and per-practice statistics
	// are about: the one SummarizeFor is given when a counted brief answers it, else the one
	// most counted briefs answer, the first given on a tie.
	RubricID, RubricVersion string
	// OtherRubric are the indexes of the briefs scored against another rubric or another
	// version of it, in the order given (duplicates dropped or not). Their criteria and
	// practices may differ in number and meaning, so they are left out of Practices,
	// Spreads and Criteria; their tier is the certification their own rubric gives, so
	// they count in Tiers.
	OtherRubric []int
	// Compared is the number of counted briefs in Practices, Spreads and Criteria: Counted
	// less those of OtherRubric.
	Compared int
	// Spreads is each practice's distribution across the compared briefs, in rubric order.
	Spreads []PracticeSpread
}

// PracticeAverage is a practice's mean share across the cohort.
type PracticeAverage struct {
	ID      string
	Percent float64
}

// CriterionRate is how many results count a criterion.
type CriterionRate struct {
	ID      string
	Met, Of int
}

// Rate is the share of results meeting the criterion, in percent.
func (c CriterionRate) Rate() float64 {
	if c.Of == 0 {
		return 0
	}
	return float64(c.Met) * 100 / float64(c.Of)
}

// Summarize builds the cohort summary of briefs scored against one rubric, counting each city
// and year once (see Cohort).
func Summarize(briefs []Brief) Cohort { return SummarizeFor(briefs, "", "") }

// SummarizeFor is Summarize comparing criteria and practices among the submissions of the
// rubric called rubricID at rubricVersion (the one a batch scores with) when any counted brief
// answers it, else among those of the rubric most of them answer (see Cohort.OtherRubric).
func SummarizeFor(briefs []Brief, rubricID, rubricVersion string) Cohort {
	c := Cohort{Scored: len(briefs), Tiers: map[string]int{}}
	if len(briefs) == 0 {
		return c
	}
	byPlace := map[string][]int{}
	for i, b := range briefs {
		if b.City != "" && b.Year != 0 {
			key := PlaceKey(b.City, b.Country, b.Year)
			byPlace[key] = append(byPlace[key], i)
		}
	}
	dropped := map[int]bool{}
	for _, idx := range byPlace {
		if len(idx) > 1 {
			c.Duplicates = append(c.Duplicates, idx)
		}
	}
	sort.Slice(c.Duplicates, func(i, j int) bool { return c.Duplicates[i][0] < c.Duplicates[j][0] })
	for _, idx := range c.Duplicates {
		last := idx[len(idx)-1]
		c.Kept = append(c.Kept, last)
		for _, i := range idx[:len(idx)-1] {
			dropped[i] = true
		}
	}
	c.Counted = len(briefs) - len(dropped)
	ref := referenceRubric(briefs, dropped, rubricID, rubricVersion)
	c.RubricID, c.RubricVersion, c.OtherRubric, c.Compared = ref.id, ref.version, ref.other, ref.compared
	first := briefs[ref.first]
	sums := make([]float64, len(first.Practices))
	for _, id := range first.PracticeIDs {
		c.Practices = append(c.Practices, PracticeAverage{ID: id})
	}
	for _, id := range first.CriterionIDs {
		c.Criteria = append(c.Criteria, CriterionRate{ID: id, Of: c.Compared})
	}
	for i, b := range briefs {
		if dropped[i] {
			continue
		}
		c.Tiers[b.Tier]++
		if ref.isOther[i] {
			continue
		}
		for j, p := range b.Practices {
			if j < len(sums) {
				sums[j] += p
			}
		}
		for j, counted := range b.Counted {
			if j < len(c.Criteria) && counted {
				c.Criteria[j].Met++
			}
		}
	}
	for j := range c.Practices {
		c.Practices[j].Percent = sums[j] / float64(c.Compared)
	}
	c.Spreads = practiceSpreads(briefs, first.PracticeIDs, func(i int) bool { return !dropped[i] && !ref.isOther[i] })
	return c
}

// PlaceKey is how a city, country and year are folded to tell the same submission apart:
// case, accents and spacing do not matter (CityKey). The duplicate check and the matching of
// reviews to submissions fold them alike.
func PlaceKey(city, country string, year int) string {
	return CityKey(city, country) + "|" + strconv.Itoa(year)
}
