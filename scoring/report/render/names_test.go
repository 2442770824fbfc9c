package render

import (
	"testing"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/scoring"
)

// TestDynamicMessagesExist covers the message IDs built from codes, which the catalog's scan
// of literal IDs cannot see.
func TestDynamicMessagesExist(t *testing.T) {
	var ids []string
	for _, r := range scoring.Reasons {
		ids = append(ids, "reason."+string(r))
	}
	for _, r := range scoring.MetricReasons {
		ids = append(ids, "metric."+string(r))
	}
	for _, w := range scoring.Whys {
		ids = append(ids, "why."+string(w))
	}
	for _, v := range assessment.Values {
		ids = append(ids, "answer."+v.String())
	}
	for _, d := range []assessment.Direction{assessment.Increase, assessment.Decrease} {
		ids = append(ids, "direction."+d.String())
	}
	ids = append(ids, "plan.criteria", "plan.points", "field.city", "field.country", "field.year",
		"diff.tier_up", "diff.tier_kept", "diff.tier_down", "diff.change.gained", "diff.change.lost", "diff.change.changed", "diff.change.same")
	for _, k := range scoring.MetricChangeKinds {
		ids = append(ids, "diff.metric."+string(k))
	}
	for _, k := range []string{"encrypted", "xls", "ods", "numbers", "pdf", "zip", "unknown"} {
		ids = append(ids, "load.kind_"+k)
	}
	for _, lang := range i18n.Languages {
		for _, id := range ids {
			if !i18n.Has(lang, id) {
				t.Errorf("%s: message %q is missing", lang, id)
			}
		}
	}
}
