package scoring

import (
	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/questions"
)

// WhatIf scores the assessment as if the given criteria (normalized IDs) were met, with
// evidence, leaving a untouched: the planning view of "what if we get DM2 and OD3 this year".
func WhatIf(r *questions.Rubric, a *assessment.Assessment, ids []string, opts Options) *Result {
	b := *a
	b.Answers = make(map[string]assessment.Answer, len(a.Answers)+len(ids))
	for id, ans := range a.Answers {
		b.Answers[id] = ans
	}
	for _, id := range ids {
		ans := b.Answers[id]
		ans.Value = assessment.Met
		if ans.Evidence == "" {
			ans.Evidence = "what-if"
		}
		if q := r.Question(id); q != nil && q.Checklist != nil {
			ans.Checklist = map[string]assessment.Value{}
			for _, it := range q.Checklist.Items {
				ans.Checklist[questions.NormalizeID(it.ID)] = assessment.Met
			}
		}
		b.Answers[id] = ans
	}
	return Score(r, &b, opts)
}

// Plan is a what-if plan's result beside the claim: what it would reach, which planned
// criteria change nothing because they already count, and, when the outcome metrics rather
// than the criteria hold the tier, the tier the share alone would reach and how many more
// metrics showing progress that tier needs.
type Plan struct {
	After *Result
	// AlreadyMet are the planned criteria (as the result names them) that already count.
	AlreadyMet []string
	// HeldFrom is the tier the planned share alone would reach when the outcome gate holds
	// After below it ("" when it does not); OutcomesNeeded is how many more outcome metrics
	// showing progress that tier needs.
	HeldFrom       string
	OutcomesNeeded int
}

// WhatIfPlan is WhatIf with what a planner needs to read it: the criteria already met, and
// whether the outcome metrics, not the criteria, hold the tier.
func WhatIfPlan(r *questions.Rubric, a *assessment.Assessment, before *Result, ids []string, opts Options) Plan {
	p := Plan{After: WhatIf(r, a, ids, opts)}
	planned := map[string]bool{}
	for _, id := range ids {
		planned[questions.NormalizeID(id)] = true
	}
	for _, q := range before.Questions {
		if planned[questions.NormalizeID(q.ID)] && q.Counted() {
			p.AlreadyMet = append(p.AlreadyMet, q.ID)
		}
	}
	if p.After.Capped() {
		p.HeldFrom = p.After.PercentTier
		if t := r.Tier(p.HeldFrom); t != nil {
			p.OutcomesNeeded = max(t.MinOutcomes-p.After.OutcomesCounted, 0)
		}
	}
	return p
}
