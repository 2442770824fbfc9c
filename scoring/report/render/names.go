package render

import (
	"strconv"
	"strings"

	"github.com/citydatakit/wwc/assessment"
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
		return c.T("reason.prerequisite", msg.Args{"IDs": strings.Join(q.Missing, ", "), "Count": len(q.Missing)})
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
		return c.T("why.unlocks", msg.Args{"IDs": strings.Join(s.Unlocks, ", ")})
	}
	return c.T("why." + string(s.Why))
}

// AnswerText is an answer as the catalog says it.
func AnswerText(c *i18n.Catalog, v interface{ String() string }) string {
	return c.T("answer." + v.String())
}

// DirectionText is a metric's direction in words ("higher is better").
func DirectionText(c *i18n.Catalog, d assessment.Direction) string {
	if s := d.String(); s != "" {
		return c.T("direction." + s)
	}
	return c.T("direction.none")
}

// ValueText is a metric's value and its year, "—" when not given.
func ValueText(c *i18n.Catalog, p *float64, year int) string {
	if p == nil {
		return "—"
	}
	s := c.Number(*p)
	if year != 0 {
		s += " (" + strconv.Itoa(year) + ")"
	}
	return s
}

// NoticeTexts renders a reader's notices in the catalog's language, one text each.
func NoticeTexts(c *i18n.Catalog, notices []assessment.Notice) []string {
	out := make([]string, len(notices))
	for i, n := range notices {
		out[i] = n.Localize(c)
	}
	return out
}

// NoticeDocs are a reader's notices as JSON: their codes and texts.
func NoticeDocs(c *i18n.Catalog, notices []assessment.Notice) []NoticeDoc {
	var out []NoticeDoc
	for _, n := range notices {
		out = append(out, NoticeDoc{Code: n.Code, Text: n.Localize(c)})
	}
	return out
}

// Year is a year as text, "" for none.
func Year(y int) string {
	if y == 0 {
		return ""
	}
	return strconv.Itoa(y)
}
