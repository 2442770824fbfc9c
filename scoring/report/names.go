package report

import (
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
)

// TierName is a tier's name in the catalog's language; "none" reads as the catalog's word.
func TierName(r *questions.Rubric, c *i18n.Catalog, id string) string {
	if t := r.Tier(id); t != nil {
		return t.Name.Get(c.Lang())
	}
	return c.T("tier.none")
}

// PracticeName is a practice's name in the catalog's language.
func PracticeName(r *questions.Rubric, c *i18n.Catalog, id string) string {
	if p := r.Practice(id); p != nil {
		return p.Name.Get(c.Lang())
	}
	return id
}

// QuestionTitle is a criterion's title in the catalog's language.
func QuestionTitle(r *questions.Rubric, c *i18n.Catalog, id string) string {
	if q := r.Question(questions.NormalizeID(id)); q != nil {
		return q.Title.Get(c.Lang())
	}
	return id
}

// ReasonText explains why a criterion did not count.
func ReasonText(c *i18n.Catalog, q scoring.QuestionResult) string {
	switch q.Reason {
	case scoring.ReasonPrereq:
		return c.T("reason.prerequisite", msg.Args{"IDs": joinIDs(q.Missing), "Count": len(q.Missing)})
	case scoring.ReasonList:
		return c.T("reason.checklist", msg.Args{"Met": q.ItemsMet, "Needed": q.ItemsNeeded})
	}
	return c.T("reason." + string(q.Reason))
}

// MetricReasonText explains why an outcome metric does or does not count.
func MetricReasonText(c *i18n.Catalog, m scoring.MetricResult) string {
	if m.Counted() {
		return c.T("metric.counted")
	}
	return c.T("metric." + string(m.Reason))
}

// WhyText explains why a criterion is suggested.
func WhyText(c *i18n.Catalog, s scoring.Suggestion) string {
	if s.Why == scoring.WhyUnlocks {
		return c.T("why.unlocks", msg.Args{"IDs": joinIDs(s.Unlocks)})
	}
	return c.T("why." + string(s.Why))
}

// AnswerText is an answer as the catalog says it.
func AnswerText(c *i18n.Catalog, v interface{ String() string }) string {
	return c.T("answer." + v.String())
}

func joinIDs(ids []string) string {
	s := ""
	for i, id := range ids {
		if i > 0 {
			s += ", "
		}
		s += id
	}
	return s
}
