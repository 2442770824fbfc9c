package result

import (
	"encoding/json"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
)

// ReadResult reads a saved result back into a scoring.Result, so that a result saved last
// year can be compared with this year's answers. name is used in messages.
func ReadResult(data []byte, name string) (*scoring.Result, error) {
	var d ResultDoc
	if err := json.Unmarshal(data, &d); err != nil {
		return nil, msg.Wrap(err, "result.invalid", msg.Args{"File": name, "Err": err.Error()})
	}
	if d.Format != ResultFormat {
		return nil, msg.E("result.bad_format", msg.Args{"File": name, "Got": d.Format, "Want": ResultFormat})
	}
	r := &scoring.Result{
		RubricID: d.Rubric.ID, RubricVersion: d.Rubric.Version, City: d.City, Country: d.Country, Year: d.Year,
		RequireEvidence: d.RequireEvidence, Met: d.Met, Total: d.Total, Tier: d.Tier, PercentTier: d.TierByCriteria,
		OutcomesCounted: d.Outcomes.Counted, Unanswered: d.Unanswered,
	}
	if r.PercentTier == "" {
		r.PercentTier = r.Tier
	}
	for _, n := range d.Notices {
		r.Notices = append(r.Notices, assessment.Notice{Code: n.Code, Text: n.Text})
	}
	for _, p := range d.Practices {
		r.Practices = append(r.Practices, scoring.PracticeResult{ID: p.ID, Met: p.Met, Total: p.Total})
	}
	for _, q := range d.Questions {
		v, _ := assessment.ParseValue(q.Answer)
		qr := scoring.QuestionResult{ID: q.ID, Practice: q.Practice, Answer: v, Points: q.Points,
			Reason: scoring.Reason(q.Reason), Missing: q.MissingPrereq, Evidence: q.Evidence, Notes: q.Notes}
		if q.Counted {
			qr.Reason, qr.Earned = scoring.Counted, q.Points
		} else if qr.Reason == scoring.Counted {
			qr.Reason = scoring.ReasonNotMet
		}
		if q.Checklist != nil {
			qr.ItemsMet, qr.ItemsNeeded = q.Checklist.Met, q.Checklist.Needed
		}
		r.Questions = append(r.Questions, qr)
	}
	for _, m := range d.Outcomes.Metrics {
		dir, _ := assessment.ParseDirection(m.Direction)
		mr := scoring.MetricResult{Metric: assessment.Metric{Name: m.Name, Unit: m.Unit, Direction: dir,
			BaselineYear: m.BaselineYear, Baseline: m.Baseline, CurrentYear: m.CurrentYear, Current: m.Current, Evidence: m.Evidence}}
		if !m.Counted {
			mr.Reason = scoring.MetricReason(m.Reason)
			if mr.Reason == scoring.MetricCounted {
				mr.Reason = scoring.MetricNoProgress
			}
		}
		r.Outcomes = append(r.Outcomes, mr)
	}
	return r, nil
}
