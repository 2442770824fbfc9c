package review

import (
	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring/report/render"
	"github.com/citydatakit/wwc/scoring/report/result"
)

// AnswerWord is a city's answer as the catalog says it (met, not met, ...).
func AnswerWord(c *i18n.Catalog, v assessment.Value) string { return render.AnswerText(c, v) }

// DecisionWord is a decision as the catalog says it; "not reviewed" for none.
func DecisionWord(c *i18n.Catalog, d assessment.Decision) string {
	return c.T("review.decision." + d.String())
}

// MetricLine describes metric i of the submission: its values, direction and whether the
// city's figures count toward the tier.
func MetricLine(c *i18n.Catalog, w *Work, i int) string {
	if i < len(w.Claimed.Outcomes) {
		return result.OutcomeLine(c, w.Claimed.Outcomes[i])
	}
	return msg.Clean(w.A.Outcomes[i].Name, 0)
}

// Progress says how much is reviewed and the provisional validated tier beside the claimed
// one: "12 of 35 claimed criteria reviewed · validated tier: Silver (provisional) ·
// claimed: Gold".
func Progress(c *i18n.Catalog, w *Work) (reviewed, tiers string) {
	v := w.Validation()
	reviewed = c.T("review.reviewed", msg.Args{"N": v.Reviewed, "Count": v.Claimed})
	if v.MetricsClaimed > 0 {
		reviewed += " · " + c.T("review.metrics_reviewed", msg.Args{"N": v.MetricsReview, "Count": v.MetricsClaimed})
	}
	id := "review.tiers"
	if v.Provisional {
		id = "review.tiers_provisional"
	}
	tiers = c.T(id, msg.Args{
		"Validated": render.TierName(w.Rubric, c, v.Tier), "Claimed": render.TierName(w.Rubric, c, w.Claimed.Tier),
	})
	return reviewed, tiers
}

// Closing is what the command says when the review ends: where it is saved, how many
// decisions it holds, and the commands that go on from it (score with it, write the letter).
// sub is the submission as given; resume holds the arguments that reopen this review
// ("-o x.yaml", the language); interrupted ends it with Ctrl-C (or the input ending).
func Closing(c *i18n.Catalog, w *Work, sub, resume string, interrupted bool) *msg.Error {
	args := msg.Args{"File": w.Path, "Count": w.Decisions(), "Submission": sub, "Resume": resume}
	if interrupted {
		return msg.E("review.interrupted", args)
	}
	return msg.E("review.saved", args)
}
