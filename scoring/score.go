package scoring

import (
	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/questions"
)

// Score scores a city's answers against the rubric.
func Score(r *questions.Rubric, a *assessment.Assessment, opts Options) *Result {
	res := &Result{
		RubricID: r.ID, RubricVersion: r.Version,
		City: a.City, Country: a.Country, Year: a.Year,
		RequireEvidence: opts.RequireEvidence,
	}
	// First pass: each criterion on its own answer; prerequisites need every answer judged.
	qs := r.Questions()
	own := make(map[string]bool, len(qs))
	for _, q := range qs {
		qr := judge(q, a.Answer(questions.NormalizeID(q.ID)), opts)
		own[questions.NormalizeID(q.ID)] = qr.Reason == Counted
		res.Questions = append(res.Questions, qr)
		if qr.Answer == assessment.Unanswered && len(a.Answer(questions.NormalizeID(q.ID)).Checklist) == 0 {
			res.Unanswered = append(res.Unanswered, q.ID)
		}
	}
	// Second pass: a criterion whose prerequisite is not itself met earns nothing. A
	// prerequisite counts as met on its own answer, so a chain is judged link by link.
	for i, q := range qs {
		qr := &res.Questions[i]
		for _, p := range q.Prerequisites {
			if !own[questions.NormalizeID(p)] {
				qr.Missing = append(qr.Missing, questions.NormalizeID(p))
			}
		}
		if qr.Reason == Counted && len(qr.Missing) > 0 {
			qr.Reason = ReasonPrereq
		}
		if qr.Reason == Counted {
			qr.Earned = qr.Points
		}
	}
	for _, p := range r.Practices {
		pr := PracticeResult{ID: p.ID}
		for _, qr := range res.Questions {
			if qr.Practice == p.ID {
				pr.Met += qr.Earned
				pr.Total += qr.Points
			}
		}
		res.Met += pr.Met
		res.Total += pr.Total
		res.Practices = append(res.Practices, pr)
	}
	for _, m := range a.Outcomes {
		mr := MetricResult{Metric: m, Reason: JudgeMetric(m)}
		if mr.Counted() {
			res.OutcomesCounted++
		}
		res.Outcomes = append(res.Outcomes, mr)
	}
	res.Notices = notices(a, opts)
	res.Tier = TierFor(r.Tiers, res.Met, res.Total, res.OutcomesCounted)
	res.PercentTier = TierFor(r.Tiers, res.Met, res.Total, maxInt)
	res.Next = planNext(r, res)
	return res
}

const maxInt = int(^uint(0) >> 1)

// notices keeps the reader's notices that bear on this scoring: one about evidence only when
// evidence is required, one about a missing city name or year only while it is missing.
func notices(a *assessment.Assessment, opts Options) []assessment.Notice {
	var out []assessment.Notice
	for _, n := range a.Notices {
		if n.EvidenceOnly && !opts.RequireEvidence || !n.Holds(a) {
			continue
		}
		out = append(out, n)
	}
	return out
}

// judge scores one criterion on its own answer, before prerequisites.
func judge(q *questions.Question, ans assessment.Answer, opts Options) QuestionResult {
	qr := QuestionResult{
		ID: q.ID, Practice: q.Practice, Answer: ans.Value, Points: q.Points(),
		Evidence: ans.Evidence, Notes: ans.Notes,
	}
	if c := q.Checklist; c != nil {
		qr.ItemsNeeded = c.MinRequired
		for _, it := range c.Items {
			if ans.Checklist[questions.NormalizeID(it.ID)] == assessment.Met {
				qr.ItemsMet++
			}
		}
		if qr.ItemsMet < qr.ItemsNeeded {
			switch {
			case ans.Value == assessment.InProgress:
				qr.Reason = ReasonProgress
			case ans.Value == assessment.Unanswered && len(ans.Checklist) == 0:
				qr.Reason = ReasonNone
			default:
				qr.Reason = ReasonList
			}
			return qr
		}
	} else {
		switch ans.Value {
		case assessment.Unanswered:
			qr.Reason = ReasonNone
			return qr
		case assessment.NotMet:
			qr.Reason = ReasonNotMet
			return qr
		case assessment.InProgress:
			qr.Reason = ReasonProgress
			return qr
		}
	}
	if opts.RequireEvidence && ans.Evidence == "" {
		qr.Reason = ReasonEvidence
	}
	return qr
}

// JudgeMetric says whether an outcome metric shows progress: it needs a baseline and a later
// value, a direction, a later year after the baseline year when both are given, and a later
// value better than the baseline in that direction.
func JudgeMetric(m assessment.Metric) MetricReason {
	switch {
	case m.Baseline == nil:
		return MetricNoBaseline
	case m.Current == nil:
		return MetricNoCurrent
	case m.Direction == assessment.NoDirection:
		return MetricNoDirection
	case m.BaselineYear != 0 && m.CurrentYear != 0 && m.CurrentYear <= m.BaselineYear:
		return MetricYearsOrder
	case *m.Current == *m.Baseline:
		return MetricNoProgress
	case m.Direction == assessment.Increase && *m.Current < *m.Baseline,
		m.Direction == assessment.Decrease && *m.Current > *m.Baseline:
		return MetricWrongWay
	}
	return MetricCounted
}
