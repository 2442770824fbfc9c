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
